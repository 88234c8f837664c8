// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardDialog.h"

#include "AreaFilterChoices.h"
#include "ReportTableText.h"
#include "ReportTables.h"
#include "ReportWorker.h"
#include "Store.h"
#include "ui_DashboardDialog.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QPushButton>
#include <QStandardItemModel>
#include <QThread>
#include <QValueAxis>

namespace btxh::app {

namespace {

// The chart's stacked bars: where each group's dossiers stand, as measures of ReportTables' columns.
constexpr DeadlineFilter ChartMeasures[] = {DeadlineFilter::OnTime, DeadlineFilter::Late,
                                            DeadlineFilter::WithinDeadline, DeadlineFilter::Overdue};
constexpr int ChartedGroups = 25; // more bars than this are unreadable at 1366x768; the table has them all

QList<QStandardItem *> itemsOf(const ReportTable &table, const QVariantList &row) {
    QList<QStandardItem *> items;
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        auto *item = new QStandardItem(ReportTableText::display(table.columns.at(i), row.value(i)));
        if (table.columns.at(i).kind != ReportColumn::Kind::Text)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        items << item;
    }
    return items;
}

void fillModel(QStandardItemModel *model, const ReportTable &table) {
    model->clear();
    QStringList headers;
    for (const ReportColumn &c : table.columns)
        headers << c.header;
    model->setHorizontalHeaderLabels(headers);
    for (const QVariantList &row : table.rows)
        model->appendRow(itemsOf(table, row));
}

} // namespace

DashboardDialog::DashboardDialog(const AppServices &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_ui(std::make_unique<Ui::DashboardDialog>()) {
    m_ui->setupUi(this);
    m_counts = new QStandardItemModel(this);
    m_overdue = new QStandardItemModel(this);
    m_ui->countsTable->setModel(m_counts);
    m_ui->overdueTable->setModel(m_overdue);
    m_chart = new QChart();
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(m_chart, m_ui->chartHolder);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    m_ui->chartLayout->addWidget(view);
    fillChoices();

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("reports"));
    m_worker = new ReportWorker(services.store->path(), services.store->options());
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ReportWorker::progressed, this, [this](int done, int total) {
        m_ui->progressBar->setRange(0, total);
        m_ui->progressBar->setValue(done);
    });
    connect(m_worker, &ReportWorker::finished, this, &DashboardDialog::showResult);
    connect(m_worker, &ReportWorker::failed, this, &DashboardDialog::showFailure);
    m_thread->start();

    connect(m_ui->runButton, &QPushButton::clicked, this, &DashboardDialog::count);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &DashboardDialog::cancel);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->countsTable, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { activateCell(index.row(), index.column()); });
    connect(m_ui->countsTable, &QAbstractItemView::clicked, this,
            [this](const QModelIndex &index) { activateCell(index.row(), index.column()); });
    setCounting(false);
}

DashboardDialog::~DashboardDialog() {
    m_worker->cancel();
    m_thread->quit();
    m_thread->wait();
}

void DashboardDialog::fillChoices() {
    const QDate today = m_services.now().date();
    m_ui->fromEdit->setDate(QDate(today.year(), 1, 1));
    m_ui->toEdit->setDate(today);
    // The case list's area choices: today's units and yesterday's, each tied to its GSO list, so that a
    // report and the list its cells open count the same dossiers under the same names.
    m_ui->areaCombo->addItem(tr("The whole database"), QString());
    for (const auto &[value, text] :
         AreaFilterChoices::choices(m_services.settings().area(), m_services.settings().places()))
        m_ui->areaCombo->addItem(text, value);
    m_ui->areaCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->areaCombo->setMinimumContentsLength(28);
    // The office's province as its own list has it, when it has one.
    int office = 0;
    for (int i = 1; i < m_ui->areaCombo->count() && office == 0; ++i)
        if (m_ui->areaCombo->itemData(i).toString().contains(u"|P:"))
            office = i;
    m_ui->areaCombo->setCurrentIndex(office);
    const std::pair<ReportGrouping, QString> groupings[] = {{ReportGrouping::Month, tr("Month received")},
                                                            {ReportGrouping::Procedure, tr("Procedure")},
                                                            {ReportGrouping::Commune, tr("Commune")},
                                                            {ReportGrouping::Status, tr("Status")}};
    for (const auto &[by, label] : groupings)
        m_ui->byCombo->addItem(label, int(by));
}

void DashboardDialog::setPeriod(const QDate &from, const QDate &to) {
    m_ui->fromEdit->setDate(from);
    m_ui->toEdit->setDate(to);
}

void DashboardDialog::setGrouping(ReportGrouping by) {
    m_ui->byCombo->setCurrentIndex(m_ui->byCombo->findData(int(by)));
}

bool DashboardDialog::setArea(const QString &choice) {
    const int i = m_ui->areaCombo->findData(choice);
    if (i < 0)
        return false;
    m_ui->areaCombo->setCurrentIndex(i);
    return true;
}

