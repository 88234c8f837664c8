// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncPanel.h"
#include "ui_SyncPanel.h"

#include "AppLog.h"
#include "CodeComboBox.h"
#include "FieldEditor.h"
#include "ListQuery.h"
#include "OutboxModel.h"
#include "PlacePicker.h"
#include "RolePolicy.h"
#include "Store.h"
#include "SyncController.h"

#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>

namespace btxh::app {

namespace {

// The latest entries done that the outbox table shows below those still to go.
constexpr int RecentDoneShown = 50;

// The entry moved on (sent, done or gone) since the panel showed it: the panel says so in its own words.
bool notChangeable(const StoreError &error) {
    return error.kind == StoreError::Kind::Invalid || error.kind == StoreError::Kind::NotFound;
}

} // namespace

SyncPanel::SyncPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SyncPanel>())
    , m_outbox(new OutboxModel(this)) {
    m_ui->setupUi(this);
    m_ui->controlsLayout->addStretch(1);
    m_ui->outboxView->setModel(m_outbox);
    m_ui->outboxView->verticalHeader()->setVisible(false);
    m_ui->outboxView->horizontalHeader()->setStretchLastSection(true);
    m_ui->cancelButton->setEnabled(false);
    m_ui->syncProgress->setRange(0, 100);
    m_ui->fromEdit->setEnabled(false);
    m_ui->toEdit->setEnabled(false);
    connect(m_ui->windowCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->fromEdit->setEnabled(on);
        m_ui->toEdit->setEnabled(on);
    });
    connect(m_ui->syncNowButton, &QPushButton::clicked, this, &SyncPanel::syncNow);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &SyncPanel::retrySelected);
    connect(m_ui->discardButton, &QPushButton::clicked, this, &SyncPanel::discardSelected);
    connect(m_ui->resolveButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_ui->conflictList->currentItem())
            Q_EMIT resolveRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_ui->conflictList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT resolveRequested(item->data(Qt::UserRole).toString()); });
    connect(m_ui->outboxView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncPanel::updateButtons);
    connect(m_ui->conflictList, &QListWidget::currentRowChanged, this, &SyncPanel::updateButtons);
    connect(m_ui->quarantineList, &QListWidget::currentRowChanged, this, &SyncPanel::updateButtons);
    connect(m_ui->dismissButton, &QPushButton::clicked, this, &SyncPanel::dismissSelected);
    updateButtons();
}

SyncPanel::~SyncPanel() = default;

void SyncPanel::setup(const AppServices &services, SyncController *controller) {
    m_services = services;
    m_controller = controller;
    buildArea();
    connect(controller, &SyncController::started, this, &SyncPanel::onStarted);
    connect(controller, &SyncController::progress, this, &SyncPanel::onProgress);
    connect(controller, &SyncController::finished, this, &SyncPanel::onFinished);
    connect(m_ui->cancelButton, &QPushButton::clicked, controller, &SyncController::cancel);
    const QDateTime now = services.now();
    m_ui->toEdit->setDateTime(now);
    m_ui->fromEdit->setDateTime(now.addDays(-30));
    setArea(services.settings().area());
    refresh();
}

void SyncPanel::buildArea() {
    const FieldTable &query = FieldTable::query();
    const ValidationContext context = m_services.validationContext();
    m_province = new FieldEditor(query.at(int(QueryField::MaTinh)), NotRequired, context, m_ui->areaHost);
    m_district = new FieldEditor(query.at(int(QueryField::MaHuyen)), NotRequired, context, m_ui->areaHost);
    m_commune = new FieldEditor(query.at(int(QueryField::MaXa)), NotRequired, context, m_ui->areaHost);
    for (FieldEditor *e : {m_province, m_district, m_commune}) {
        e->label()->hide();
        e->problemLabel()->hide();
        e->editor()->setObjectName(QStringLiteral("area_") + e->spec().wireName);
        e->editor()->setToolTip(e->spec().label());
        m_ui->areaLayout->addWidget(e->editor());
    }
    m_picker = new PlacePicker(m_services.settings().places(), m_province, m_district, m_commune, this);
    for (FieldEditor *e : {m_province, m_district})
        connect(e, &FieldEditor::edited, this, [this, e] { m_picker->cascade(e); });
}

