// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseLocation.h"
#include "DeadlineRules.h"
#include "DueDates.h"
#include "SqlDialect.h"
#include "StoreError.h"
#include "StoreOptions.h"
#include "StoreResult.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <memory>
#include <optional>

namespace btxh {

// Thrown inside a write to unwind to its transaction's rollback; never escapes the Store.
struct WriteFailure {
    StoreError error;
};

// What the parts of a Store share (Store owns it, each part keeps a reference): the open connection, the
// options (clock, user, ids), the deadline rules in force, and the one way to write — a transaction. Not a
// public API: only the store's own parts include it.
class StoreConnection {
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    explicit StoreConnection(StoreOptions options);

    QSqlDatabase db;
    QString path;
    // The backend's SQL (SQLite's unless the store opened an office's PostgreSQL database) and, for a
    // server, its address.
    SqlDialect dialect = SqlDialect::sqlite();
    DatabaseLocation server;
    bool readOnly = false;
    int version = 0;
    // Each dossier's due date and finishing day (schema 7 on): refreshed for every dossier a write touched,
    // recomputed when the rules change. Null before schema 7.
    std::unique_ptr<DueDates> dueDates;
    DeadlineRules deadlineRules;
    // This connection's bulk load has set the search index aside (DeferredIndexes): its writes leave each
    // dossier's search text to the load's end, which fills in every dossier that has none.
    bool searchDeferred = false;

    const StoreOptions &options() const { return m_options; }
    void setMigrationProgress(std::function<void(int, qint64, qint64)> progress) {
        m_options.migrationProgress = std::move(progress);
    }
    void setIndexProgress(std::function<void(int, int)> progress) {
        m_options.indexProgress = std::move(progress);
    }
    QDateTime now() const;
    QString newId() const;
    // Whether process `pid` of this machine still runs (Options::isProcessAlive when given); nothing where
    // it cannot tell. For the records that name the program holding something: the sync lease, a bulk
    // load's deferred indexes.
    std::optional<bool> processRuns(qint64 pid) const;
    static QString hostName();
    // Whether `path` names a database file (not one in memory, nor a URI SQLite opens its own way).
    static bool isFile(const QString &path);

    // What a failed statement means, by the backend's codes.
    StoreError errorOf(const QSqlError &error) const;
    // The error to answer, logged (codes only, never values).
    StoreError fail(const QSqlError &error) const;
    StoreError fail(const StoreError &error) const;

    // Inside a write: runs the statement, or unwinds the transaction with its error.
    void exec(QSqlQuery &q) const;
    [[noreturn]] void raise(const QSqlQuery &q) const;
    [[noreturn]] void raise(const QSqlError &error) const;
    // Runs one write statement with `values` bound in order; how many rows it changed.
    int run(const QString &sql, const QVariantList &values) const;
    // The id of the row an insert ending in dialect.returningId() made.
    qint64 insertedId(QSqlQuery &q) const;

    // Runs `body` in one write transaction: all of it is committed, or none of it. On SQLite BEGIN IMMEDIATE
    // takes the write lock first, so two programs on one file never interleave a read and the write it
    // decides; on PostgreSQL begin() takes the same place with a transaction-level advisory lock.
    template <typename Body> StoreResult<void> write(Body &&body) {
        if (StoreResult<void> writable = checkWritable(); !writable)
            return writable;
        if (StoreResult<void> begun = begin(); !begun)
            return begun;
        try {
            body();
        } catch (const WriteFailure &f) {
            rollback();
            return fail(f.error);
        }
        return commit();
    }

private:
    StoreResult<void> checkWritable() const;
    StoreResult<void> begin();
    StoreResult<void> commit();
    void rollback();

    StoreOptions m_options;
};

QVariant nullable(const QString &s);
QVariant nullable(const QByteArray &json);

} // namespace btxh
