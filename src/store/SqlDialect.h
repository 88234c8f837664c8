// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSqlDatabase;

namespace btxh {

// The value types the schema's columns have, named once for both backends.
enum class SqlType {
    Text,
    Integer, // 64 bits on both
    Blob,
    RowId, // the table's own key, assigned on insert: SQLite's rowid alias, PostgreSQL's identity column
};

// A column as the schema describes it: its name as written in SQL (a generated field column quoted), its
// type, and constraints whose words both backends read alike (NOT NULL, DEFAULT 0, UNIQUE, CHECK,
// REFERENCES).
struct SqlColumn {
    QString name;
    SqlType type = SqlType::Text;
    QString constraints;
};

// A table as the schema describes it. `withoutRowid` is SQLite's storage choice for a table keyed by text
// alone; PostgreSQL has no such choice and ignores it.
struct SqlTable {
    QString name;
    QList<SqlColumn> columns;
    QStringList constraints; // table constraints: PRIMARY KEY (…), UNIQUE (…)
    bool withoutRowid = false;
};

// Where SQLite's and PostgreSQL's SQL differ, and only there: the schema, the migrations written from now on
// and the store's statements ask this for the text of their backend instead of spelling either one.
//
// The search index differs most. On SQLite it is an FTS5 table of the folded text (SearchText), under the
// rowid SearchOrder gives; on PostgreSQL a plain table of the same folded text by dossier id, with a
// trigram (pg_trgm) GIN index. Both hold text folded in C++ by SearchText::fold, and a query is folded by it
// too, so the two backends compare the same strings; PostgreSQL's own unaccent is not used, because it keeps
// some marks SearchText removes and folds no case.
class SqlDialect {
public:
    enum class Backend { Sqlite, PostgreSql };

    static SqlDialect sqlite() { return SqlDialect(Backend::Sqlite); }
    static SqlDialect postgreSql() { return SqlDialect(Backend::PostgreSql); }
    // The dialect of an open connection, by its Qt driver (QSQLITE or QPSQL).
    static SqlDialect of(const QSqlDatabase &db);

    Backend backend() const { return m_backend; }
    bool isSqlite() const { return m_backend == Backend::Sqlite; }

    QString typeName(SqlType type) const;
    QString columnDefinition(const SqlColumn &column) const;
    QString createTable(const SqlTable &table) const;
    QString createIndex(const QString &name, const QString &table, const QStringList &columns) const;

    // The search index's name, and the statements that create it empty.
    static QString searchTable() { return QStringLiteral("dossier_search"); }
    QStringList createSearchIndex(const QString &name = searchTable()) const;
    // The server extensions the schema needs (none on SQLite).
    QStringList requiredExtensions() const;

    // The schema's version: SQLite keeps it in its header (PRAGMA user_version), PostgreSQL in a one-row
    // table that createSchemaVersion() makes (at version 0).
    static QString schemaVersionTable() { return QStringLiteral("schema_version"); }
    QStringList createSchemaVersion() const;
    QString readSchemaVersion() const;
    QString writeSchemaVersion(int version) const;

    // The start of a transaction that writes: SQLite takes its write lock at once (another writer waits
    // here, not at its first write); PostgreSQL locks row by row.
    QString beginWrite() const;
    // An insert that does nothing when the row's unique key is already there.
    QString insertOrIgnore(const QString &table, const QStringList &columns) const;
    // An insert that updates the other columns when the row's key (`keyColumns`, among `columns`) is there.
    // The same text on both: SQLite's INSERT OR REPLACE would delete the row first, and its children with it.
    QString upsert(const QString &table, const QStringList &columns, const QStringList &keyColumns) const;
    // A pattern match that ignores ASCII case (a dossier code's beginning typed in either case): SQLite's
    // LIKE does, PostgreSQL's does not.
    QString caseInsensitiveLike() const;
    // An insert that replaces the row holding the same key. SQLite's INSERT OR REPLACE deletes that row
    // first (only for tables without children); PostgreSQL updates it in place (an upsert).
    QString insertOrReplace(const QString &table, const QStringList &columns,
                            const QStringList &keyColumns) const;
    // The first of two values that is not NULL: SQLite's IFNULL, PostgreSQL's COALESCE.
    QString ifNull(const QString &value, const QString &fallback) const;
    // Equality that holds between two NULLs too ("a IS ?" on SQLite).
    QString isSameAs(const QString &left, const QString &right) const;
    // Whether a text does not begin like a yyyy-MM-dd day: SQLite's GLOB, PostgreSQL's regular expression.
    QString notBeginningWithIsoDay(const QString &column) const;
    // The texts of one bound JSON array, as the query inside "x IN (...)" (not wrapped in parentheses of its
    // own: "x IN ((SELECT ...))" compares x with the first text only): SQLite's json_each, PostgreSQL's
    // json_array_elements_text. One statement for a list of any length, where a placeholder per text would
    // need a statement per length, each parsed again.
    QString textsOfJsonArray() const;
    // What an insert appends to answer the new row's id: nothing on SQLite (its last insert rowid says
    // it), RETURNING on PostgreSQL, whose driver gives no last id for a table without OIDs.
    QString returningId() const;
    // The search text of one dossier: SQLite's FTS5 row under the rowid SearchOrder gives (binds the
    // dossier's id, then the text; deletes by the id), PostgreSQL's row by the dossier's id.
    QString insertSearchText() const;
    QString deleteSearchText() const;
    // The value a bound LIMIT takes for "no limit": SQLite's -1, PostgreSQL's NULL (it refuses -1).
    QVariant noLimit() const { return isSqlite() ? QVariant(-1) : QVariant(); }
    // How NULL sorts in ORDER BY: SQLite puts it first ascending and last descending, which the list's
    // paging expects; PostgreSQL does the opposite unless told.
    QString nullsOrder(bool descending) const;

private:
    explicit SqlDialect(Backend backend)
        : m_backend(backend) {}

    Backend m_backend;
};

} // namespace btxh
