// SPDX-License-Identifier: GPL-3.0-or-later
#include "PullQuarantine.h"

#include "StoreLog.h"
#include "StoreSchema.h"

#include <QSqlQuery>

namespace btxh {

PullQuarantine::PullQuarantine(QSqlDatabase db)
    : m_db(std::move(db)) {}

bool PullQuarantine::exec(QSqlQuery &q) {
    if (q.exec()) {
        m_error = QSqlError();
        return true;
    }
    m_error = q.lastError();
    qCWarning(lcStore) << "quarantine statement failed" << m_error.nativeErrorCode();
    return false;
}

bool PullQuarantine::add(const QuarantinedItem &item) {
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO pull_quarantine (service, area, window_from, window_to, item, problem, "
                       "received_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(item.service);
    q.addBindValue(item.area);
    q.addBindValue(StoreSchema::isoTime(item.windowFrom));
    q.addBindValue(StoreSchema::isoTime(item.windowTo));
    q.addBindValue(QString::fromUtf8(item.item));
    q.addBindValue(item.problem);
    q.addBindValue(StoreSchema::isoTime(item.receivedAt));
    return exec(q);
}

std::optional<QList<QuarantinedItem>> PullQuarantine::waiting() {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, service, area, window_from, window_to, item, problem, received_at FROM "
                       "pull_quarantine WHERE dismissed_at IS NULL ORDER BY id"));
    if (!exec(q))
        return std::nullopt;
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

bool PullQuarantine::dismiss(qint64 id, const QString &who, const QDateTime &at) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE pull_quarantine SET dismissed_at = ?, dismissed_by = ? WHERE id = ? AND "
                             "dismissed_at IS NULL"));
    q.addBindValue(StoreSchema::isoTime(at));
    q.addBindValue(who);
    q.addBindValue(id);
    return exec(q) && q.numRowsAffected() > 0;
}

std::optional<QDateTime> PullQuarantine::oldestWindow(const QString &service, const QString &area) {
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT min(window_from) FROM pull_quarantine WHERE service = ? AND area = ? AND "
                       "dismissed_at IS NULL"));
    q.addBindValue(service);
    q.addBindValue(area);
    if (!exec(q))
        return std::nullopt;
    return q.next() ? StoreSchema::fromIso(q.value(0)) : QDateTime();
}

} // namespace btxh