ReportQuery DashboardDialog::currentQuery() const {
    ReportQuery query =
        ReportQuery::forPeriod(m_ui->fromEdit->date(), m_ui->toEdit->date(), QString(), QString(),
                               ReportGrouping(m_ui->byCombo->currentData().toInt()), m_services.now().date());
    AreaFilterChoices::apply(m_ui->areaCombo->currentData().toString(), query.filter);
    return query;
}

void DashboardDialog::count() {
    if (m_counting)
        return;
    if (m_ui->toEdit->date() < m_ui->fromEdit->date()) {
        m_ui->statusLabel->setText(tr("The last day is before the first day: nothing was counted."));
        return;
    }
    setCounting(true);
    m_ui->statusLabel->setText(tr("Counting…"));
    m_worker->request(currentQuery());
}

void DashboardDialog::cancel() {
    if (m_counting)
        m_worker->cancel();
}

void DashboardDialog::setCounting(bool counting) {
    m_counting = counting;
    m_ui->runButton->setEnabled(!counting);
    m_ui->cancelButton->setEnabled(counting);
    m_ui->progressBar->setVisible(counting);
    m_ui->progressBar->setRange(0, 0);
}

void DashboardDialog::showResult(const ReportResult &result) {
    setCounting(false);
    m_result = result;
    const ReportTable counts = ReportTables::counts(result);
    fillModel(m_counts, counts);
    m_ui->countsTable->hideColumn(0);
    m_ui->countsTable->resizeColumnsToContents();
    fillModel(m_overdue, ReportTables::overdue(result));
    m_ui->overdueTable->resizeColumnsToContents();
    fillChart(result);
    const std::optional<double> rate = result.total.onTimeRate();
    m_ui->statusLabel->setText(
        tr("%1. %2 received, %3 overdue; on-time rate %4.")
            .arg(counts.subtitle)
            .arg(result.total.received)
            .arg(result.total.overdue)
            .arg(rate ? QString::number(*rate * 100.0, 'f', 1) + u'%' : tr("not known")));
    Q_EMIT counted();
}

void DashboardDialog::showFailure(const QString &message, bool cancelled) {
    setCounting(false);
    m_ui->statusLabel->setText(cancelled ? tr("The report was cancelled; nothing was counted.") : message);
    Q_EMIT counted();
}

void DashboardDialog::fillChart(const ReportResult &result) {
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    m_sets.clear();
    m_chart->setTitle(ReportTables::groupingTitle(result.query.by));
    auto *series = new QHorizontalStackedBarSeries();
    const QString labels[] = {tr("Finished on time"), tr("Finished late"), tr("Within the deadline"),
                              tr("Overdue")};
    const QColor colours[] = {QColor(0x2e, 0x7d, 0x32), QColor(0xef, 0x6c, 0x00), QColor(0x15, 0x65, 0xc0),
                              QColor(0xc6, 0x28, 0x28)};
    QStringList categories;
    const qsizetype groups = std::min<qsizetype>(result.rows.size(), ChartedGroups);
    for (qsizetype i = 0; i < groups; ++i)
        categories << ReportTables::groupLabel(result.query.by, result.rows.at(i)).left(40);
    for (int s = 0; s < 4; ++s) {
        auto *set = new QBarSet(labels[s]);
        set->setColor(colours[s]);
        for (qsizetype i = 0; i < groups; ++i) {
            const ReportCounts &c = result.rows.at(i).counts;
            const qint64 values[] = {c.onTime, c.late, c.withinDeadline, c.overdue};
            set->append(double(values[s]));
        }
        connect(set, &QBarSet::clicked, this, [this, s](int index) { barClicked(s, index); });
        series->append(set);
        m_sets << set;
    }
    m_chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis();
    axisY->append(categories);
    m_chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis();
    axisX->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
}

void DashboardDialog::barClicked(int set, int index) {
    if (!m_result || index < 0 || index >= m_result->rows.size() || set < 0 || set >= 4)
        return;
    const ReportRow &row = m_result->rows.at(index);
    Q_EMIT showDossiers(
        m_result->query.drillDown(&row, ChartMeasures[set]),
        tr("%1 — %2").arg(ReportTables::groupLabel(m_result->query.by, row), m_sets.at(set)->label()));
}

void DashboardDialog::activateCell(int row, int column) {
    if (!m_result || !ReportTables::isCountColumn(column) || row < 0 || row >= m_counts->rowCount())
        return;
    // The last row is the total: no group.
    const ReportRow *group = row < m_result->rows.size() ? &m_result->rows.at(row) : nullptr;
    const QString label = m_counts->item(row, 1) ? m_counts->item(row, 1)->text() : QString();
    const QString measure = m_counts->horizontalHeaderItem(column)->text();
    Q_EMIT showDossiers(m_result->query.drillDown(group, ReportTables::measureOf(column)),
                        tr("%1 — %2").arg(label, measure));
}

} // namespace btxh::app
