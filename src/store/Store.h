// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeSet.h"
#include "DeadlineRules.h"
#include "ListQuery.h"
#include "ListReader.h"
#include "Outbox.h"
#include "PullQuarantine.h"
#include "ReportReader.h"
#include "StoreError.h"
#include "StoreResult.h"
#include "StoredDossier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace btxh {

// The local case store: one SQLite file holding every dossier, its documents, result papers and steps, the
// outbox of pushes, pull watermarks, the audit trail and settings.
//
// Every write is one transaction: it is stored whole or not at all. A dossier is identified by its MaHoSo:
// receiving it again updates it (or leaves it unchanged), never duplicates it. All SQL is prepared; payload
// values are only ever bound.
//
// Every call that can fail answers a StoreResult: its value, or the StoreError saying why not. A read that
// finds nothing (no such dossier, setting or watermark) answers a NotFound error.
//
// Not thread-safe: one Store per thread (each opens its own connection).
class Store {
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    struct Options {
        QString user = QStringLiteral("local"); // recorded in the audit trail
        std::function<QDateTime()> clock;       // default: the system clock
        std::function<QString()> newId;         // idempotency keys; default: random UUIDs
        int busyTimeoutMs = 5000;               // how long to wait for another program's lock
        bool readOnly = false;                  // open for reading only: no migration, no write
        int schemaVersion = 0;                  // migrate only up to this version (fixtures); 0 = latest
        SearchPlan searchPlan;                  // how a search is read (ListReader)
        // SQLite's page cache for this connection, in KiB; 0 keeps SQLite's 2 MB. The case list's reader
        // takes more: a search walks rows all over the search index, and reading each page from the system's
        // cache again costs more than the check (bench/README.md).
        int cacheKiB = 0;
        // Pre-migration and before-restore copies kept beside the database, the newest first; older ones are
        // removed (and logged) on open. 0 keeps all. The setting "store.keep-copies" overrides it.
        int keepSafetyCopies = 5;
        std::function<bool(qint64 pid)> isProcessAlive; // the sync lease's check; default: this host's
    };

    Store();
    explicit Store(Options options);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Opens (creating it and its folder when missing) and upgrades the database. On failure the error says
    // why, and the file is left as it was.
    StoreResult<void> open(const QString &path);
    void close();
    bool isOpen() const;
    bool isReadOnly() const;
    QString path() const;
    int schemaVersion() const;
    static int latestSchemaVersion();
    QSqlDatabase database() const; // for tests and diagnostics

    // --- Writing: each call is one transaction.
    StoreResult<ChangeResult> apply(const ChangeSet &changes);

    enum class ConflictChoice { KeepLocal, TakeServer };
    StoreResult<void> resolveConflict(const QString &code, ConflictChoice choice);

    // The right to push from this database (Outbox): one sync engine at a time, across processes. `lease`
    // names the owner, process and host; on Acquired its token, since and expiry are filled in; on Busy,
    // `holder` says who has it.
    using LeaseOutcome = Outbox::LeaseOutcome;
    StoreResult<LeaseOutcome> acquireSyncLease(SyncLease &lease, int ttlSeconds, SyncLease *holder = nullptr);
    // Fails when the lease is no longer `token`'s (Invalid: it expired and was taken over), or on
    // a database error.
    StoreResult<void> renewSyncLease(const QString &token, int ttlSeconds);
    StoreResult<void> releaseSyncLease(const QString &token);
    StoreResult<SyncLease> syncLease();

