// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusReceivedIndex.h"

#include "Fields.h"
#include "SqlDialect.h"
#include "StoreLog.h"
#include "StoreSchema.h"

#include <QSqlQuery>

namespace btxh {

QStringList StatusReceivedIndex::columns() {
    const FieldTable &d = FieldTable::dossier();
    return {StoreSchema::quoted(StoreSchema::fieldColumn(d.at(int(DossierField::StatusId)))),
            StoreSchema::quoted(StoreSchema::keyColumn(d.at(int(DossierField::NgayTiepNhan)))),
            QStringLiteral("id"), QStringLiteral("code")};
}

bool StatusReceivedIndex::apply(QSqlDatabase &db, QSqlError *error) {
    const SqlDialect dialect = SqlDialect::of(db);
    QSqlQuery q(db);
    if (!q.exec(dialect.createIndex(name(), QStringLiteral("dossiers"), columns()))) {
        *error = q.lastError();
        qCWarning(lcStore) << "creating the index" << name() << "failed:" << q.lastError().text();
        return false;
    }
    // SQLite's planner picks an index by its statistics: a database that has them gets the new index's too
    // (PostgreSQL gathers its own).
    if (dialect.isSqlite()) {
        if (!q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"))) {
            *error = q.lastError();
            return false;
        }
        const bool analyzed = q.next();
        q.finish();
        if (analyzed && !q.exec(QStringLiteral("ANALYZE \"%1\"").arg(name()))) {
            *error = q.lastError();
            return false;
        }
    }
    return true;
}

} // namespace btxh
