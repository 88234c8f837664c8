// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseCopy.h"

#include "Fields.h"
#include "Record.h"
#include "SchemaBaseline.h"
#include "SearchOrder.h"
#include "ServerConnection.h"
#include "ServerCopy.h"
#include "StoreLog.h"
#include "StoreSchema.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace btxh {

namespace {

// PostgreSQL is a round trip away: rows go several to a statement, well below its 65,535 bound values. SQLite
// is in the process, and Qt's driver looks up each value's name among all of a statement's (a cost that grows
// with the square of their number): one row per prepared statement is its fastest.
constexpr int MaxServerValuesPerStatement = 8000;

int rowsPerStatement(const QSqlDatabase &db, int columns) {
    return SqlDialect::of(db).isSqlite() ? 1 : std::max(1, MaxServerValuesPerStatement / columns);
}

StoreError sqlError(const QSqlError &error, const DatabaseLocation &location) {
    return location.isServer() ? ServerConnection::classify(error, location)
                               : StoreError::fromSql(error, location.filePath());
}

QStringList columnNames(const SqlTable &table) {
    QStringList out;
    for (const SqlColumn &c : table.columns)
        out << c.name;
    return out;
}

bool hasRowId(const SqlTable &table) {
    return std::any_of(table.columns.cbegin(), table.columns.cend(),
                       [](const SqlColumn &c) { return c.type == SqlType::RowId; });
}

// One value as the hash reads it: NULL, or its text (an integer's decimal digits on both backends).
void addValue(QCryptographicHash &hash, const QVariant &value) {
    if (value.isNull()) {
        hash.addData(QByteArrayView("N", 1));
        return;
    }
    // A blob by its bytes (as text, bytes that are not UTF-8 would all read alike).
    const QByteArray bytes =
        value.typeId() == QMetaType::QByteArray ? value.toByteArray() : value.toString().toUtf8();
    hash.addData(QByteArrayView("V", 1));
    hash.addData(QByteArray::number(bytes.size()));
    hash.addData(QByteArrayView(":", 1));
    hash.addData(bytes);
}

QString insertStatement(const SqlTable &table, int rows) {
    const QStringList cols = columnNames(table);
    const QString one =
        QStringLiteral("(") + QStringList(cols.size(), QStringLiteral("?")).join(u',') + QStringLiteral(")");
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table.name, cols.join(u','), QStringList(rows, one).join(u','));
}

// Writes the rows of one table read from `select` into `to`, several rows per statement.
class TableWriter {
public:
    TableWriter(QSqlDatabase &to, const SqlTable &table)
        : m_to(to)
        , m_table(table)
        , m_columns(int(table.columns.size()))
        , m_rowsPerStatement(rowsPerStatement(to, m_columns)) {}

    bool add(const QSqlQuery &row, QSqlError *error) {
        for (int i = 0; i < m_columns; ++i)
            m_pending << row.value(i);
        if (m_pending.size() / m_columns < m_rowsPerStatement)
            return true;
        return flush(error);
    }

    bool flush(QSqlError *error) {
        const int rows = int(m_pending.size() / m_columns);
        if (rows == 0)
            return true;
        QSqlQuery &insert = rows == m_rowsPerStatement ? m_full : m_rest;
        if (rows != m_rowsPerStatement || !m_fullPrepared) {
            if (!insert.prepare(insertStatement(m_table, rows))) {
                *error = insert.lastError();
                return false;
            }
            m_fullPrepared = m_fullPrepared || rows == m_rowsPerStatement;
        }
        for (int i = 0; i < m_pending.size(); ++i)
            insert.bindValue(i, m_pending.at(i));
        m_pending.clear();
        if (!insert.exec()) {
            *error = insert.lastError();
            return false;
        }
        return true;
    }

private:
    QSqlDatabase &m_to;
    const SqlTable &m_table;
    int m_columns;
    int m_rowsPerStatement;
    QSqlQuery m_full{m_to};
    QSqlQuery m_rest{m_to};
    bool m_fullPrepared = false;
    QVariantList m_pending;
};

StoreResult<qint64> countRows(QSqlDatabase &db, const DatabaseLocation &location, const QString &table) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return sqlError(q.lastError(), location);
    return q.value(0).toLongLong();
}

