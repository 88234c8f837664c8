// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreConnection.h"

#include "ChangeWatch.h"
#include "ServerConnection.h"
#include "StoreLog.h"

#include <QDir>
#include <QSqlError>
#include <QSysInfo>
#include <QUuid>
#if defined(Q_OS_UNIX)
#include <cerrno>
#include <csignal>
#endif

namespace btxh {

namespace {

// The key of the advisory lock every write transaction on an office's PostgreSQL database takes ("BTXH"
// and 1): advisory keys are the database's own, so only this database's writers share it.
constexpr qint64 WriteLockKey = 0x4254584801;

} // namespace

QVariant nullable(const QString &s) {
    return s.isNull() ? QVariant() : QVariant(s);
}

QVariant nullable(const QByteArray &json) {
    return json.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(json));
}

StoreConnection::StoreConnection(StoreOptions options)
    : m_options(std::move(options)) {}

QDateTime StoreConnection::now() const {
    return m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc();
}

std::optional<bool> StoreConnection::processRuns(qint64 pid) const {
    if (m_options.isProcessAlive)
        return m_options.isProcessAlive(pid);
#if defined(Q_OS_UNIX)
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return std::nullopt;
#endif
}

bool StoreConnection::isFile(const QString &path) {
    return !path.isEmpty() && path != u":memory:" && !path.startsWith(u"file:");
}

QString StoreConnection::hostName() {
    return QSysInfo::machineHostName();
}

QString StoreConnection::newId() const {
    return m_options.newId ? m_options.newId() : QUuid::createUuid().toString(QUuid::WithoutBraces);
}

StoreError StoreConnection::errorOf(const QSqlError &e) const {
    if (dialect.isSqlite())
        return StoreError::fromSql(e, path);
    return ServerConnection::classify(e, server);
}

StoreError StoreConnection::fail(const QSqlError &e) const {
    const StoreError error = errorOf(e);
    if (error.kind == StoreError::Kind::Interrupted) // asked for: the answer was no longer wanted
        qCDebug(lcStore) << "read interrupted";
    else
        qCWarning(lcStore) << "store error" << StoreError::kindName(error.kind) << e.nativeErrorCode()
                           << error.detail;
    return error;
}

StoreError StoreConnection::fail(const StoreError &error) const {
    if (error.kind != StoreError::Kind::NotFound) // an answer, not a fault
        qCWarning(lcStore) << "store error" << StoreError::kindName(error.kind) << error.detail;
    return error;
}

void StoreConnection::exec(QSqlQuery &q) const {
    if (!q.exec())
        raise(q);
}

void StoreConnection::raise(const QSqlQuery &q) const {
    raise(q.lastError());
}

void StoreConnection::raise(const QSqlError &error) const {
    throw WriteFailure{errorOf(error)};
}

int StoreConnection::run(const QString &sql, const QVariantList &values) const {
    QSqlQuery q(db);
    if (!q.prepare(sql))
        raise(q);
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    exec(q);
    return q.numRowsAffected();
}

qint64 StoreConnection::insertedId(QSqlQuery &q) const {
    if (dialect.isSqlite())
        return q.lastInsertId().toLongLong();
    if (!q.next())
        raise(q);
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

StoreResult<void> StoreConnection::checkWritable() const {
    if (!db.isOpen())
        return fail(StoreError::make(StoreError::Kind::CannotOpen, tr("The database is not open.")));
    if (readOnly)
        return fail(StoreError::make(StoreError::Kind::ReadOnly,
                                     tr("The database %1 is open for reading only; nothing was changed.")
                                         .arg(QDir::toNativeSeparators(path))));
    return {};
}

StoreResult<void> StoreConnection::begin() {
    QSqlQuery q(db);
    if (!q.exec(dialect.beginWrite()))
        return fail(q.lastError());
    // PostgreSQL locks rows, not the database: two desktops could both read the same lease, counter or
    // "no such dossier yet" and then both write. Rather than find and lock each read that decides a write
    // (SELECT … FOR UPDATE cannot lock a row that is not there yet), every write transaction first takes
    // one transaction-level advisory lock, which gives writers SQLite's order — one at a time, readers never
    // waiting — and ends with the transaction, committed, rolled back or cut off. A wait longer than the
    // session's lock_timeout (the busy timeout) fails like SQLite's busy database.
    if (!dialect.isSqlite() &&
        !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(WriteLockKey))) {
        const QSqlError e = q.lastError();
        rollback();
        return fail(e);
    }
    // Other desktops' lists read again once this commits (ChangeWatch); a rollback sends nothing.
    if (!dialect.isSqlite() && !q.exec(QStringLiteral("NOTIFY ") + ChangeWatch::Channel)) {
        const QSqlError e = q.lastError();
        rollback();
        return fail(e);
    }
    return {};
}

StoreResult<void> StoreConnection::commit() {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QSqlError e = q.lastError();
        q.exec(QStringLiteral("ROLLBACK"));
        return fail(e);
    }
    return {};
}

void StoreConnection::rollback() {
    QSqlQuery q(db);
    q.exec(QStringLiteral("ROLLBACK"));
}

} // namespace btxh
