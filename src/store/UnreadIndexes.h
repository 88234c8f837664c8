// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

namespace btxh {

// Version 11: the indexes on dossiers that no query of the store reads are dropped (issue 15, lean storage:
// an index costs bytes on every dossier and time on every write). Which query reads which index is
// tst_storeplans' (EXPLAIN QUERY PLAN of every statement the store runs, with statistics and without), which
// also fails when an index of the schema is read by none. Written for both backends: the same statements
// serve SQLite and PostgreSQL (SqlDialect quotes the indexes' names when it makes them, so they are quoted
// here too).
class UnreadIndexes {
public:
    // The indexes schema 11 drops. dossiers_name (the full name): the list sorts names by their Vietnamese
    // key (dossier_sort_keys), and the search reads the search index, never the name's column.
    static QStringList names();
    static bool apply(QSqlDatabase &db, QSqlError *error);
};

} // namespace btxh
