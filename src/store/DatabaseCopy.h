// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseLocation.h"
#include "SqlDialect.h"
#include "StoreResult.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <functional>

namespace btxh {

// Copies an office's data from one database to another of the same schema version: an officer's SQLite file
// to the office's PostgreSQL database, or back (btxh db copy).
//
// Tables are copied in SchemaBaseline's order (parents before children) and column lists, never spelled
// here. The source is read in one read transaction (a consistent snapshot while the app writes); the
// destination is written in ONE transaction, in batches of rows for the progress report, so a copy that is
// interrupted (connection lost, Ctrl-C, killed) leaves none of its rows behind, and running it again starts
// over. The search index is not copied: it is rebuilt on the destination from the copied dossiers (FTS5 on
// SQLite, the folded-text table on PostgreSQL), and PostgreSQL's identity sequences are set past the copied
// ids. Before the destination commits, each table's row count and content hash are compared with the
// source's; on any difference it rolls back and the result says which tables differ.
class DatabaseCopy {
    Q_DECLARE_TR_FUNCTIONS(btxh::DatabaseCopy)
public:
    // A table's row count and content hash on one side. The hash is SHA-256 over the sorted SHA-256 digests
    // of its rows, each over the row's values in the schema's column order (NULL told apart from empty
    // text): it does not depend on the order either backend returns rows in, nor on its collation.
    struct TableSum {
        qint64 rows = 0;
        QByteArray sha256; // hex
        bool operator==(const TableSum &o) const { return rows == o.rows && sha256 == o.sha256; }
    };
    struct TableCheck {
        QString table;
        TableSum source;
        TableSum destination;
        bool matches() const { return source == destination; }
    };
    struct Result {
        QList<TableCheck> checks;
        bool committed = false; // false: some table differed and the destination was rolled back
    };
    struct Options {
        int batchRows = 500; // rows between two progress reports
        // Called after each batch and at each table's end: the table, rows copied, rows in all.
        std::function<void(const QString &table, qint64 done, qint64 total)> progress;
        // Asked after each batch: true stops the copy, rolled back (an Interrupted error). Empty: never.
        std::function<bool()> cancelled;
    };

    // Copies everything from `from` into `to`. Both hold the schema at the same version and `to` holds no
    // rows in any of the copied tables (emptyTables checks it; the caller refuses otherwise).
    static StoreResult<Result> copy(QSqlDatabase &from, const DatabaseLocation &fromLocation,
                                    QSqlDatabase &to, const DatabaseLocation &toLocation,
                                    const Options &options);

    // The tables copied, in the order they are copied (SchemaBaseline's, without the search index).
    static QList<SqlTable> tables();
    // The first copied table that holds rows, and how many; an empty name when none does.
    struct Occupied {
        QString table;
        qint64 rows = 0;
    };
    static StoreResult<Occupied> firstOccupiedTable(QSqlDatabase &db, const DatabaseLocation &location);
    static StoreResult<TableSum> tableSum(QSqlDatabase &db, const DatabaseLocation &location,
                                          const SqlTable &table);
};

} // namespace btxh
