// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnreadIndexes.h"

#include "StoreLog.h"

#include <QSqlQuery>

namespace btxh {

QStringList UnreadIndexes::names() {
    return {QStringLiteral("dossiers_name")};
}

bool UnreadIndexes::apply(QSqlDatabase &db, QSqlError *error) {
    QSqlQuery q(db);
    for (const QString &name : names()) {
        // IF EXISTS: a database whose owner dropped one by hand is not refused for it.
        if (!q.exec(QStringLiteral("DROP INDEX IF EXISTS \"%1\"").arg(name))) {
            *error = q.lastError();
            qCWarning(lcStore) << "dropping the index" << name << "failed:" << q.lastError().text();
            return false;
        }
    }
    // The freed pages stay in an SQLite file, reused by the next writes: a VACUUM would copy the whole
    // database to give back a few bytes per dossier.
    qCInfo(lcStore) << "indexes no query reads dropped:" << names().join(QStringLiteral(", "));
    return true;
}

} // namespace btxh
