#include "OutboxQueries.h"

#include "AppLog.h"
#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace btxh::app {

namespace {

QString isoTime(const QDateTime &t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant &v) {
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

OutboxEntry::Kind kindFrom(const QString &s) {
    if (s == u"progress")
        return OutboxEntry::Kind::Progress;
    if (s == u"final-result")
        return OutboxEntry::Kind::FinalResult;
    return OutboxEntry::Kind::NewDossier;
}

OutboxEntry::State stateFrom(const QString &s) {
    if (s == u"sent")
        return OutboxEntry::State::Sent;
    if (s == u"done")
        return OutboxEntry::State::Done;
    if (s == u"failed")
        return OutboxEntry::State::Failed;
    return OutboxEntry::State::Pending;
}

} // namespace

OutboxQueries::OutboxQueries(Store &store)
    : m_store(store) {}

std::optional<QList<OutboxEntry>> OutboxQueries::entries(int recentDone) const {
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, kind, dossier_code, step_id, idempotency_key, state, attempts, "
                       "next_attempt_at, last_message, created_at FROM outbox WHERE state != 'done' OR id IN "
                       "(SELECT id FROM outbox WHERE state = 'done' ORDER BY id DESC LIMIT ?) "
                       "ORDER BY id DESC"));
    q.bindValue(0, recentDone);
    if (!q.exec()) {
        qCWarning(lcApp) << "cannot read the outbox:" << q.lastError().nativeErrorCode();
        return std::nullopt;
    }
    QList<OutboxEntry> out;
    while (q.next()) {
        OutboxEntry e;
        e.id = q.value(0).toLongLong();
        e.kind = kindFrom(q.value(1).toString());
        e.dossierCode = q.value(2).toString();
        e.stepId = q.value(3).toLongLong();
        e.idempotencyKey = q.value(4).toString();
        e.state = stateFrom(q.value(5).toString());
        e.attempts = q.value(6).toInt();
        e.nextAttemptAt = fromIso(q.value(7));
        e.lastMessage = q.value(8).toString();
        e.createdAt = fromIso(q.value(9));
        out << e;
    }
    return out;
}

bool OutboxQueries::inTransaction(const std::function<bool(QString *)> &work, QString *error) {
    QSqlDatabase db = m_store.database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    if (!work(error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool OutboxQueries::retry(qint64 outboxId, const QDateTime &now, QString *error) {
    return inTransaction(
        [&](QString *why) {
            QSqlQuery q(m_store.database());
            q.prepare(QStringLiteral(
                "UPDATE outbox SET state = 'pending', next_attempt_at = NULL, updated_at = ? "
                "WHERE id = ? AND state IN ('pending', 'failed') RETURNING kind, dossier_code, "
                "step_id"));
            q.bindValue(0, isoTime(now));
            q.bindValue(1, outboxId);
            if (!q.exec()) {
                *why = q.lastError().text();
                return false;
            }
            if (!q.next()) {
                *why = tr("This item is not waiting or refused any more: it cannot be retried.");
                return false;
            }
            const QString kind = q.value(0).toString();
            const QString code = q.value(1).toString();
            const QVariant step = q.value(2);
            q.finish();
            QSqlQuery u(m_store.database());
            if (kind == u"progress") {
                u.prepare(
                    QStringLiteral("UPDATE steps SET sync_state = 'ready' WHERE id = ? AND sync_state IN "
                                   "('failed', 'ready')"));
                u.bindValue(0, step);
            } else {
                u.prepare(
                    QStringLiteral("UPDATE dossiers SET sync_state = 'ready', updated_at = ? WHERE code = ? "
                                   "AND sync_state IN ('failed', 'ready')"));
                u.bindValue(0, isoTime(now));
                u.bindValue(1, code);
            }
            if (!u.exec()) {
                *why = u.lastError().text();
                return false;
            }
            qCInfo(lcApp) << "outbox entry" << outboxId << "of" << code << "queued again";
            return true;
        },
        error);
}

bool OutboxQueries::discard(qint64 outboxId, const QDateTime &now, QString *error) {
    return inTransaction(
        [&](QString *why) {
            QSqlQuery q(m_store.database());
            q.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ? AND state IN ('pending', 'failed') "
                                     "RETURNING kind, dossier_code, step_id"));
            q.bindValue(0, outboxId);
            if (!q.exec()) {
                *why = q.lastError().text();
                return false;
            }
            if (!q.next()) {
                *why = tr("This item is being sent or was sent already: it cannot be discarded.");
                return false;
            }
            const QString kind = q.value(0).toString();
            const QString code = q.value(1).toString();
            const QVariant step = q.value(2);
            q.finish();
            QSqlQuery u(m_store.database());
            if (kind == u"progress") {
                u.prepare(QStringLiteral("UPDATE steps SET sync_state = 'draft' WHERE id = ?"));
                u.bindValue(0, step);
            } else {
                u.prepare(QStringLiteral(
                    "UPDATE dossiers SET sync_state = 'draft', updated_at = ? WHERE code = ? "
                    "AND sync_state IN ('ready', 'failed') AND NOT EXISTS (SELECT 1 FROM outbox "
                    "WHERE outbox.dossier_code = dossiers.code AND outbox.state IN ('pending', "
                    "'sent') AND outbox.kind != 'progress')"));
                u.bindValue(0, isoTime(now));
                u.bindValue(1, code);
            }
            if (!u.exec()) {
                *why = u.lastError().text();
                return false;
            }
            qCInfo(lcApp) << "outbox entry" << outboxId << "of" << code << "discarded";
            return true;
        },
        error);
}

} // namespace btxh::app
