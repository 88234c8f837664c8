// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreConnection.h"

#include "StoreLog.h"

#include <QDir>
#include <QSqlError>
#include <QUuid>

namespace btxh {

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

QString StoreConnection::newId() const {
    return m_options.newId ? m_options.newId() : QUuid::createUuid().toString(QUuid::WithoutBraces);
}

StoreError StoreConnection::fail(const QSqlError &e) const {
    const StoreError error = StoreError::fromSql(e, path);
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
    throw WriteFailure{StoreError::fromSql(error, path)};
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
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(q.lastError());
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
