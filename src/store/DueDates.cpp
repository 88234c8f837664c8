// SPDX-License-Identifier: GPL-3.0-or-later
#include "DueDates.h"

#include "DeadlineSettings.h"
#include "DeadlineSql.h"
#include "DossierCodes.h"
#include "DossierDeadline.h"
#include "FieldTable.h"
#include "Fields.h"
#include "ListQuery.h"
#include "StoreColumns.h"
#include "StoreLog.h"
#include "StoreSchema.h"

#include <QSqlQuery>
#include <QVariant>

namespace btxh {

namespace {

// The day of the first step that ended the dossier `dossiers.code`.
QString finishedOnSql(const SqlDialect &dialect) {
    return QStringLiteral(
               "(SELECT substr(MIN(s.%1), 1, 10) FROM steps s WHERE s.dossier_code = dossiers.code "
               "AND %2)")
        .arg(columns::keyOf(ProgressField::ThoiDiemXuLy),
             DeadlineSql::isFinishedStatus(dialect,
                                           QStringLiteral("s.") + columns::of(ProgressField::StatusId)));
}

// The deadline of the latest step the gateway sent for `dossiers.code`.
QString gatewayDueSql() {
    return QStringLiteral("(SELECT substr(s.%1, 1, 10) FROM steps s WHERE s.dossier_code = dossiers.code AND "
                          "s.origin = 'server' AND s.%1 IS NOT NULL ORDER BY s.%2 DESC, s.id DESC LIMIT 1)")
        .arg(columns::keyOf(ProgressField::NgayKetThucTheoQuyDinh),
             columns::keyOf(ProgressField::ThoiDiemXuLy));
}

QVariant textOrNull(const QString &s) {
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

DossierDeadline DueDates::read(const QVariant &dueDate, const QVariant &dueSource, const QVariant &finishedOn,
                               const QString &status) {
    DossierDeadline d;
    d.due = QDate::fromString(dueDate.toString(), Qt::ISODate);
    d.source = DossierDeadline::sourceFromKey(dueSource.toString());
    d.finishedOn = QDate::fromString(finishedOn.toString(), Qt::ISODate);
    d.finished = DossierStatus::isFinished(status);
    return d;
}

DueDates::DueDates(QSqlDatabase db)
    : m_db(std::move(db)) {}

DueDates::~DueDates() = default;

QStringList DueDates::schemaStatements() {
    const QString received = columns::keyOf(DossierField::NgayTiepNhan);
    const QString tail = QStringLiteral("%1, %2, due_date, finished_on")
                             .arg(columns::of(DossierField::MaTTHC), columns::of(DossierField::StatusId));
    return {
        QStringLiteral("ALTER TABLE dossiers ADD COLUMN due_date TEXT"),
        QStringLiteral("ALTER TABLE dossiers ADD COLUMN due_source TEXT"),
        QStringLiteral("ALTER TABLE dossiers ADD COLUMN finished_on TEXT"),
        // A report over a province or a commune and a period reads one of these alone, never the rows.
        QStringLiteral("CREATE INDEX dossiers_report_province ON dossiers(%1, %2, %3, %4)")
            .arg(columns::of(DossierField::MaTinh), received, columns::of(DossierField::MaXa), tail),
        QStringLiteral("CREATE INDEX dossiers_report_commune ON dossiers(%1, %2, %3)")
            .arg(columns::of(DossierField::MaXa), received, tail),
        // Recomputing one procedure's deadlines after its processing time changed.
        QStringLiteral("CREATE INDEX dossiers_procedure_received ON dossiers(%1, %2)")
            .arg(columns::of(DossierField::MaTTHC), received),
    };
}

DeadlineRules DueDates::rulesOf(QSqlDatabase db, QSqlError *error) {
    QHash<QString, QString> settings;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'deadline.%' OR key LIKE "
                               "'calendar.%'"))) {
        *error = q.lastError();
        return DeadlineRules::builtIn();
    }
    while (q.next())
        settings.insert(q.value(0).toString(), q.value(1).toString());
    return DeadlineRules::withSettings(settings);
}

bool DueDates::prepare(QSqlError *error) {
    if (m_read)
        return true;
    auto read = std::make_unique<QSqlQuery>(m_db);
    auto write = std::make_unique<QSqlQuery>(m_db);
    if (!read->prepare(QStringLiteral("SELECT %1, %2, %3, %4 FROM dossiers WHERE code = ?")
                           .arg(columns::keyOf(DossierField::NgayTiepNhan), columns::of(DossierField::MaTTHC),
                                finishedOnSql(SqlDialect::of(m_db)), gatewayDueSql()))) {
        *error = read->lastError();
        return false;
    }
    if (!write->prepare(QStringLiteral(
            "UPDATE dossiers SET due_date = ?, due_source = ?, finished_on = ? WHERE code = ?"))) {
        *error = write->lastError();
        return false;
    }
    m_read = std::move(read);
    m_write = std::move(write);
    return true;
}