SyncArea SyncPanel::area() const {
    SyncArea a;
    a.province = m_province ? m_province->value() : QString();
    a.district = m_district ? m_district->value() : QString();
    a.commune = m_commune ? m_commune->value() : QString();
    return a;
}

void SyncPanel::setArea(const SyncArea &area) {
    if (!m_province)
        return;
    m_province->setValue(area.province);
    m_picker->refreshEntries();
    m_district->setValue(area.district);
    m_picker->refreshEntries();
    m_commune->setValue(area.commune);
}

void SyncPanel::syncNow() {
    if (!m_controller || m_controller->isRunning())
        return;
    const SyncArea a = area();
    if (a.isEmpty()) {
        m_ui->resultLabel->setText(
            tr("Choose the province (and district, commune) to receive dossiers for."));
        return;
    }
    QDateTime from, to;
    if (m_ui->windowCheck->isChecked()) {
        from = m_ui->fromEdit->dateTime();
        to = m_ui->toEdit->dateTime();
    }
    m_controller->syncNow(a, from, to);
}

void SyncPanel::onStarted() {
    m_ui->syncProgress->setValue(0);
    m_ui->progressLabel->setText(tr("Starting…"));
    m_ui->resultLabel->clear();
    m_ui->messagesView->clear();
    updateButtons();
}

void SyncPanel::onProgress(const SyncProgress &progress) {
    m_ui->syncProgress->setValue(progress.percent());
    m_ui->progressLabel->setText(progress.text());
}

void SyncPanel::onFinished(const SyncReport &report) {
    m_ui->syncProgress->setValue(report.stop == SyncReport::Stop::None ? 100 : m_ui->syncProgress->value());
    const QString stop = report.stopText();
    m_ui->progressLabel->setText(stop.isEmpty() ? tr("Done") : stop);
    QString text = report.summary();
    if (!report.error.isEmpty() && !stop.contains(report.error))
        text = report.error + u'\n' + text;
    m_ui->resultLabel->setText(text);
    m_ui->messagesView->setPlainText(report.messages.join(u'\n'));
    refresh();
    Q_EMIT storeChanged();
}

void SyncPanel::refresh() {
    if (!m_services.store)
        return;
    const int keep = m_ui->outboxView->currentIndex().row();
    const StoreResult<QList<OutboxEntry>> entries = m_services.store->outbox().entries(RecentDoneShown);
    if (!entries)
        qCWarning(lcApp) << "cannot read the outbox:" << entries.error().detail;
    m_outbox->setEntries(entries.value_or(QList<OutboxEntry>()));
    m_ui->outboxView->resizeColumnsToContents();
    if (keep >= 0 && keep < m_outbox->rowCount())
        m_ui->outboxView->selectRow(keep);
    int waiting = 0, refused = 0;
    for (const OutboxEntry &e : m_outbox->entries()) {
        if (e.state == OutboxEntry::State::Pending || e.state == OutboxEntry::State::Sent)
            ++waiting;
        else if (e.state == OutboxEntry::State::Failed)
            ++refused;
    }
    m_ui->outboxSummary->setText(tr("%n waiting", "", waiting) + QStringLiteral(", ") +
                                 tr("%n refused", "", refused));

    m_ui->conflictList->clear();
    ListQuery q;
    q.filter.syncStates = {SyncState::Conflict};
    q.limit = 1000;
    q.sortColumn = QStringLiteral("updated_at");
    if (const StoreResult<ListPage> page = m_services.store->list(q)) {
        for (const ListRow &row : page->rows) {
            auto *item = new QListWidgetItem(row.code + QStringLiteral(" — ") +
                                                 row.fields.value(int(DossierField::HoVaTen)),
                                             m_ui->conflictList);
            item->setData(Qt::UserRole, row.code);
        }
    }
    const int conflicts = m_ui->conflictList->count();
    m_ui->syncTabs->setTabText(m_ui->syncTabs->indexOf(m_ui->conflictsTab),
                               conflicts > 0 ? tr("Conflicts (%1)").arg(conflicts) : tr("Conflicts"));
    if (conflicts > 0)
        m_ui->conflictList->setCurrentRow(0);
    refreshQuarantine();
    updateButtons();
}

