// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoredDossier.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <memory>
#include <optional>

namespace btxh {

class StoreConnection;

// Who holds (or wants) the right to push from one database: one sync engine at a time, across processes.
struct SyncLease {
    QString token;  // secret to the holder; every transition it makes names it
    QString owner;  // "btxh sync", "btxh-desktop" and the user, for "another sync is running"
    qint64 pid = 0; // of the holder's process
    QString host;   // where that process runs
    QDateTime since;
    QDateTime expiresAt;

    bool isValid() const { return !token.isEmpty(); }
    // A lease to ask for, for this process on this host.
    static SyncLease here(const QString &owner);
};

// The outbox's state machine and the lease that guards it: the only code that changes an outbox entry's
// state. Every statement runs inside the caller's write transaction (a database error unwinds it, as
// StoreConnection::exec does) and is conditional, so two engines on one database, or a stale one coming back,
// cannot both send an item or settle another's copy:
//
//     (local change) --enqueue--> pending --claim (lease holder)--> sent
//     sent --settle (the same lease's copy)--> done | failed | pending
//     pending | failed --retry--> pending;  pending | failed --discard--> (gone)
//
// An entry left sent by a holder that is gone (its lease expired, or its process is dead on this host) is
// "stranded": the next holder puts it back to pending marked uncertain (the gateway may or may not have it),
// so the sync engine can check before sending it again where a repeat would not be harmless.
class OutboxMachine {
public:
    // The entry a transition touched and what it stands for.
    struct Target {
        QString kind;
        QString code;
        QVariant stepId; // progress entries only
        QString state;   // as the statement left it; for a discard, the state the entry had
        bool isProgress() const { return kind == u"progress"; }
    };
    enum class LeaseOutcome { Acquired, Busy };
    enum class Settlement { Done, Failed, Pending };

    // The connection's options say whether a process of this host still runs (injected for tests); a lease
    // of a dead process on this host is taken over at once, one of another host only when it expired.
    explicit OutboxMachine(const StoreConnection &connection);
    ~OutboxMachine();
    void clear(); // the connection closed: forget its prepared statements

    // Takes the lease for `wanted.owner/pid/host` (filling in token, since, expiresAt) when it is free,
    // expired or held by a dead process here; otherwise Busy with `holder` filled in.
    //
    // On an office's PostgreSQL database the holder is on another machine as often as not, where its process
    // cannot be asked after: there the lease row comes with a session advisory lock on the holder's
    // connection, which the server ends with that connection — a killed client's, or one whose machine went
    // away, once the server notices. A lease whose lock nobody holds is taken over at once, like a dead
    // process's here; one whose lock is held waits for its expiry, as on SQLite.
    LeaseOutcome acquireLease(SyncLease &wanted, int ttlSeconds, SyncLease *holder);
    // After the transaction of acquireLease() rolled back: the session lock it took is let go.
    void abandonSessionLock();
    // False when `token` no longer holds the lease: it expired and someone took it over.
    bool renewLease(const QString &token, int ttlSeconds);
    // Also lets go of the session lock (PostgreSQL), whoever holds the row now.
    void releaseLease(const QString &token);
    // The current holder, if any (expired or not).
    std::optional<SyncLease> currentLease();

    // A new pending entry for a local change, or, when one is still waiting, that one touched: the push
    // carries the latest version under the same idempotency key.
    void enqueue(const QString &code, OutboxEntry::Kind kind, qint64 stepId);
    // The dossier's waiting pushes (not its steps'): the server has that version, or it became a draft.
    void dropPendingDossierPushes(const QString &code);

    // pending -> sent, only for the live lease `token`; nothing when the entry is not pending or the lease is
    // not held.
    std::optional<Target> claim(qint64 outboxId, const QString &token);
    // sent -> done | failed | pending, only for the copy `token` sent. `uncertain`: whether the gateway may
    // have it although we do not know (a pending entry is then checked before it is sent again).
    std::optional<Target> settle(qint64 outboxId, const QString &token, Settlement to, const QString &message,
                                 const QDateTime &nextAttempt = QDateTime(), bool uncertain = false);
    // Every entry sent under another lease than `token` (which must be live) goes back to pending, uncertain.
    QList<Target> reclaimStranded(const QString &token, const QString &message);
    // Clears the uncertainty of a pending entry once the gateway was asked.
    void clearUncertain(qint64 outboxId);
    // pending | failed -> pending, due now; or the entry leaves the outbox. Refused (WriteFailure: Invalid,
    // with `refusal`; NotFound) when it is in another state or not there.
    Target retry(qint64 outboxId, const QString &refusal);
    Target discard(qint64 outboxId, const QString &refusal);
    // Why a transition found nothing to change: the entry is not there (NotFound) or `refusal` (Invalid).
    [[noreturn]] void refuse(qint64 outboxId, const QString &refusal);

private:
    QString nowText() const;
    // Runs an UPDATE (or DELETE) of the outbox; the entries it changed.
    QList<Target> transition(const QString &sql, const QVariantList &values);
    QSqlQuery &statement(int which);

    // PostgreSQL: takes the sync's session advisory lock unless this connection holds it; whether it has it.
    bool takeSessionLock();

    const StoreConnection &m_connection;
    bool m_sessionLock = false;                 // this connection holds the sync's advisory lock (PostgreSQL)
    bool m_sessionLockTaken = false;            // the last acquireLease() took it
    std::unique_ptr<QSqlQuery> m_statements[4]; // enqueue's, prepared once per connection
};

} // namespace btxh
