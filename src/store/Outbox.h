// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <optional>

namespace btxh {

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
// state. Every statement runs inside the caller's transaction (Store opens it) and is conditional, so two
// engines on one database, or a stale one coming back, cannot both send an item or settle another's copy:
//
//     pending --claim (lease holder)--> sent --settle (the same lease's copy)--> done | failed | pending
//
// An entry left sent by a holder that is gone (its lease expired, or its process is dead on this host) is
// "stranded": the next holder puts it back to pending marked uncertain (the gateway may or may not have it),
// so the sync engine can check before sending it again where a repeat would not be harmless.
class Outbox {
public:
    // The entry a transition touched and what it stands for.
    struct Target {
        QString kind;
        QString code;
        QVariant stepId; // progress entries only
        QString state;   // as the statement left it
        bool isProgress() const { return kind == u"progress"; }
    };
    enum class LeaseOutcome { Acquired, Busy, Failed };
    enum class Settlement { Done, Failed, Pending };

    // `isProcessAlive(pid)` says whether a process of this host still runs (injected for tests); a lease of a
    // dead process on this host is taken over at once, one of another host only when it expired.
    Outbox(QSqlDatabase db, std::function<QDateTime()> clock,
           std::function<bool(qint64 pid)> isProcessAlive = {});

    // Takes the lease for `wanted.owner/pid/host` (filling in token, since, expiresAt) when it is free,
    // expired or held by a dead process here; otherwise Busy with `holder` filled in.
    LeaseOutcome acquireLease(SyncLease &wanted, int ttlSeconds, SyncLease *holder);
    // False (and no error) when `token` no longer holds the lease: it expired and someone took it over.
    bool renewLease(const QString &token, int ttlSeconds, QDateTime *expiresAt = nullptr);
    bool releaseLease(const QString &token);
    // The current holder, if any (expired or not); nothing with no error when there is none.
    std::optional<SyncLease> currentLease();

    // pending -> sent, only for the live lease `token`. Nothing (no error) when the entry is not pending or
    // the lease is not held.
    std::optional<Target> claim(qint64 outboxId, const QString &token);
    // sent -> done | failed | pending, only for the copy `token` sent. `uncertain`: whether the gateway may
    // have it although we do not know (a pending entry is then checked before it is sent again).
    std::optional<Target> settle(qint64 outboxId, const QString &token, Settlement to, const QString &message,
                                 const QDateTime &nextAttempt = QDateTime(), bool uncertain = false);
    // Every entry sent under another lease than `token` (which must be live) goes back to pending, uncertain.
    std::optional<QList<Target>> reclaimStranded(const QString &token, const QString &message);
    // When the entry was last sent, for an entry whose outcome is unknown (invalid otherwise).
    QDateTime uncertainSince(qint64 outboxId);
    // Clears the uncertainty of a pending entry once the gateway was asked.
    bool clearUncertain(qint64 outboxId);

    const QSqlError &lastError() const { return m_error; }
    bool hasError() const { return m_error.isValid(); }

    static bool processAlive(qint64 pid); // this host's processes; always true where it cannot tell
    static QString hostName();

private:
    QString nowText() const;
    // Runs an UPDATE of the outbox; the entries it changed.
    std::optional<QList<Target>> transition(const QString &sql, const QVariantList &values);
    bool exec(QSqlQuery &q);

    QSqlDatabase m_db;
    std::function<QDateTime()> m_clock;
    std::function<bool(qint64)> m_alive;
    QSqlError m_error;
};

} // namespace btxh
