// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeSet.h"
#include "DeferredIndexes.h"
#include "DossierReader.h"
#include "DossierWriter.h"
#include "ListQuery.h"
#include "ListReader.h"
#include "Outbox.h"
#include "PullQuarantine.h"
#include "ReportReader.h"
#include "StoreError.h"
#include "StoreOptions.h"
#include "StoreResult.h"
#include "StoreSettings.h"
#include "StoredDossier.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <memory>
#include <span>

namespace btxh {

// The local case store: one SQLite file holding every dossier, its documents, result papers and steps, the
// outbox of pushes, pull watermarks, the audit trail and settings.
//
// A façade over parts with one job each, sharing its connection (StoreConnection): DossierWriter (apply,
// conflicts, audit), DossierReader, ListReader and ReportReader (reading), Outbox (the pushes, their state
// machine and lease), StoreSettings (settings, watermarks, counters), PullQuarantine and DeferredIndexes. The
// most used calls are here; the rest through the part: store.outbox().markSent(...),
// store.settings().value(key).
//
// Every write is one transaction: it is stored whole or not at all. A dossier is identified by its MaHoSo:
// receiving it again updates it (or leaves it unchanged), never duplicates it. All SQL is prepared; payload
// values are only ever bound. Every call that can fail answers a StoreResult: its value, or the StoreError
// saying why not; a read that finds nothing (no such dossier, setting or watermark) answers NotFound.
//
// Not thread-safe: one Store per thread (each opens its own connection).
class Store {
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    using Options = StoreOptions;
    using ConflictChoice = DossierWriter::ConflictChoice;
    using LeaseOutcome = Outbox::LeaseOutcome;

    Store();
    explicit Store(Options options);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Opens (creating it and its folder when missing) and upgrades the database. On failure the error says
    // why, and the file is left as it was. `path` may also be an office's PostgreSQL database,
    // postgresql://user@host:port/dbname (DatabaseLocation): its schema is the administrator's (btxh db
    // init, migrate), so one missing, older or newer than the app's is refused, never changed here.
    StoreResult<void> open(const QString &path);
    // How far an upgrade that rewrites every row has got, for whoever opens (Options::migrationProgress).
    void setMigrationProgress(std::function<void(int version, qint64 done, qint64 total)> progress);
    // How far making again the indexes a killed bulk load set aside has got (Options::indexProgress).
    void setIndexProgress(std::function<void(int done, int total)> progress);
    void close();
    bool isOpen() const;
    bool isReadOnly() const;
    QString path() const;
    bool isServer() const; // an office's PostgreSQL database
    // What the store was opened with: another connection to the same database (a reader in a worker
    // thread) opens with these, so it reaches a server with the same password and audits the same officer.
    const Options &options() const;
    int schemaVersion() const;
    static int latestSchemaVersion();
    QSqlDatabase database() const; // for tests and diagnostics

    // --- Writing: each call is one transaction.
    StoreResult<ChangeResult> apply(const ChangeSet &changes);
    // Derives what apply() would from each received dossier alone (PreparedDossier), touching no database:
    // an importer calls it on the thread that reads the next items while this one writes, a pull on the
    // worker that read the window (PulledWindows).
    static void prepare(ChangeSet &changes);
    // The same for some of them: several threads may each prepare their own part of one change set.
    static void prepare(std::span<ChangeSet::ReceivedDossier> received);
    // With `merged` (TakeServer only): the server's copy becomes the base and `merged` the local edit on top
    // of it, in the same transaction, so a failure leaves the conflict as it was.
    StoreResult<void> resolveConflict(const QString &code, ConflictChoice choice,
                                      const std::optional<ChangeSet::LocalDossier> &merged = std::nullopt);

    // --- Reading.
    StoreResult<StoredDossier> dossier(const QString &code);
    StoreResult<QList<StoredStep>> steps(const QString &code); // in time order
    StoreResult<ListPage> list(const ListQuery &query);
    StoreResult<qint64> count(const ListFilter &filter);
    // A report counted in SQL (ReportReader); interrupt() stops it from another thread, `progress` between
    // its statements (then it answers an Interrupted error).
    StoreResult<ReportResult> report(const ReportQuery &query, const ReportReader::Progress &progress = {});
    // Stops the list, count or report running on this store's connection now, from any thread (it then
    // fails with an "interrupted" error); does nothing when none runs. For a reader whose answer is no longer
    // wanted: the case list's worker, when the officer has typed on.
    void interrupt();

    // --- The parts.
    DossierReader &reader();
    Outbox &outbox();
    StoreSettings &settings();
    PullQuarantine &quarantine();
    // A bulk load's indexes: an importer defers them for a large load and restores them at its end; open()
    // restores those a killed load left deferred.
    DeferredIndexes &deferredIndexes();

private:
    StoreResult<void> openFile(const QString &path);
    StoreResult<void> openServer(const QString &address);

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace btxh
