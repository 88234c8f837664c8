// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace btxh {

// One statement that writes a row, or reads one, prepared and run through SQLite's own API on the connection
// Qt Sql opened (QSqlDriver::handle), for the statements a load runs for every dossier
// (DossierStatements::row). Qt 6.4 names every value bound by position (":N", formatted and looked up in a
// hash each time): with a hundred columns a dossier, a large part of the writing thread's time in a load
// (bench/README.md). It stores values as Qt's SQLite driver does (a null QVariant or null string as NULL,
// strings as text, byte arrays as blobs, integers and booleans as integers, anything else as its text),
// though it hands text over in UTF-8, the database's own encoding, where the driver hands over UTF-16 for
// SQLite to convert. It runs in the connection's transaction, and reports errors as QSqlError with SQLite's
// code as the native code, as Qt's driver does, so StoreError reads them alike. A statement that reads keeps
// the first row it reads, as QSqlQuery's next() and value() give it.
//
// Its statement must be finalized before the connection closes: Store::close clears the writer's statements
// first.
class SqliteRow {
public:
    // nullptr, with `error` set, when the connection is not SQLite's or the statement does not prepare.
    static std::unique_ptr<SqliteRow> prepare(const QSqlDatabase &db, const QString &sql, QSqlError *error);
    ~SqliteRow();
    SqliteRow(const SqliteRow &) = delete;
    SqliteRow &operator=(const SqliteRow &) = delete;

    // As QSqlQuery::bindValue: kept until the next exec.
    void bindValue(int pos, const QVariant &value);
    bool exec();
    // The row the last exec read: true once, if it read one.
    bool next();
    // A column of that row: a number as qint64 or double, text as QString, a blob as QByteArray, NULL as an
    // invalid QVariant.
    QVariant value(int column) const;
    void finish() {}
    QSqlError lastError() const { return m_error; }
    qint64 lastInsertId() const;

private:
    SqliteRow(sqlite3 *db, sqlite3_stmt *statement);

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    std::vector<QVariant> m_values;
    std::vector<QByteArray> m_utf8; // the values' text as bound
    std::vector<QVariant> m_row;
    bool m_unread = false;
    QSqlError m_error;
};

} // namespace btxh