StoreError cancelledCopy() {
    return StoreError::make(StoreError::Kind::Interrupted,
                            DatabaseCopy::tr("The copy was cancelled; none of its rows were kept."));
}

StoreResult<void> copyTable(QSqlDatabase &from, const DatabaseLocation &fromLocation, QSqlDatabase &to,
                            const DatabaseLocation &toLocation, const SqlTable &table,
                            const DatabaseCopy::Options &options) {
    const StoreResult<qint64> total = countRows(from, fromLocation, table.name);
    if (!total)
        return total.error();
    QSqlQuery select(from);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT %1 FROM %2").arg(columnNames(table).join(u','), table.name)))
        return sqlError(select.lastError(), fromLocation);
    TableWriter writer(to, table);
    QSqlError error;
    qint64 done = 0;
    while (select.next()) {
        if (!writer.add(select, &error))
            return sqlError(error, toLocation);
        ++done;
        if (done % options.batchRows == 0) {
            if (!writer.flush(&error))
                return sqlError(error, toLocation);
            if (options.progress)
                options.progress(table.name, done, *total);
            if (options.cancelled && options.cancelled())
                return cancelledCopy();
        }
    }
    if (select.lastError().isValid())
        return sqlError(select.lastError(), fromLocation);
    if (!writer.flush(&error))
        return sqlError(error, toLocation);
    if (options.progress && done % options.batchRows != 0)
        options.progress(table.name, done, *total);
    return {};
}

// The search index of every dossier in `db`, from its own columns, as the store writes it.
StoreResult<void> rebuildSearch(QSqlDatabase &db, const DatabaseLocation &location) {
    const SqlDialect dialect = SqlDialect::of(db);
    const QList<DossierField> fields = StoreSchema::searchFields();
    QStringList cols{QStringLiteral("id")};
    for (DossierField f : fields)
        cols << StoreSchema::quoted(StoreSchema::fieldColumn(FieldTable::dossier().at(int(f))));
    QSqlQuery select(db);
    select.setForwardOnly(true);
    QSqlQuery insert(db);
    const QString insertSql =
        dialect.isSqlite()
            ? SearchOrder::insertSql()
            : QStringLiteral("INSERT INTO %1 (id, text) VALUES (?, ?)").arg(dialect.searchTable());
    if (!insert.prepare(insertSql))
        return sqlError(insert.lastError(), location);
    // Read first, then write: SQLite's driver would otherwise step a statement over the table it writes.
    QList<std::pair<qint64, QString>> texts;
    if (!select.exec(QStringLiteral("SELECT %1 FROM dossiers").arg(cols.join(u','))))
        return sqlError(select.lastError(), location);
    Record r(FieldTable::dossier());
    while (select.next()) {
        for (int i = 0; i < fields.size(); ++i)
            r.setValue(int(fields.at(i)), select.value(i + 1).toString());
        texts.append({select.value(0).toLongLong(), StoreSchema::searchText(r)});
    }
    select.finish();
    for (const auto &[id, text] : std::as_const(texts)) {
        insert.bindValue(0, id);
        insert.bindValue(1, text);
        if (!insert.exec())
            return sqlError(insert.lastError(), location);
    }
    return {};
}

// PostgreSQL's identity columns hand out the next id from a sequence, which copied rows did not move.
StoreResult<void> setSequences(QSqlDatabase &db, const DatabaseLocation &location) {
    for (const SqlTable &t : DatabaseCopy::tables()) {
        if (!hasRowId(t))
            continue;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                   "coalesce(max(id), 0) + 1, false) FROM %1")
                        .arg(t.name)))
            return sqlError(q.lastError(), location);
    }
    return {};
}

bool exec(QSqlDatabase &db, const QString &sql, QSqlError *error) {
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError();
    return false;
}

} // namespace

QList<SqlTable> DatabaseCopy::tables() {
    // The baseline (schema 9) with what migration 10 added.
    QList<SqlTable> out = SchemaBaseline::tables();
    for (SqlTable &t : out) {
        if (t.name == u"dossiers")
            t.columns << SqlColumn{QStringLiteral("server_copy"), SqlType::Blob, {}}
                      << SqlColumn{QStringLiteral("extent_source"), SqlType::Integer,
                                   QStringLiteral("NOT NULL DEFAULT 0")};
        else if (t.name == u"steps")
            t.columns << SqlColumn{QStringLiteral("server_copy"), SqlType::Blob, {}};
    }
    out << ServerCopy::dictionaryTableSchema();
    return out;
}

