// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OutboxMachine.h"
#include "StoreResult.h"
#include "StoredDossier.h"

#include <QCoreApplication>
#include <QHash>

namespace btxh {

class AuditWriter;
class DossierReader;
class StoreConnection;

// The outbox, for the sync engine and the sync panel (Store::outbox()): the pushes local changes queued, the
// lease that lets one engine at a time send them, and each entry's way from pending to done, every change
// one transaction that also keeps its dossier's or step's sync state in step. The state machine itself is
// OutboxMachine's.
//
// Every transition names the lease it is made under and is refused (StoreError::Kind::Invalid) when the entry
// is not in the state it expects or is not that lease's copy: queued -> sent only for the live lease holder;
// sent -> pushed | failed | queued only for that copy.
class Outbox {
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    using LeaseOutcome = OutboxMachine::LeaseOutcome;

    Outbox(StoreConnection &connection, OutboxMachine &machine, DossierReader &reader, AuditWriter &audit);

    // The right to push from this database: one sync engine at a time, across processes. `lease` names the
    // owner, process and host; on Acquired its token, since and expiry are filled in; on Busy, `holder` says
    // who has it.
    StoreResult<LeaseOutcome> acquireLease(SyncLease &lease, int ttlSeconds, SyncLease *holder = nullptr);
    // Invalid when the lease is no longer `token`'s: it expired and was taken over.
    StoreResult<void> renewLease(const QString &token, int ttlSeconds);
    StoreResult<void> releaseLease(const QString &token);
    StoreResult<SyncLease> lease(); // NotFound when nobody holds it

    // The entries due by `now`, oldest first.
    StoreResult<QList<OutboxEntry>> due(const QDateTime &now, int limit = 100);
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
    StoreResult<int> reclaimStranded(const QString &leaseToken, const QString &message);
    // The gateway was asked about an uncertain pending entry: it does not have it (send it again).
    StoreResult<void> clearUncertainty(qint64 outboxId);

    // For people (the sync panel): every entry not done, and the `recentDone` latest done ones (-1: all of
    // them); newest first.
    StoreResult<QList<OutboxEntry>> entries(int recentDone = -1);
    StoreResult<QList<OutboxEntry>> entries(OutboxEntry::State state); // oldest first
    StoreResult<QList<OutboxEntry>> entriesOf(const QString &code);    // oldest first
    // How many entries are still to go (pending or sent).
    StoreResult<qint64> queuedCount();
    // A waiting or refused entry goes out with the next push, due now; its dossier or step is ready again.
    // Anything else (sent, done, unknown) is refused with StoreError::Kind::Invalid or NotFound.
    StoreResult<void> retry(qint64 outboxId);
    // A waiting or refused entry leaves the outbox, audited. Nothing is lost: the dossier keeps its local
    // version, as a draft (or ready, while another push of it is still queued); a step becomes a draft.
    StoreResult<void> discard(qint64 outboxId);

    void clear(); // the connection closed

private:
    StoreResult<QList<OutboxEntry>> read(const QString &where, const QVariantList &values);
    OutboxMachine::Target require(const std::optional<OutboxMachine::Target> &t, qint64 outboxId,
                                  const QString &refusal);

    StoreConnection &m_connection;
    OutboxMachine &m_machine;
    DossierReader &m_reader;
    AuditWriter &m_audit;
    // What markSent saw go out for each dossier push in flight (DossierWriter::wireJson), until its answer:
    // an accepted push makes it the server's copy, even when the dossier was edited again meanwhile. An item
    // left "sent" by a program that stopped is sent again, and seen again, by the next run.
    QHash<qint64, QByteArray> m_sentCopies;
};

} // namespace btxh
