// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteRow.h"

#include <QSqlDriver>
#include <sqlite3.h>
#include <utility>

namespace btxh {

namespace {

sqlite3 *handleOf(const QSqlDatabase &db) {
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QSqlError errorOf(sqlite3 *db, int code, const QString &what) {
    return QSqlError(what, QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                     QString::number(code));
}

// As Qt's SQLite driver tells a null: an invalid or null QVariant, or a null string or byte array in one.
bool isNull(const QVariant &v) {
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(v.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(v.constData())->isNull();
    default:
        return false;
    }
}

// Text goes in as UTF-8, the database's encoding (SQLite would convert anything else), kept in `utf8` until
// the next exec.
int bind(sqlite3_stmt *s, int index, const QVariant &v, QByteArray &utf8) {
    if (isNull(v))
        return sqlite3_bind_null(s, index);
    switch (v.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray *bytes = static_cast<const QByteArray *>(v.constData());
        return sqlite3_bind_blob(s, index, bytes->constData(), int(bytes->size()), SQLITE_STATIC);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
        return sqlite3_bind_int(s, index, v.toInt());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(s, index, v.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(s, index, v.toDouble());
    case QMetaType::QString:
        utf8 = static_cast<const QString *>(v.constData())->toUtf8();
        return sqlite3_bind_text(s, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    default:
        utf8 = v.toString().toUtf8();
        return sqlite3_bind_text(s, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    }
}

QVariant columnOf(sqlite3_stmt *s, int column) {
    switch (sqlite3_column_type(s, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(s, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(s, column));
    case SQLITE_BLOB: {
        const void *bytes = sqlite3_column_blob(s, column);
        return QVariant(QByteArray(static_cast<const char *>(bytes), sqlite3_column_bytes(s, column)));
    }
    default: {
        const unsigned char *text = sqlite3_column_text(s, column);
        return QVariant(
            QString::fromUtf8(reinterpret_cast<const char *>(text), sqlite3_column_bytes(s, column)));
    }
    }
}

} // namespace

std::unique_ptr<SqliteRow> SqliteRow::prepare(const QSqlDatabase &db, const QString &sql, QSqlError *error) {
    sqlite3 *handle = handleOf(db);
    if (!handle) {
        *error = QSqlError(QStringLiteral("not an SQLite connection"), {}, QSqlError::ConnectionError);
        return nullptr;
    }
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare16_v3(handle, sql.utf16(), int(sql.size() * sizeof(QChar)),
                                        SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK) {
        *error = errorOf(handle, rc, QStringLiteral("Unable to execute statement"));
        sqlite3_finalize(statement);
        return nullptr;
    }
    return std::unique_ptr<SqliteRow>(new SqliteRow(handle, statement));
}

SqliteRow::SqliteRow(sqlite3 *db, sqlite3_stmt *statement)
    : m_db(db)
    , m_statement(statement)
    , m_values(size_t(sqlite3_bind_parameter_count(statement)))
    , m_utf8(m_values.size()) {}

SqliteRow::~SqliteRow() {
    sqlite3_finalize(m_statement);
}

void SqliteRow::bindValue(int pos, const QVariant &value) {
    if (pos >= 0 && size_t(pos) < m_values.size())
        m_values[size_t(pos)] = value;
}

bool SqliteRow::exec() {
    m_error = QSqlError();
    // Every exec ends with a reset, so the statement is ready to bind.
    for (size_t i = 0; i < m_values.size(); ++i) {
        if (const int rc = bind(m_statement, int(i) + 1, m_values[i], m_utf8[i]); rc != SQLITE_OK) {
            m_error = errorOf(m_db, rc, QStringLiteral("Unable to bind parameters"));
            return false;
        }
    }
    m_row.clear();
    m_unread = false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        const int columns = sqlite3_column_count(m_statement);
        m_row.reserve(size_t(columns));
        for (int c = 0; c < columns; ++c)
            m_row.push_back(columnOf(m_statement, c));
        m_unread = true;
    } else if (rc != SQLITE_DONE) {
        m_error = errorOf(m_db, rc, QStringLiteral("Unable to fetch row"));
    }
    // The values stay bound until the next exec (SQLITE_STATIC points into m_values); reset now so the
    // statement holds nothing of the database open.
    sqlite3_reset(m_statement);
    return !m_error.isValid();
}

bool SqliteRow::next() {
    return std::exchange(m_unread, false);
}

QVariant SqliteRow::value(int column) const {
    return column >= 0 && size_t(column) < m_row.size() ? m_row[size_t(column)] : QVariant();
}

qint64 SqliteRow::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace btxh
