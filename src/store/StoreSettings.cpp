// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreSettings.h"

#include "DeadlineSettings.h"
#include "StoreConnection.h"
#include "StoreSchema.h"

#include <QSqlError>

namespace btxh {

StoreSettings::StoreSettings(StoreConnection &connection)
    : m_connection(connection) {}

StoreResult<QString> StoreSettings::value(const QString &key) {
    QSqlQuery q(m_connection.db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.bindValue(0, key);
    if (!q.exec())
        return m_connection.fail(q.lastError());
    if (!q.next())
        return StoreError::make(StoreError::Kind::NotFound, tr("The setting %1 is not set.").arg(key));
    return q.value(0).toString();
}

void StoreSettings::write(const QString &key, const QString &value) {
    m_connection.run(
        QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                       "SET value = excluded.value"),
        {key, value});
}

// Every deadline computed under the old rules is recomputed in the same transaction.
void StoreSettings::recomputeDeadlines() {
    if (!m_connection.dueDates)
        return;
    QSqlError e;
    DeadlineRules rules = DueDates::rulesOf(m_connection.db, &e);
    if (e.isValid() || !m_connection.dueDates->recomputeComputed(rules, &e))
        m_connection.raise(e);
    m_connection.deadlineRules = std::move(rules);
}

StoreResult<void> StoreSettings::setValue(const QString &key, const QString &value) {
    return setValues({{key, value}});
}

StoreResult<void> StoreSettings::setValues(const QMap<QString, QString> &values) {
    return m_connection.write([&] {
        bool deadlines = false;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            write(it.key(), it.value());
            deadlines = deadlines || DeadlineSettings::isKey(it.key());
        }
        if (deadlines)
            recomputeDeadlines();
    });
}

const DeadlineRules &StoreSettings::deadlineRules() const {
    return m_connection.dueDates ? m_connection.deadlineRules : DeadlineRules::builtIn();
}

StoreResult<QString> StoreSettings::watermark(const QString &service, const QString &area) {
    QSqlQuery q(m_connection.db);
    q.prepare(QStringLiteral("SELECT watermark FROM watermarks WHERE service = ? AND area = ?"));
    q.bindValue(0, service);
    q.bindValue(1, area);
    if (!q.exec())
        return m_connection.fail(q.lastError());
    if (!q.next())
        return StoreError::make(StoreError::Kind::NotFound, tr("Nothing was pulled here yet."));
    return q.value(0).toString();
}

StoreResult<void> StoreSettings::setWatermark(const QString &service, const QString &area,
                                              const QString &value) {
    return m_connection.write([&] {
        m_connection.run(
            QStringLiteral("INSERT INTO watermarks (service, area, watermark, updated_at) VALUES (?, "
                           "?, ?, ?) ON CONFLICT (service, area) DO UPDATE SET watermark = "
                           "excluded.watermark, updated_at = excluded.updated_at"),
            {service, area, value, StoreSchema::isoTime(m_connection.now())});
    });
}

StoreResult<int> StoreSettings::nextSerial(const QString &key) {
    int serial = 0;
    const StoreResult<void> ok = m_connection.write([&] {
        QSqlQuery q(m_connection.db);
        q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
        q.bindValue(0, key);
        m_connection.exec(q);
        serial = (q.next() ? q.value(0).toString().toInt() : 0) + 1;
        q.finish();
        write(key, QString::number(serial));
    });
    if (!ok)
        return ok.error();
    return serial;
}

} // namespace btxh