StoreResult<DatabaseCopy::Occupied> DatabaseCopy::firstOccupiedTable(QSqlDatabase &db,
                                                                     const DatabaseLocation &location) {
    for (const SqlTable &t : tables()) {
        // Every database made at schema 10 holds the dictionary of its server copies: not the office's data.
        if (t.name == ServerCopy::dictionaryTable())
            continue;
        const StoreResult<qint64> n = countRows(db, location, t.name);
        if (!n)
            return n.error();
        if (*n > 0)
            return Occupied{t.name, *n};
    }
    return Occupied{};
}

StoreResult<DatabaseCopy::TableSum> DatabaseCopy::tableSum(QSqlDatabase &db, const DatabaseLocation &location,
                                                           const SqlTable &table) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(columnNames(table).join(u','), table.name)))
        return sqlError(q.lastError(), location);
    QList<QByteArray> digests;
    const int columns = int(table.columns.size());
    while (q.next()) {
        QCryptographicHash row(QCryptographicHash::Sha256);
        for (int i = 0; i < columns; ++i)
            addValue(row, q.value(i));
        digests << row.result();
    }
    if (q.lastError().isValid())
        return sqlError(q.lastError(), location);
    std::sort(digests.begin(), digests.end());
    QCryptographicHash all(QCryptographicHash::Sha256);
    for (const QByteArray &d : std::as_const(digests))
        all.addData(d);
    return TableSum{qint64(digests.size()), all.result().toHex()};
}

StoreResult<DatabaseCopy::Result> DatabaseCopy::copy(QSqlDatabase &from, const DatabaseLocation &fromLocation,
                                                     QSqlDatabase &to, const DatabaseLocation &toLocation,
                                                     const Options &options) {
    QSqlError error;
    // One snapshot of the source for the copy and its check.
    const QString readBegin = SqlDialect::of(from).isSqlite()
                                  ? QStringLiteral("BEGIN")
                                  : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (!exec(from, readBegin, &error))
        return sqlError(error, fromLocation);
    if (!exec(to, SqlDialect::of(to).beginWrite(), &error)) {
        exec(from, QStringLiteral("ROLLBACK"), &error);
        return sqlError(error, toLocation);
    }
    const auto fail = [&](const StoreError &e) -> StoreResult<Result> {
        QSqlError ignored;
        exec(to, QStringLiteral("ROLLBACK"), &ignored);
        exec(from, QStringLiteral("ROLLBACK"), &ignored);
        return e;
    };
    // The destination's own dictionary (recorded when it was made) gives way to the source's, which the
    // copied server copies name.
    if (!exec(to, QStringLiteral("DELETE FROM %1").arg(ServerCopy::dictionaryTable()), &error))
        return fail(sqlError(error, toLocation));
    for (const SqlTable &t : tables())
        if (const StoreResult<void> r = copyTable(from, fromLocation, to, toLocation, t, options); !r)
            return fail(r.error());
    if (const StoreResult<void> r = rebuildSearch(to, toLocation); !r)
        return fail(r.error());
    if (toLocation.isServer())
        if (const StoreResult<void> r = setSequences(to, toLocation); !r)
            return fail(r.error());
    Result result;
    for (const SqlTable &t : tables()) {
        const StoreResult<TableSum> source = tableSum(from, fromLocation, t);
        if (!source)
            return fail(source.error());
        const StoreResult<TableSum> destination = tableSum(to, toLocation, t);
        if (!destination)
            return fail(destination.error());
        result.checks << TableCheck{t.name, *source, *destination};
    }
    exec(from, QStringLiteral("ROLLBACK"), &error); // read only: nothing to keep
    const bool same = std::all_of(result.checks.cbegin(), result.checks.cend(),
                                  [](const TableCheck &c) { return c.matches(); });
    if (!same) {
        exec(to, QStringLiteral("ROLLBACK"), &error);
        qCWarning(lcStore) << "copy: a table differs after the copy; rolled back";
        return result;
    }
    if (!exec(to, QStringLiteral("COMMIT"), &error))
        return fail(sqlError(error, toLocation));
    result.committed = true;
    return result;
}

} // namespace btxh
