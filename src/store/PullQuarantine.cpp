// SPDX-License-Identifier: GPL-3.0-or-later
#include "PullQuarantine.h"

#include "StoreConnection.h"
#include "StoreSchema.h"

#include <QSqlError>

namespace btxh {

PullQuarantine::PullQuarantine(StoreConnection &connection)
    : m_connection(connection) {}

StoreResult<void> PullQuarantine::add(const QList<QuarantinedItem> &items) {
    return m_connection.write([&] {
        for (const QuarantinedItem &item : items)
            m_connection.run(
                QStringLiteral("INSERT INTO pull_quarantine (service, area, window_from, window_to, "
                               "item, problem, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {item.service, item.area, StoreSchema::isoTime(item.windowFrom),
                 StoreSchema::isoTime(item.windowTo), QString::fromUtf8(item.item), item.problem,
                 StoreSchema::isoTime(item.receivedAt)});
    });
}

StoreResult<QList<QuarantinedItem>> PullQuarantine::waiting() {
    QSqlQuery q(m_connection.db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, service, area, window_from, window_to, item, problem, received_at FROM "
                       "pull_quarantine WHERE dismissed_at IS NULL ORDER BY id"));
    if (!q.exec())
        return m_connection.fail(q.lastError());
    QList<QuarantinedItem> out;
    while (q.next()) {
        QuarantinedItem i;
        i.id = q.value(0).toLongLong();
        i.service = q.value(1).toString();
        i.area = q.value(2).toString();
        i.windowFrom = StoreSchema::fromIso(q.value(3));
        i.windowTo = StoreSchema::fromIso(q.value(4));
        i.item = q.value(5).toString().toUtf8();
        i.problem = q.value(6).toString();
        i.receivedAt = StoreSchema::fromIso(q.value(7));
        out << i;
    }
    return out;
}

StoreResult<void> PullQuarantine::dismiss(qint64 id) {
    return m_connection.write([&] {
        const int changed = m_connection.run(
            QStringLiteral("UPDATE pull_quarantine SET dismissed_at = ?, dismissed_by = ? WHERE id = ? AND "
                           "dismissed_at IS NULL"),
            {StoreSchema::isoTime(m_connection.now()), m_connection.options().user, id});
        if (changed <= 0)
            throw WriteFailure{StoreError::make(
                StoreError::Kind::NotFound, tr("There is no unreadable pulled item %1 waiting.").arg(id))};
    });
}

StoreResult<QDateTime> PullQuarantine::oldestWindow(const QString &service, const QString &area) {
    QSqlQuery q(m_connection.db);
    q.prepare(
        QStringLiteral("SELECT min(window_from) FROM pull_quarantine WHERE service = ? AND area = ? AND "
                       "dismissed_at IS NULL"));
    q.addBindValue(service);
    q.addBindValue(area);
    if (!q.exec())
        return m_connection.fail(q.lastError());
    return q.next() ? StoreSchema::fromIso(q.value(0)) : QDateTime();
}

} // namespace btxh
