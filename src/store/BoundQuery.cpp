// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoundQuery.h"

#include <QSqlRecord>

namespace btxh::BoundQuery {

bool run(QSqlQuery &q, const QString &text, const QVariantList &values, QSqlError *error) {
    q.setForwardOnly(true);
    if (!q.prepare(text)) {
        *error = q.lastError();
        return false;
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec()) {
        *error = q.lastError();
        return false;
    }
    return true;
}

std::optional<QVariantList> row(const QSqlDatabase &db, const QString &text, const QVariantList &values,
                                QSqlError *error) {
    QSqlQuery q(db);
    if (!run(q, text, values, error))
        return std::nullopt;
    if (!q.next()) {
        *error = q.lastError();
        return std::nullopt;
    }
    QVariantList out;
    for (int i = 0; i < q.record().count(); ++i)
        out << q.value(i);
    return out;
}

std::optional<qint64> number(const QSqlDatabase &db, const QString &text, const QVariantList &values,
                             QSqlError *error) {
    const std::optional<QVariantList> r = row(db, text, values, error);
    if (!r)
        return std::nullopt;
    return r->constFirst().toLongLong();
}

bool finished(const QSqlQuery &q, QSqlError *error) {
    if (!q.lastError().isValid())
        return true;
    *error = q.lastError();
    return false;
}

} // namespace btxh::BoundQuery
