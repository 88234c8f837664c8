// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxMachine.h"

#include "StoreConnection.h"
#include "StoreLog.h"
#include "StoreSchema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QUuid>

namespace btxh {

namespace {

constexpr char LeaseName[] = "push";
// The session advisory lock of the one sync of an office's PostgreSQL database ("BTXH" and 2).
constexpr qint64 SyncLockKey = 0x4254584802;

// enqueue()'s statements.
enum Queued { FindPending, Insert, Touch, DropPending };

QString queuedSql(int which, const SqlDialect &dialect) {
    switch (which) {
    case FindPending:
        return QStringLiteral(
                   "SELECT id FROM outbox WHERE dossier_code = ? AND kind = ? AND state = 'pending' "
                   "AND %1 LIMIT 1")
            .arg(dialect.isSameAs(QStringLiteral("step_id"), QStringLiteral("?")));
    case Insert:
        return QStringLiteral(
            "INSERT INTO outbox (kind, dossier_code, step_id, idempotency_key, state, attempts, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, 'pending', 0, ?, ?)");
    case Touch:
        return QStringLiteral("UPDATE outbox SET updated_at = ?, next_attempt_at = NULL WHERE id = ?");
    default:
        return QStringLiteral("DELETE FROM outbox WHERE dossier_code = ? AND state = 'pending' AND kind IN "
                              "('new-dossier', 'final-result')");
    }
}

QVariant orNull(const QDateTime &t) {
    return t.isValid() ? QVariant(StoreSchema::isoTime(t)) : QVariant();
}

QString settlementName(OutboxMachine::Settlement s) {
    switch (s) {
    case OutboxMachine::Settlement::Done:
        return QStringLiteral("done");
    case OutboxMachine::Settlement::Failed:
        return QStringLiteral("failed");
    case OutboxMachine::Settlement::Pending:
        break;
    }
    return QStringLiteral("pending");
}

} // namespace

OutboxMachine::OutboxMachine(const StoreConnection &connection)
    : m_connection(connection) {}

OutboxMachine::~OutboxMachine() = default;

void OutboxMachine::clear() {
    for (auto &s : m_statements)
        s.reset();
    m_sessionLock = false; // ended with the connection
    m_sessionLockTaken = false;
}

bool OutboxMachine::takeSessionLock() {
    m_sessionLockTaken = false;
    if (m_sessionLock)
        return true;
    QSqlQuery q(m_connection.db);
    if (!q.exec(QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(SyncLockKey)) || !q.next())
        m_connection.raise(q);
    m_sessionLock = m_sessionLockTaken = q.value(0).toBool();
    return m_sessionLock;
}

void OutboxMachine::abandonSessionLock() {
    if (!m_sessionLockTaken)
        return;
    QSqlQuery q(m_connection.db);
    q.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(SyncLockKey));
    m_sessionLock = m_sessionLockTaken = false;
}

SyncLease SyncLease::here(const QString &owner) {
    SyncLease l;
    l.owner = owner;
    l.pid = QCoreApplication::applicationPid();
    l.host = StoreConnection::hostName();
    return l;
}

QString OutboxMachine::nowText() const {
    return StoreSchema::isoTime(m_connection.now());
}

QSqlQuery &OutboxMachine::statement(int which) {
    auto &slot = m_statements[which];
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_connection.db);
        if (!slot->prepare(queuedSql(which, m_connection.dialect))) {
            const QSqlError e = slot->lastError();
            slot.reset();
            m_connection.raise(e);
        }
    }
    return *slot;
}

std::optional<SyncLease> OutboxMachine::currentLease() {
    QSqlQuery q(m_connection.db);
    q.prepare(QStringLiteral("SELECT token, owner, pid, host, acquired_at, expires_at FROM sync_lease "
                             "WHERE name = ?"));
    q.addBindValue(QLatin1StringView(LeaseName));
    m_connection.exec(q);
    if (!q.next())
        return std::nullopt;
    SyncLease l;
    l.token = q.value(0).toString();
    l.owner = q.value(1).toString();
    l.pid = q.value(2).toLongLong();
    l.host = q.value(3).toString();
    l.since = StoreSchema::fromIso(q.value(4));
    l.expiresAt = StoreSchema::fromIso(q.value(5));
    return l;
}