void SyncPanel::refreshQuarantine() {
    m_ui->quarantineList->clear();
    const QList<QuarantinedItem> items =
        m_services.store->quarantine().waiting().value_or(QList<QuarantinedItem>());
    for (const QuarantinedItem &i : items) {
        const QString window =
            QLocale::c().toString(i.windowFrom.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")) +
            QStringLiteral("–") +
            QLocale::c().toString(i.windowTo.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"));
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 %2 %3: %4\n%5")
                .arg(i.service, i.area, window, i.problem, QString::fromUtf8(i.item.left(300))),
            m_ui->quarantineList);
        item->setData(Qt::UserRole, i.id);
    }
    m_ui->syncTabs->setTabText(m_ui->syncTabs->indexOf(m_ui->quarantineTab),
                               items.isEmpty() ? tr("Unreadable") : tr("Unreadable (%1)").arg(items.size()));
}

void SyncPanel::dismissSelected() {
    const QListWidgetItem *item = m_ui->quarantineList->currentItem();
    if (!item || !m_services.store)
        return;
    if (const StoreResult<void> dismissed =
            m_services.store->quarantine().dismiss(item->data(Qt::UserRole).toLongLong());
        !dismissed)
        QMessageBox::warning(this, tr("Cannot dismiss"), dismissed.error().message);
    refresh();
}

void SyncPanel::updateButtons() {
    const bool running = m_controller && m_controller->isRunning();
    m_ui->syncNowButton->setEnabled(m_controller && !running);
    m_ui->cancelButton->setEnabled(running);
    const std::optional<OutboxEntry> e = m_outbox->entry(m_ui->outboxView->currentIndex().row());
    const bool changeable =
        e && !running && (e->state == OutboxEntry::State::Failed || e->state == OutboxEntry::State::Pending);
    m_ui->retryButton->setEnabled(changeable);
    m_ui->discardButton->setEnabled(changeable && m_services.store && m_services.policy().canDiscardQueued());
    m_ui->resolveButton->setEnabled(m_ui->conflictList->currentRow() >= 0);
    m_ui->dismissButton->setEnabled(m_ui->quarantineList->currentRow() >= 0 && !running);
}

void SyncPanel::retrySelected() {
    const std::optional<OutboxEntry> e = m_outbox->entry(m_ui->outboxView->currentIndex().row());
    if (!e)
        return;
    if (const StoreResult<void> retried = m_services.store->outbox().retry(e->id); !retried)
        QMessageBox::warning(this, tr("Cannot retry"),
                             notChangeable(retried.error())
                                 ? tr("This item is not waiting or refused any more: it cannot be retried.")
                                 : retried.error().message);
    refresh();
    Q_EMIT storeChanged();
}

void SyncPanel::discardSelected() {
    const std::optional<OutboxEntry> e = m_outbox->entry(m_ui->outboxView->currentIndex().row());
    if (!e)
        return;
    QMessageBox box(QMessageBox::Question, tr("Discard"),
                    tr("Take %1 (%2) off the outbox? It stays on this computer as a draft and is not sent.")
                        .arg(e->dossierCode, OutboxModel::kindLabel(e->kind)),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("discardBox"));
    box.button(QMessageBox::Yes)->setText(tr("Discard"));
    box.button(QMessageBox::No)->setText(tr("Keep it queued"));
    if (box.exec() != QMessageBox::Yes)
        return;
    if (const StoreResult<void> discarded = m_services.store->outbox().discard(e->id); !discarded)
        QMessageBox::warning(this, tr("Cannot discard"),
                             notChangeable(discarded.error())
                                 ? tr("This item is being sent or was sent already: it cannot be discarded.")
                                 : discarded.error().message);
    refresh();
    Q_EMIT storeChanged();
}

void SyncPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        for (FieldEditor *e : {m_province, m_district, m_commune})
            if (e)
                e->editor()->setToolTip(e->spec().label());
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace btxh::app