    // The outbox, for the sync layer. Every transition names the lease it is made under and is refused
    // (StoreError::Kind::Invalid) when the entry is not in the state it expects or is not that lease's copy:
    // queued -> sent only for the live lease holder; sent -> pushed | failed | queued only for that copy.
    StoreResult<QList<OutboxEntry>> dueOutbox(const QDateTime &now, int limit = 100);
    StoreResult<void> markSent(qint64 outboxId, const QString &leaseToken);
    // The server now has what markSent saw go out: that becomes the server's copy of the dossier.
    StoreResult<void> markPushed(qint64 outboxId, const QString &leaseToken, const QString &serverMessage);
    // A transient failure is retried at nextAttempt; a permanent one marks the dossier failed. `uncertain`:
    // the gateway may have stored it (no answer, or none we could read).
    StoreResult<void> markPushFailed(qint64 outboxId, const QString &leaseToken, const QString &serverMessage,
                                     const QDateTime &nextAttempt, bool permanent, bool uncertain = false);
    // Entries a holder that is gone left "sent" go back to pending, due now, marked uncertain, with
    // `message`; their dossiers and steps become ready again. Only for the live lease `leaseToken` (none is
    // taken back for a lease not held). Answers how many.
    StoreResult<int> reclaimStrandedOutbox(const QString &leaseToken, const QString &message);
    // The gateway was asked about an uncertain pending entry: it does not have it (send it again).
    StoreResult<void> clearOutboxUncertainty(qint64 outboxId);
    // The outbox for people (the sync panel): every entry not done, and the `recentDone` latest done ones
    // (-1: all of them); newest first.
    StoreResult<QList<OutboxEntry>> outboxEntries(int recentDone = -1);
    // The entries in one state, oldest first.
    StoreResult<QList<OutboxEntry>> outboxEntries(OutboxEntry::State state);
    // How many entries are still to go (pending or sent).
    StoreResult<qint64> queuedOutboxCount();
    // A waiting or refused entry goes out with the next push, due now; its dossier or step is ready again.
    // Anything else (sent, done, unknown) is refused with StoreError::Kind::Invalid or NotFound.
    StoreResult<void> retryOutbox(qint64 outboxId);
    // A waiting or refused entry leaves the outbox, audited. Nothing is lost: the dossier keeps its local
    // version, as a draft (or ready, while another push of it is still queued); a step becomes a draft.
    StoreResult<void> discardOutbox(qint64 outboxId);

    // Pulled items that could not be read (PullQuarantine): kept verbatim until an officer dismisses them;
    // the pull of their service and area does not move its watermark past the oldest one waiting.
    StoreResult<void> quarantine(const QList<QuarantinedItem> &items);
    StoreResult<QList<QuarantinedItem>> quarantinedItems();
    StoreResult<void> dismissQuarantined(qint64 id); // NotFound when no such item is waiting
    // The start of the oldest window with an item waiting for `service` and `area`; invalid when none.
    StoreResult<QDateTime> oldestQuarantinedWindow(const QString &service, const QString &area);

    StoreResult<QString> watermark(const QString &service, const QString &area);
    StoreResult<void> setWatermark(const QString &service, const QString &area, const QString &value);
    StoreResult<QString> setting(const QString &key);
    // Setting a DeadlineSettings key recomputes every computed deadline in the same transaction.
    StoreResult<void> setSetting(const QString &key, const QString &value);
    // The deadline rules of this database: the shipped ones with its administrator's settings applied.
    const DeadlineRules &deadlineRules() const;

    // --- Reading.
    StoreResult<StoredDossier> dossier(const QString &code);
    StoreResult<QList<StoredStep>> steps(const QString &code); // in time order
    // Which of `codes` are stored as a final result (LoaiDuLieu 100): a registration pulled again after its
    // result, in the overlap of two pulls, must not take the dossier back. Codes not stored are left out.
    StoreResult<QSet<QString>> finalResultCodes(const QStringList &codes);
    // Which of `codes` have local edits the server has not accepted yet: a pulled copy of one of these may
    // only be our own push coming back.
    StoreResult<QSet<QString>> codesWithLocalEdits(const QStringList &codes);
    // Which of `codes` have at least one step entered here: those come back from the server once pushed.
    StoreResult<QSet<QString>> codesWithLocalSteps(const QStringList &codes);
    StoreResult<QList<AuditEntry>> auditTrail(const QString &code);
    StoreResult<ListPage> list(const ListQuery &query);
    StoreResult<qint64> count(const ListFilter &filter);
    // A report counted in SQL (ReportReader); interrupt() stops it from another thread, `progress` between
    // its statements (then it answers an Interrupted error).
    StoreResult<ReportResult> report(const ReportQuery &query, const ReportReader::Progress &progress = {});
    // Stops the list or count running on this store's connection now, from any thread (it then fails with
    // an "interrupted" error); does nothing when none runs. For a reader whose answer is no longer wanted:
    // the case list's worker, when the officer has typed on.
    void interrupt();
    StoreResult<QList<OutboxEntry>> outbox(const QString &code);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace btxh