OutboxMachine::LeaseOutcome OutboxMachine::acquireLease(SyncLease &wanted, int ttlSeconds,
                                                        SyncLease *holder) {
    const QDateTime now = m_connection.now();
    // Asked first (PostgreSQL): held by no session before, the lease's row is a gone holder's.
    const bool heldBefore = m_sessionLock;
    const bool sessionGone = !m_connection.dialect.isSqlite() && takeSessionLock() && !heldBefore;
    if (const std::optional<SyncLease> current = currentLease()) {
        const bool expired = !current->expiresAt.isValid() || current->expiresAt <= now;
        const bool deadHere = sessionGone || (current->host == wanted.host && current->pid != wanted.pid &&
                                              !m_connection.processRuns(current->pid).value_or(true));
        const bool ours = current->host == wanted.host && current->pid == wanted.pid &&
                          current->token == wanted.token && !wanted.token.isEmpty();
        if (!expired && !deadHere && !ours) {
            if (holder)
                *holder = *current;
            abandonSessionLock();
            return LeaseOutcome::Busy;
        }
        if (!ours)
            qCInfo(lcStore) << "taking over the sync lease of process" << current->pid
                            << (expired ? "(expired)" : "(no longer running or connected)");
    }
    wanted.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    wanted.since = now;
    wanted.expiresAt = now.addSecs(std::max(1, ttlSeconds));
    m_connection.run(m_connection.dialect.insertOrReplace(
                         QStringLiteral("sync_lease"),
                         {QStringLiteral("name"), QStringLiteral("token"), QStringLiteral("owner"),
                          QStringLiteral("pid"), QStringLiteral("host"), QStringLiteral("acquired_at"),
                          QStringLiteral("renewed_at"), QStringLiteral("expires_at")},
                         {QStringLiteral("name")}),
                     {QLatin1StringView(LeaseName), wanted.token, wanted.owner, wanted.pid, wanted.host,
                      StoreSchema::isoTime(now), StoreSchema::isoTime(now),
                      StoreSchema::isoTime(wanted.expiresAt)});
    return LeaseOutcome::Acquired;
}

bool OutboxMachine::renewLease(const QString &token, int ttlSeconds) {
    const QDateTime now = m_connection.now();
    return m_connection.run(
               QStringLiteral(
                   "UPDATE sync_lease SET renewed_at = ?, expires_at = ? WHERE name = ? AND token = ?"),
               {StoreSchema::isoTime(now), StoreSchema::isoTime(now.addSecs(std::max(1, ttlSeconds))),
                QLatin1StringView(LeaseName), token}) > 0;
}

void OutboxMachine::releaseLease(const QString &token) {
    m_connection.run(QStringLiteral("DELETE FROM sync_lease WHERE name = ? AND token = ?"),
                     {QLatin1StringView(LeaseName), token});
    if (m_sessionLock) {
        m_sessionLockTaken = true;
        abandonSessionLock();
    }
}

void OutboxMachine::enqueue(const QString &code, OutboxEntry::Kind kind, qint64 stepId) {
    const QString kindName = OutboxEntry::kindName(kind);
    const QVariant step = stepId > 0 ? QVariant(stepId) : QVariant();
    QSqlQuery &find = statement(FindPending);
    find.bindValue(0, code);
    find.bindValue(1, kindName);
    find.bindValue(2, step);
    m_connection.exec(find);
    const qint64 existing = find.next() ? find.value(0).toLongLong() : 0;
    find.finish();
    const QString at = nowText();
    if (existing > 0) {
        // Still waiting to go: the push will carry the latest version under the same key.
        QSqlQuery &touch = statement(Touch);
        touch.bindValue(0, at);
        touch.bindValue(1, existing);
        m_connection.exec(touch);
        return;
    }
    QSqlQuery &insert = statement(Insert);
    insert.bindValue(0, kindName);
    insert.bindValue(1, code);
    insert.bindValue(2, step);
    insert.bindValue(3, m_connection.newId());
    insert.bindValue(4, at);
    insert.bindValue(5, at);
    m_connection.exec(insert);
}

void OutboxMachine::dropPendingDossierPushes(const QString &code) {
    QSqlQuery &q = statement(DropPending);
    q.bindValue(0, code);
    m_connection.exec(q);
}

