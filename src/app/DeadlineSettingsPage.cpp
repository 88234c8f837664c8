// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeadlineSettingsPage.h"
#include "ui_DeadlineSettingsPage.h"

#include "Catalogues.h"
#include "DateEntry.h"
#include "DeadlineRules.h"
#include "DeadlineSettings.h"

#include <QDate>
#include <QHeaderView>
#include <QTableWidgetItem>

namespace btxh::app {

namespace {

QString shownDates(const QString &stored) {
    QStringList out;
    for (const QString &part : stored.split(u',', Qt::SkipEmptyParts))
        out << DateEntry::show(QDate::fromString(part.trimmed(), Qt::ISODate));
    return out.join(QStringLiteral(", "));
}

QTableWidgetItem *readOnlyItem(const QString &text) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

DeadlineSettingsPage::DeadlineSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DeadlineSettingsPage>()) {
    m_ui->setupUi(this);
    QTableWidget *table = m_ui->processingTimesTable;
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({tr("MaTTHC"), tr("Procedure"), tr("Shipped"), tr("Working days")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::DoubleClicked);
    table->setAccessibleName(tr("Processing time of each procedure, in working days"));
    m_ui->deadlineNote->setText(tr(
        "A dossier received here is due its processing time in working days after the day it was received "
        "(the day of receipt not counted), on the calendar below. A deadline the gateway sent wins over the "
        "computed one. Leave a procedure's working days empty for the shipped default; 0 gives its "
        "dossiers no computed deadline. Changing a value recomputes every computed deadline."));
    const WorkingCalendar &calendar = DeadlineRules::builtIn().calendar();
    m_ui->calendarNote->setText(
        tr("Weekends and the official days off of %1–%2 (Tết and the Hùng Kings' day included) are shipped "
           "with the application; add a day off or a make-up working day announced after its release here.")
            .arg(calendar.firstYear())
            .arg(calendar.lastYear()));
}

DeadlineSettingsPage::~DeadlineSettingsPage() = default;

void DeadlineSettingsPage::load(const std::function<QString(const QString &)> &stored, bool editable) {
    m_stored.clear();
    for (const QString &key : DeadlineSettings::keys())
        m_stored << std::pair{key, stored(key)};
    QTableWidget *table = m_ui->processingTimesTable;
    table->setRowCount(0);
    for (const auto &[key, value] : std::as_const(m_stored)) {
        const QString procedure = DeadlineSettings::procedureOf(key);
        if (procedure.isEmpty())
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, CodeColumn, readOnlyItem(procedure));
        const QString name = Catalogues::instance().name(u"procedure", procedure);
        auto *nameItem = readOnlyItem(name);
        nameItem->setToolTip(name);
        table->setItem(row, NameColumn, nameItem);
        const QString shipped = DeadlineSettings::defaultValue(key);
        table->setItem(row, DefaultColumn, readOnlyItem(shipped.isEmpty() ? tr("none") : shipped));
        auto *days = new QTableWidgetItem(value);
        days->setData(Qt::UserRole, key);
        if (!editable)
            days->setFlags(days->flags() & ~Qt::ItemIsEditable);
        table->setItem(row, DaysColumn, days);
    }
    table->resizeColumnToContents(CodeColumn);
    table->resizeColumnToContents(DefaultColumn);
    table->resizeColumnToContents(DaysColumn);
    if (table->rowCount() > 0)
        table->setCurrentCell(0, DaysColumn);
    m_ui->daysOffEdit->setText(shownDates(stored(DeadlineSettings::daysOffKey())));
    m_ui->workingDaysEdit->setText(shownDates(stored(DeadlineSettings::workingDaysKey())));
    m_ui->daysOffEdit->setReadOnly(!editable);
    m_ui->workingDaysEdit->setReadOnly(!editable);
    if (!editable)
        m_ui->deadlineNote->setText(m_ui->deadlineNote->text() + u' ' +
                                    tr("Only an administrator changes the deadline rules."));
}

std::optional<QString> DeadlineSettingsPage::typedDates(const QString &key, const QString &typed,
                                                        QString *error) const {
    QStringList iso;
    for (const QString &part : typed.split(u',', Qt::SkipEmptyParts)) {
        const DateEntry::Result r = DateEntry::read(part.trimmed());
        if (!r.isValid()) {
            *error = tr("%1: \"%2\" is not a date (dd/MM/yyyy)%3")
                         .arg(DeadlineSettings::description(key), part.trimmed(),
                              r.error.isEmpty() ? QString() : QStringLiteral(": ") + r.error);
            return std::nullopt;
        }
        iso << r.date.toString(Qt::ISODate);
    }
    return DeadlineSettings::normalise(key, iso.join(u','), error);
}

std::optional<DeadlineSettingsPage::Changes> DeadlineSettingsPage::changes(QString *error) const {
    QHash<QString, QString> typed;
    const QTableWidget *table = m_ui->processingTimesTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem *days = table->item(row, DaysColumn);
        const QString key = days->data(Qt::UserRole).toString();
        const std::optional<QString> value = DeadlineSettings::normalise(key, days->text(), error);
        if (!value)
            return std::nullopt;
        typed.insert(key, *value);
    }
    const std::pair<QString, const QLineEdit *> dateEdits[] = {
        {DeadlineSettings::daysOffKey(), m_ui->daysOffEdit},
        {DeadlineSettings::workingDaysKey(), m_ui->workingDaysEdit},
    };
    for (const auto &[key, edit] : dateEdits) {
        const std::optional<QString> value = typedDates(key, edit->text(), error);
        if (!value)
            return std::nullopt;
        typed.insert(key, *value);
    }
    Changes out;
    for (const auto &[key, stored] : m_stored)
        if (typed.contains(key) && typed.value(key) != stored)
            out << std::pair{key, typed.value(key)};
    return out;
}

} // namespace btxh::app
