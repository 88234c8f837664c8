// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDialect.h"

#include <QList>
#include <QStringList>

namespace btxh {

// The store's tables and indexes as schema 9 has them, described once for both backends (SqlDialect).
//
// An SQLite file is still made and upgraded by the numbered migrations 1-9 (Migrations), which move an
// officer's existing data from one shape to the next and are never edited; an office's PostgreSQL database
// has no such past, so `btxh db init` creates it at this baseline in one step, then runs the migrations
// after it. A migration from version 10 on is written once, for both, through SqlDialect. A test builds this
// baseline on SQLite and compares it with a store made by migrations 1-9: the same tables, columns and
// indexes, so the two descriptions cannot drift apart.
class SchemaBaseline {
public:
    static constexpr int Version = 9;

    // Every table but the search index, in the order SQLite's history made them.
    static QList<SqlTable> tables();
    // Every index on those tables: name, table and columns.
    struct Index {
        QString name;
        QString table;
        QStringList columns;
    };
    static QList<Index> indexes();

    // The statements that create the whole schema, search index included, in an empty database; the
    // schema's version is set by the caller (on PostgreSQL with the table the dialect keeps it in).
    static QStringList statements(const SqlDialect &dialect);
};

} // namespace btxh