QList<OutboxMachine::Target> OutboxMachine::transition(const QString &sql, const QVariantList &values) {
    QSqlQuery q(m_connection.db);
    if (!q.prepare(sql + QStringLiteral(" RETURNING kind, dossier_code, step_id, state")))
        m_connection.raise(q);
    for (const QVariant &v : values)
        q.addBindValue(v);
    m_connection.exec(q);
    QList<Target> out;
    while (q.next())
        out.append(Target{q.value(0).toString(), q.value(1).toString(), q.value(2), q.value(3).toString()});
    return out;
}

std::optional<OutboxMachine::Target> OutboxMachine::claim(qint64 outboxId, const QString &token) {
    const QString now = nowText();
    const QList<Target> t = transition(
        QStringLiteral(
            "UPDATE outbox SET state = 'sent', sent_by = ?, sent_at = ?, attempts = attempts + 1, "
            "updated_at = ? WHERE id = ? AND state = 'pending' AND EXISTS (SELECT 1 FROM sync_lease "
            "WHERE name = ? AND token = ? AND expires_at > ?)"),
        {token, now, now, outboxId, QLatin1StringView(LeaseName), token, now});
    return t.isEmpty() ? std::nullopt : std::optional<Target>(t.constFirst());
}

std::optional<OutboxMachine::Target> OutboxMachine::settle(qint64 outboxId, const QString &token,
                                                           Settlement to, const QString &message,
                                                           const QDateTime &nextAttempt, bool uncertain) {
    // An uncertain entry remembers when it went out: the gateway is asked from then on.
    const QList<Target> t = transition(
        QStringLiteral(
            "UPDATE outbox SET state = ?, last_message = ?, next_attempt_at = ?, updated_at = ?, "
            "sent_by = NULL, uncertain_since = CASE WHEN ? THEN coalesce(uncertain_since, sent_at) "
            "ELSE NULL END WHERE id = ? AND state = 'sent' AND sent_by = ?"),
        {settlementName(to), message, orNull(nextAttempt), nowText(), uncertain && to == Settlement::Pending,
         outboxId, token});
    return t.isEmpty() ? std::nullopt : std::optional<Target>(t.constFirst());
}

QList<OutboxMachine::Target> OutboxMachine::reclaimStranded(const QString &token, const QString &message) {
    const QString now = nowText();
    return transition(
        QStringLiteral("UPDATE outbox SET state = 'pending', last_message = ?, next_attempt_at = NULL, "
                       "updated_at = ?, uncertain_since = coalesce(uncertain_since, sent_at, updated_at), "
                       "sent_by = NULL WHERE state = 'sent' AND (sent_by IS NULL OR sent_by != ?) AND EXISTS "
                       "(SELECT 1 FROM sync_lease WHERE name = ? AND token = ? AND expires_at > ?)"),
        {message, now, token, QLatin1StringView(LeaseName), token, now});
}

void OutboxMachine::clearUncertain(qint64 outboxId) {
    m_connection.run(
        QStringLiteral("UPDATE outbox SET uncertain_since = NULL WHERE id = ? AND state = 'pending'"),
        {outboxId});
}

OutboxMachine::Target OutboxMachine::retry(qint64 outboxId, const QString &refusal) {
    const QList<Target> t = transition(
        QStringLiteral(
            "UPDATE outbox SET state = 'pending', next_attempt_at = NULL, updated_at = ? WHERE id = ? "
            "AND state IN ('pending', 'failed')"),
        {nowText(), outboxId});
    if (t.isEmpty())
        refuse(outboxId, refusal);
    return t.constFirst();
}

OutboxMachine::Target OutboxMachine::discard(qint64 outboxId, const QString &refusal) {
    const QList<Target> t = transition(
        QStringLiteral("DELETE FROM outbox WHERE id = ? AND state IN ('pending', 'failed')"), {outboxId});
    if (t.isEmpty())
        refuse(outboxId, refusal);
    return t.constFirst();
}

void OutboxMachine::refuse(qint64 outboxId, const QString &refusal) {
    QSqlQuery q(m_connection.db);
    q.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE id = ?"));
    q.bindValue(0, outboxId);
    m_connection.exec(q);
    if (!q.next())
        throw WriteFailure{StoreError::make(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("Store", "There is no outbox entry %1.").arg(outboxId))};
    throw WriteFailure{StoreError::make(StoreError::Kind::Invalid, refusal)};
}

} // namespace btxh
