// SPDX-License-Identifier: GPL-3.0-or-later
#include "Outbox.h"

#include "StoreLog.h"
#include "StoreSchema.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <csignal>
#endif

namespace btxh {

namespace {

constexpr char LeaseName[] = "push";

QVariant orNull(const QDateTime &t) {
    return t.isValid() ? QVariant(StoreSchema::isoTime(t)) : QVariant();
}

QString settlementName(Outbox::Settlement s) {
    switch (s) {
    case Outbox::Settlement::Done:
        return QStringLiteral("done");
    case Outbox::Settlement::Failed:
        return QStringLiteral("failed");
    case Outbox::Settlement::Pending:
        break;
    }
    return QStringLiteral("pending");
}

} // namespace

Outbox::Outbox(QSqlDatabase db, std::function<QDateTime()> clock, std::function<bool(qint64)> isProcessAlive)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
    , m_alive(isProcessAlive ? std::move(isProcessAlive)
                             : std::function<bool(qint64)>(&Outbox::processAlive)) {}

bool Outbox::processAlive(qint64 pid) {
#if defined(Q_OS_UNIX)
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return true; // only the lease's expiry tells
#endif
}

SyncLease SyncLease::here(const QString &owner) {
    SyncLease l;
    l.owner = owner;
    l.pid = QCoreApplication::applicationPid();
    l.host = Outbox::hostName();
    return l;
}

QString Outbox::hostName() {
    return QSysInfo::machineHostName();
}

QString Outbox::nowText() const {
    return StoreSchema::isoTime(m_clock ? m_clock() : QDateTime::currentDateTimeUtc());
}

bool Outbox::exec(QSqlQuery &q) {
    if (q.exec()) {
        m_error = QSqlError();
        return true;
    }
    m_error = q.lastError();
    qCWarning(lcStore) << "outbox statement failed" << m_error.nativeErrorCode();
    return false;
}

std::optional<SyncLease> Outbox::currentLease() {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT token, owner, pid, host, acquired_at, expires_at FROM sync_lease "
                             "WHERE name = ?"));
    q.addBindValue(QLatin1StringView(LeaseName));
    if (!exec(q) || !q.next())
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

Outbox::LeaseOutcome Outbox::acquireLease(SyncLease &wanted, int ttlSeconds, SyncLease *holder) {
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    const std::optional<SyncLease> current = currentLease();
    if (hasError())
        return LeaseOutcome::Failed;
    if (current) {
        const bool expired = !current->expiresAt.isValid() || current->expiresAt <= now;
        const bool deadHere =
            current->host == wanted.host && current->pid != wanted.pid && !m_alive(current->pid);
        const bool ours = current->host == wanted.host && current->pid == wanted.pid &&
                          current->token == wanted.token && !wanted.token.isEmpty();
        if (!expired && !deadHere && !ours) {
            if (holder)
                *holder = *current;
            return LeaseOutcome::Busy;
        }
        if (!ours)
            qCInfo(lcStore) << "taking over the sync lease of process" << current->pid
                            << (expired ? "(expired)" : "(no longer running)");
    }
    wanted.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    wanted.since = now;
    wanted.expiresAt = now.addSecs(std::max(1, ttlSeconds));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_lease (name, token, owner, pid, host, acquired_at, "
                             "renewed_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(QLatin1StringView(LeaseName)), QVariant(wanted.token), QVariant(wanted.owner),
          QVariant(wanted.pid), QVariant(wanted.host), QVariant(StoreSchema::isoTime(now)),
          QVariant(StoreSchema::isoTime(now)), QVariant(StoreSchema::isoTime(wanted.expiresAt))})
        q.addBindValue(v);
    return exec(q) ? LeaseOutcome::Acquired : LeaseOutcome::Failed;
}

