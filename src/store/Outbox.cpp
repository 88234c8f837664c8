// SPDX-License-Identifier: GPL-3.0-or-later
#include "Outbox.h"

#include "AuditWriter.h"
#include "DossierReader.h"
#include "DossierWriter.h"
#include "ExtentStorage.h"
#include "ServerCopy.h"
#include "StoreColumns.h"
#include "StoreConnection.h"
#include "StoreLog.h"
#include "StoreSchema.h"

namespace btxh {

namespace {

OutboxEntry::Kind outboxKindFrom(const QString &s) {
    if (s == u"progress")
        return OutboxEntry::Kind::Progress;
    if (s == u"final-result")
        return OutboxEntry::Kind::FinalResult;
    return OutboxEntry::Kind::NewDossier;
}

OutboxEntry::State outboxStateFrom(const QString &s) {
    if (s == u"sent")
        return OutboxEntry::State::Sent;
    if (s == u"done")
        return OutboxEntry::State::Done;
    if (s == u"failed")
        return OutboxEntry::State::Failed;
    return OutboxEntry::State::Pending;
}

// The columns entryFrom() reads, in its order; every outbox SELECT starts with them.
constexpr char OutboxColumns[] = "SELECT id, kind, dossier_code, step_id, idempotency_key, state, attempts, "
                                 "next_attempt_at, last_message, created_at, uncertain_since";

OutboxEntry entryFrom(const QSqlQuery &q) {
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.kind = outboxKindFrom(q.value(1).toString());
    e.dossierCode = q.value(2).toString();
    e.stepId = q.value(3).toLongLong();
    e.idempotencyKey = q.value(4).toString();
    e.state = outboxStateFrom(q.value(5).toString());
    e.attempts = q.value(6).toInt();
    e.nextAttemptAt = StoreSchema::fromIso(q.value(7));
    e.lastMessage = q.value(8).toString();
    e.createdAt = StoreSchema::fromIso(q.value(9));
    e.uncertainSince = StoreSchema::fromIso(q.value(10));
    return e;
}

} // namespace

QString OutboxEntry::kindName(Kind kind) {
    switch (kind) {
    case Kind::NewDossier:
        return QStringLiteral("new-dossier");
    case Kind::Progress:
        return QStringLiteral("progress");
    case Kind::FinalResult:
        return QStringLiteral("final-result");
    }
    return {};
}

QString OutboxEntry::stateName(State state) {
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Sent:
        return QStringLiteral("sent");
    case State::Done:
        return QStringLiteral("done");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

Outbox::Outbox(StoreConnection &connection, OutboxMachine &machine, DossierReader &reader, AuditWriter &audit)
    : m_connection(connection)
    , m_machine(machine)
    , m_reader(reader)
    , m_audit(audit) {}

void Outbox::clear() {
    m_sentCopies.clear();
}

OutboxMachine::Target Outbox::require(const std::optional<OutboxMachine::Target> &t, qint64 outboxId,
                                      const QString &refusal) {
    if (t)
        return *t;
    m_machine.refuse(outboxId, refusal);
}

StoreResult<Outbox::LeaseOutcome> Outbox::acquireLease(SyncLease &lease, int ttlSeconds, SyncLease *holder) {
    LeaseOutcome outcome = LeaseOutcome::Busy;
    bool asked = false;
    const StoreResult<void> ok = m_connection.write([&] {
        asked = true;
        outcome = m_machine.acquireLease(lease, ttlSeconds, holder);
    });
    if (!ok) {
        if (asked) // a session lock it took outlives the transaction that rolled back
            m_machine.abandonSessionLock();
        return ok.error();
    }
    return outcome;
}

StoreResult<void> Outbox::renewLease(const QString &token, int ttlSeconds) {
    return m_connection.write([&] {
        if (!m_machine.renewLease(token, ttlSeconds))
            throw WriteFailure{StoreError::make(
                StoreError::Kind::Invalid,
                tr("The right to send from this database expired and another sync took it over."))};
    });
}

StoreResult<void> Outbox::releaseLease(const QString &token) {
    return m_connection.write([&] { m_machine.releaseLease(token); });
}

StoreResult<SyncLease> Outbox::lease() {
    try {
        if (std::optional<SyncLease> l = m_machine.currentLease())
            return *l;
    } catch (const WriteFailure &f) {
        return m_connection.fail(f.error);
    }
    return StoreError::make(StoreError::Kind::NotFound, tr("No sync holds the right to send."));
}

StoreResult<QList<OutboxEntry>> Outbox::read(const QString &where, const QVariantList &values) {
    QSqlQuery q(m_connection.db);
    q.setForwardOnly(true);
    if (!q.prepare(QLatin1StringView(OutboxColumns) + QStringLiteral(" FROM outbox ") + where))
        return m_connection.fail(q.lastError());
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec())
        return m_connection.fail(q.lastError());
    QList<OutboxEntry> out;
    while (q.next())
        out << entryFrom(q);
    return out;
}

StoreResult<QList<OutboxEntry>> Outbox::due(const QDateTime &now, int limit) {
    return read(
        QStringLiteral("WHERE state = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ?) "
                       "ORDER BY id LIMIT ?"),
        {StoreSchema::isoTime(now), limit});
}

StoreResult<QList<OutboxEntry>> Outbox::entriesOf(const QString &code) {
    return read(QStringLiteral("WHERE dossier_code = ? ORDER BY id"), {code.trimmed()});
}

StoreResult<QList<OutboxEntry>> Outbox::entries(int recentDone) {
    return read(QStringLiteral("WHERE state != 'done' OR id IN (SELECT id FROM outbox WHERE state = 'done' "
                               "ORDER BY id DESC LIMIT ?) ORDER BY id DESC"),
                {recentDone < 0 ? m_connection.dialect.noLimit() : QVariant(recentDone)});
}

StoreResult<QList<OutboxEntry>> Outbox::entries(OutboxEntry::State state) {
    return read(QStringLiteral("WHERE state = ? ORDER BY id"), {OutboxEntry::stateName(state)});
}

StoreResult<qint64> Outbox::queuedCount() {
    QSqlQuery q(m_connection.db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE state IN ('pending', 'sent')")) ||
        !q.exec() || !q.next())
        return m_connection.fail(q.lastError());
    return q.value(0).toLongLong();
}

StoreResult<void> Outbox::markSent(qint64 outboxId, const QString &leaseToken) {
    QByteArray sentCopy;
    const StoreResult<void> ok = m_connection.write([&] {
        const OutboxMachine::Target t =
            require(m_machine.claim(outboxId, leaseToken), outboxId,
                    tr("Outbox entry %1 is not queued, or this sync no longer holds the right to send it.")
                        .arg(outboxId));
        if (t.isProgress()) {
            m_connection.run(QStringLiteral("UPDATE steps SET sync_state = 'sent' WHERE id = ?"), {t.stepId});
            return;
        }
        // The sync engine sends the dossier as it reads it just before this call.
        if (const StoreResult<StoredDossier> current = m_reader.dossier(t.code))
            sentCopy = DossierWriter::wireJson(current->dossier);
        else if (current.error().kind != StoreError::Kind::NotFound)
            throw WriteFailure{current.error()};
        m_connection.run(
            QStringLiteral("UPDATE dossiers SET sync_state = 'sent', updated_at = ? WHERE code = ? "
                           "AND sync_state IN ('ready', 'failed')"),
            {StoreSchema::isoTime(m_connection.now()), t.code});
    });
    if (ok && !sentCopy.isEmpty())
        m_sentCopies.insert(outboxId, sentCopy);
    return ok;
}

StoreResult<void> Outbox::markPushed(qint64 outboxId, const QString &leaseToken,
                                     const QString &serverMessage) {
    const StoreResult<void> ok = m_connection.write([&] {
        const OutboxMachine::Target t = require(
            m_machine.settle(outboxId, leaseToken, OutboxMachine::Settlement::Done, serverMessage), outboxId,
            tr("Outbox entry %1 was not sent by this sync, or was settled already.").arg(outboxId));
        if (t.isProgress()) {
            m_connection.run(QStringLiteral("UPDATE steps SET sync_state = 'synced' WHERE id = ?"),
                             {t.stepId});
            return;
        }
        // Edits made while the push was in flight are queued again: leave those dossiers as they are.
        const int changed = m_connection.run(
            QStringLiteral(
                "UPDATE dossiers SET sync_state = 'synced', has_local_edits = 0, last_message = ?, "
                "updated_at = ? WHERE code = ? AND sync_state = 'sent' AND NOT EXISTS (SELECT 1 FROM "
                "outbox WHERE outbox.dossier_code = dossiers.code AND outbox.state = 'pending' AND "
                "outbox.kind != 'progress')"),
            {serverMessage, StoreSchema::isoTime(m_connection.now()), t.code});
        // The server now has exactly what we sent: that is its copy from here on, so that pulling it back
        // (even after further local edits) is not taken for a change on the server.
        QByteArray sent = m_sentCopies.value(outboxId);
        if (sent.isEmpty() && changed > 0) {
            // Not sent through this connection, and not edited since: the current version is what went.
            const StoreResult<StoredDossier> current = m_reader.dossier(t.code);
            if (!current)
                throw WriteFailure{current.error()};
            sent = DossierWriter::wireJson(current->dossier);
        }
        if (sent.isEmpty())
            return;
        if (m_connection.version < columns::LeanSchemaVersion) {
            m_connection.run(QStringLiteral("UPDATE dossiers SET server_json = ?, server_hash = ?, "
                                            "server_received_at = ? WHERE code = ?"),
                             {QString::fromUtf8(sent), StoreSchema::digest(sent),
                              StoreSchema::isoTime(m_connection.now()), t.code});
            return;
        }
        // The documents' XML may have been kept as the old copy's: chosen again against the new one.
        const StoreResult<StoredDossier> current = m_reader.dossier(t.code);
        if (!current)
            throw WriteFailure{current.error()};
        const ExtentStorage::Kept extent = ExtentStorage::keep(current->dossier, sent);
        m_connection.run(QStringLiteral("UPDATE dossiers SET server_copy = ?, server_hash = ?, "
                                        "server_received_at = ?, %1 = ?, extent_source = ? WHERE code = ?")
                             .arg(columns::of(DossierField::CertificateExtentData)),
                         {ServerCopy::encode(sent, ServerCopy::Kind::Dossier), StoreSchema::digest(sent),
                          StoreSchema::isoTime(m_connection.now()), extent.column, int(extent.source),
                          t.code});
    });
    if (ok)
        m_sentCopies.remove(outboxId);
    return ok;
}

StoreResult<void> Outbox::markPushFailed(qint64 outboxId, const QString &leaseToken,
                                         const QString &serverMessage, const QDateTime &nextAttempt,
                                         bool permanent, bool uncertain) {
    m_sentCopies.remove(outboxId); // not the server's copy; a retry is seen again when it goes
    return m_connection.write([&] {
        const OutboxMachine::Target t = require(
            m_machine.settle(outboxId, leaseToken,
                             permanent ? OutboxMachine::Settlement::Failed
                                       : OutboxMachine::Settlement::Pending,
                             serverMessage, nextAttempt, uncertain && !permanent),
            outboxId, tr("Outbox entry %1 was not sent by this sync, or was settled already.").arg(outboxId));
        const QString state = permanent ? QStringLiteral("failed") : QStringLiteral("ready");
        if (t.isProgress())
            m_connection.run(QStringLiteral("UPDATE steps SET sync_state = ? WHERE id = ?"),
                             {state, t.stepId});
        else
            m_connection.run(
                QStringLiteral("UPDATE dossiers SET sync_state = ?, last_message = ?, updated_at = ? WHERE "
                               "code = ? AND sync_state IN ('ready', 'sent', 'failed')"),
                {state, serverMessage, StoreSchema::isoTime(m_connection.now()), t.code});
    });
}

StoreResult<int> Outbox::reclaimStranded(const QString &leaseToken, const QString &message) {
    QList<OutboxMachine::Target> items;
    const StoreResult<void> ok = m_connection.write([&] {
        items = m_machine.reclaimStranded(leaseToken, message);
        const QString at = StoreSchema::isoTime(m_connection.now());
        for (const OutboxMachine::Target &t : std::as_const(items)) {
            if (t.isProgress())
                m_connection.run(QStringLiteral("UPDATE steps SET sync_state = 'ready' WHERE id = ?"),
                                 {t.stepId});
            else
                m_connection.run(
                    QStringLiteral(
                        "UPDATE dossiers SET sync_state = 'ready', last_message = ?, updated_at = ? "
                        "WHERE code = ? AND sync_state IN ('ready', 'sent', 'failed')"),
                    {message, at, t.code});
        }
    });
    if (!ok)
        return ok.error();
    if (!items.isEmpty())
        qCInfo(lcStore) << items.size() << "outbox item(s) a stopped sync left sent queued again, uncertain";
    return int(items.size());
}

StoreResult<void> Outbox::clearUncertainty(qint64 outboxId) {
    return m_connection.write([&] { m_machine.clearUncertain(outboxId); });
}

StoreResult<void> Outbox::retry(qint64 outboxId) {
    return m_connection.write([&] {
        const QString at = StoreSchema::isoTime(m_connection.now());
        const OutboxMachine::Target t = m_machine.retry(
            outboxId,
            tr("Outbox entry %1 is being sent or was sent already: it cannot be retried.").arg(outboxId));
        if (t.isProgress())
            m_connection.run(
                QStringLiteral("UPDATE steps SET sync_state = 'ready' WHERE id = ? AND sync_state "
                               "IN ('failed', 'ready')"),
                {t.stepId});
        else
            m_connection.run(
                QStringLiteral("UPDATE dossiers SET sync_state = 'ready', updated_at = ? WHERE code "
                               "= ? AND sync_state IN ('failed', 'ready')"),
                {at, t.code});
        qCInfo(lcStore) << "outbox entry" << outboxId << "of" << t.code << "queued again";
    });
}

StoreResult<void> Outbox::discard(qint64 outboxId) {
    return m_connection.write([&] {
        const QString at = StoreSchema::isoTime(m_connection.now());
        const OutboxMachine::Target t = m_machine.discard(
            outboxId,
            tr("Outbox entry %1 is being sent or was sent already: it cannot be discarded.").arg(outboxId));
        if (t.isProgress()) {
            m_connection.run(QStringLiteral("UPDATE steps SET sync_state = 'draft' WHERE id = ?"),
                             {t.stepId});
        } else {
            // The local version stays, marked as not on the server: a draft, unless another push of the
            // dossier is still queued (ready) or refused (failed). One in flight decides for itself.
            m_connection.run(
                QStringLiteral(
                    "UPDATE dossiers SET sync_state = CASE "
                    "WHEN EXISTS (SELECT 1 FROM outbox WHERE outbox.dossier_code = dossiers.code AND "
                    "outbox.kind != 'progress' AND outbox.state = 'failed') THEN 'failed' "
                    "WHEN EXISTS (SELECT 1 FROM outbox WHERE outbox.dossier_code = dossiers.code AND "
                    "outbox.kind != 'progress' AND outbox.state = 'pending') THEN 'ready' "
                    "ELSE 'draft' END, has_local_edits = 1, updated_at = ? "
                    "WHERE code = ? AND sync_state IN ('draft', 'ready', 'failed') AND NOT EXISTS (SELECT 1 "
                    "FROM outbox WHERE outbox.dossier_code = dossiers.code AND outbox.kind != 'progress' "
                    "AND outbox.state = 'sent')"),
                {at, t.code});
        }
        m_audit.record(t.code, QStringLiteral("sync"), QStringLiteral("outbox"), t.kind + u' ' + t.state,
                       QStringLiteral("discarded"));
        qCInfo(lcStore) << "outbox entry" << outboxId << "of" << t.code << "discarded";
    });
}

} // namespace btxh