std::pair<QVariant, QVariant> DueDates::withoutSteps(const QString &receivedKey, const QString &procedure,
                                                     const DeadlineRules &rules) {
    const QDate received = QDate::fromString(receivedKey.left(10), Qt::ISODate);
    const std::optional<QDate> computed = rules.dueDate(procedure, received, nullptr);
    if (!computed)
        return {QVariant(), textOrNull(DossierDeadline::sourceKey(DeadlineSource::None))};
    return {QVariant(computed->toString(Qt::ISODate)),
            textOrNull(DossierDeadline::sourceKey(DeadlineSource::Computed))};
}

bool DueDates::refresh(const QString &code, const DeadlineRules &rules, QSqlError *error) {
    if (!prepare(error))
        return false;
    m_read->bindValue(0, code);
    if (!m_read->exec()) {
        *error = m_read->lastError();
        return false;
    }
    if (!m_read->next()) { // steps of a dossier not received yet
        m_read->finish();
        return true;
    }
    const QString receivedKey = m_read->value(0).toString();
    const QString procedure = m_read->value(1).toString();
    const QString finishedOn = m_read->value(2).toString();
    const QString gatewayDue = m_read->value(3).toString();
    m_read->finish();

    const auto [due, source] =
        gatewayDue.isEmpty()
            ? withoutSteps(receivedKey, procedure, rules)
            : std::pair<QVariant, QVariant>{gatewayDue, DossierDeadline::sourceKey(DeadlineSource::Gateway)};
    m_write->bindValue(0, due);
    m_write->bindValue(1, source);
    m_write->bindValue(2, textOrNull(finishedOn));
    m_write->bindValue(3, code);
    if (!m_write->exec()) {
        *error = m_write->lastError();
        return false;
    }
    return true;
}

bool DueDates::recomputeAll(const DeadlineRules &rules, QSqlError *error) {
    QSqlQuery q(m_db);
    const QStringList fromSteps = {
        QStringLiteral("UPDATE dossiers SET finished_on = %1").arg(finishedOnSql(SqlDialect::of(m_db))),
        QStringLiteral("UPDATE dossiers SET due_date = %1").arg(gatewayDueSql()),
        QStringLiteral("UPDATE dossiers SET due_source = CASE WHEN due_date IS NULL THEN NULL ELSE 'gateway' "
                       "END"),
    };
    for (const QString &sql : fromSteps) {
        if (!q.exec(sql)) {
            *error = q.lastError();
            return false;
        }
    }
    return recomputeComputed(rules, error);
}

bool DueDates::recomputeComputed(const DeadlineRules &rules, QSqlError *error) {
    const QString received = columns::keyOf(DossierField::NgayTiepNhan);
    const QString procedureCol = columns::of(DossierField::MaTTHC);
    const SqlDialect dialect = SqlDialect::of(m_db);
    const QString notGateway =
        dialect.ifNull(QStringLiteral("due_source"), QStringLiteral("''")) + QStringLiteral(" <> 'gateway'");
    QSqlQuery days(m_db);
    days.setForwardOnly(true);
    QSqlQuery update(m_db);
    // The update is prepared before the days are read: on PostgreSQL preparing is a statement of its own,
    // which would discard the rows of a forward-only read still under way (QPSQL reads them row by row).
    if (!update.prepare(
            QStringLiteral("UPDATE dossiers SET due_date = ?, due_source = ? WHERE %3 AND %2 AND "
                           "%1 >= ? AND %1 < ?")
                .arg(received, dialect.isSameAs(procedureCol, QStringLiteral("?")), notGateway)) ||
        !days.exec(QStringLiteral("SELECT DISTINCT substr(%1, 1, 10), %2 FROM dossiers WHERE %3")
                       .arg(received, procedureCol, notGateway))) {
        *error = update.lastError().isValid() ? update.lastError() : days.lastError();
        return false;
    }
    QList<std::pair<QDate, QVariant>> pairs;
    bool undated = false;
    while (days.next()) {
        const QDate day = QDate::fromString(days.value(0).toString(), Qt::ISODate);
        if (day.isValid())
            pairs.append({day, days.value(1)});
        else
            undated = true;
    }
    days.finish();
    for (const auto &[day, procedure] : std::as_const(pairs)) {
        const std::optional<QDate> due = rules.dueDate(procedure.toString(), day, nullptr);
        update.bindValue(0, due ? QVariant(due->toString(Qt::ISODate)) : QVariant());
        update.bindValue(1,
                         due ? QVariant(DossierDeadline::sourceKey(DeadlineSource::Computed)) : QVariant());
        update.bindValue(2, procedure);
        update.bindValue(3, day.toString(Qt::ISODate));
        update.bindValue(4, day.addDays(1).toString(Qt::ISODate));
        if (!update.exec()) {
            *error = update.lastError();
            return false;
        }
    }
    if (undated && !update.exec(QStringLiteral("UPDATE dossiers SET due_date = NULL, due_source = NULL WHERE "
                                               "%2 AND (%1 IS NULL OR %3)")
                                    .arg(received, notGateway, dialect.notBeginningWithIsoDay(received)))) {
        *error = update.lastError();
        return false;
    }
    qCDebug(lcStore) << "computed deadlines refreshed for" << pairs.size() << "received days and procedures";
    return true;
}

} // namespace btxh