bool Outbox::renewLease(const QString &token, int ttlSeconds, QDateTime *expiresAt) {
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    const QDateTime until = now.addSecs(std::max(1, ttlSeconds));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sync_lease SET renewed_at = ?, expires_at = ? WHERE name = ? AND "
                             "token = ?"));
    q.addBindValue(StoreSchema::isoTime(now));
    q.addBindValue(StoreSchema::isoTime(until));
    q.addBindValue(QLatin1StringView(LeaseName));
    q.addBindValue(token);
    if (!exec(q))
        return false;
    if (q.numRowsAffected() <= 0)
        return false;
    if (expiresAt)
        *expiresAt = until;
    return true;
}

bool Outbox::releaseLease(const QString &token) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM sync_lease WHERE name = ? AND token = ?"));
    q.addBindValue(QLatin1StringView(LeaseName));
    q.addBindValue(token);
    return exec(q);
}

std::optional<QList<Outbox::Target>> Outbox::transition(const QString &sql, const QVariantList &values) {
    QSqlQuery q(m_db);
    q.prepare(sql + QStringLiteral(" RETURNING kind, dossier_code, step_id, state"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!exec(q))
        return std::nullopt;
    QList<Target> out;
    while (q.next())
        out.append(Target{q.value(0).toString(), q.value(1).toString(), q.value(2), q.value(3).toString()});
    return out;
}

std::optional<Outbox::Target> Outbox::claim(qint64 outboxId, const QString &token) {
    const QString now = nowText();
    const std::optional<QList<Target>> t = transition(
        QStringLiteral(
            "UPDATE outbox SET state = 'sent', sent_by = ?, sent_at = ?, attempts = attempts + 1, "
            "updated_at = ? WHERE id = ? AND state = 'pending' AND EXISTS (SELECT 1 FROM sync_lease "
            "WHERE name = ? AND token = ? AND expires_at > ?)"),
        {token, now, now, outboxId, QLatin1StringView(LeaseName), token, now});
    return t && !t->isEmpty() ? std::optional<Target>(t->constFirst()) : std::nullopt;
}

std::optional<Outbox::Target> Outbox::settle(qint64 outboxId, const QString &token, Settlement to,
                                             const QString &message, const QDateTime &nextAttempt,
                                             bool uncertain) {
    // An uncertain entry remembers when it went out: the gateway is asked from then on.
    const std::optional<QList<Target>> t = transition(
        QStringLiteral(
            "UPDATE outbox SET state = ?, last_message = ?, next_attempt_at = ?, updated_at = ?, "
            "sent_by = NULL, uncertain_since = CASE WHEN ? THEN coalesce(uncertain_since, sent_at) "
            "ELSE NULL END WHERE id = ? AND state = 'sent' AND sent_by = ?"),
        {settlementName(to), message, orNull(nextAttempt), nowText(), uncertain && to == Settlement::Pending,
         outboxId, token});
    return t && !t->isEmpty() ? std::optional<Target>(t->constFirst()) : std::nullopt;
}

std::optional<QList<Outbox::Target>> Outbox::reclaimStranded(const QString &token, const QString &message) {
    const QString now = nowText();
    return transition(
        QStringLiteral("UPDATE outbox SET state = 'pending', last_message = ?, next_attempt_at = NULL, "
                       "updated_at = ?, uncertain_since = coalesce(uncertain_since, sent_at, updated_at), "
                       "sent_by = NULL WHERE state = 'sent' AND (sent_by IS NULL OR sent_by != ?) AND EXISTS "
                       "(SELECT 1 FROM sync_lease WHERE name = ? AND token = ? AND expires_at > ?)"),
        {message, now, token, QLatin1StringView(LeaseName), token, now});
}

QDateTime Outbox::uncertainSince(qint64 outboxId) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT uncertain_since FROM outbox WHERE id = ?"));
    q.addBindValue(outboxId);
    if (!exec(q) || !q.next())
        return {};
    return StoreSchema::fromIso(q.value(0));
}

bool Outbox::clearUncertain(qint64 outboxId) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET uncertain_since = NULL WHERE id = ? AND state = 'pending'"));
    q.addBindValue(outboxId);
    return exec(q);
}

} // namespace btxh
