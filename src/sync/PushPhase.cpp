// SPDX-License-Identifier: GPL-3.0-or-later
#include "PushPhase.h"

#include "GatewayClient.h"
#include "OutboxOrder.h"
#include "Store.h"
#include "SyncLog.h"
#include "SyncTime.h"

#include <QLocale>
#include <algorithm>

namespace btxh {

namespace {

constexpr int MaxOutboxRead = 1000000; // the outbox of one office; read whole, to order it

// What a push failure means for the item and for the rest of the run.
enum class PushFailure {
    Gateway,     // how we reach the gateway is wrong (redirect, 403, 404, token refused): stop, keep queued
    Refused,     // the gateway said no (business error, 4xx): final, the item is marked failed
    Unreachable, // nothing or nothing usable came back at the network level: offline
    Unavailable, // 5xx/429 after the client's retries, or a reply we cannot read: retry later
    Credentials, // the key pair or the profile: stop everything
    Cancelled,
};

PushFailure classify(const GatewayError &e) {
    if (e.isGatewayLevel())
        return PushFailure::Gateway;
    switch (e.kind) {
    case GatewayError::Kind::Network:
    case GatewayError::Kind::Timeout:
        return PushFailure::Unreachable;
    case GatewayError::Kind::Configuration:
    case GatewayError::Kind::Unauthorized:
    case GatewayError::Kind::Tls:
        return PushFailure::Credentials;
    case GatewayError::Kind::Cancelled:
        return PushFailure::Cancelled;
    case GatewayError::Kind::Business:
        return PushFailure::Refused;
    case GatewayError::Kind::HttpStatus:
        return e.isTransient() ? PushFailure::Unavailable : PushFailure::Refused;
    case GatewayError::Kind::MalformedReply:
    case GatewayError::Kind::TooLarge:
    case GatewayError::Kind::None:
        // The gateway may or may not have stored the item: send it again later (a repeat is harmless).
        return PushFailure::Unavailable;
    }
    return PushFailure::Unavailable;
}

} // namespace

PushPhase::PushPhase(SyncRun &run, SyncRunHost &host)
    : m_run(run)
    , m_host(host) {
    connect(&m_leaseTimer, &QTimer::timeout, this, &PushPhase::renewLease);
}

PushPhase::~PushPhase() {
    releaseLease();
}

void PushPhase::reset() {
    m_pushQueue.clear();
    m_pushIndex = 0;
    m_consecutivePushFailures = 0;
    m_waitNoted.clear();
    m_leaseWait = QDeadlineTimer(qint64(std::max(0, m_run.options.leaseWaitSeconds)) * 1000);
}

void PushPhase::begin() {
    if (m_run.cancelRequested)
        return m_host.stopWith(SyncReport::Stop::Cancelled);
    if (!m_run.client)
        return m_host.stopWith(SyncReport::Stop::Configuration, tr("No gateway is configured."));

    if (!m_lease.isValid() && !takeLease())
        return; // waiting for the lease, or stopped

    // A run that was killed after sending left its items "sent" without an answer. Only now, holding the
    // lease, can we know that nobody is still waiting for those answers: they are queued again, uncertain.
    const StoreResult<int> stranded = m_run.store->outbox().reclaimStranded(
        m_lease.token, tr("No answer from the gateway before the program stopped; checked and sent again."));
    if (!stranded)
        return m_host.storeFailed(tr("re-queueing an unanswered item"), stranded.error());
    if (*stranded > 0)
        qCInfo(lcSync) << *stranded << "unanswered item(s) from an earlier run queued again";

    const QDateTime due = m_run.options.honourBackoff ? m_run.now() : m_run.now().addYears(100);
    StoreResult<QList<OutboxEntry>> queue = m_run.store->outbox().due(due, MaxOutboxRead);
    if (!queue)
        return m_host.storeFailed(tr("reading the outbox"), queue.error());
    m_pushQueue = *std::move(queue);
    OutboxOrder::sort(m_pushQueue);
    qCInfo(lcSync) << m_pushQueue.size() << "queued item(s) due";
    emitPushProgress();
    pushNext();
}

void PushPhase::emitPushProgress() {
    SyncProgress p;
    p.step = SyncProgress::Step::Pushing;
    p.done = m_pushIndex;
    p.total = m_pushQueue.size();
    p.items = m_run.report.pushed;
    m_host.reportProgress(p);
}

QDateTime PushPhase::nextAttemptAfter(const OutboxEntry &entry) const {
    if (m_run.options.pushBackoffBaseSeconds <= 0)
        return {};
    const int attempts = std::clamp(entry.attempts + 1, 1, 20);
    qint64 delay = qint64(std::max(1, m_run.options.pushBackoffBaseSeconds)) << (attempts - 1);
    delay = std::min<qint64>(delay, std::max(1, m_run.options.pushBackoffMaxSeconds));
    return m_run.now().addSecs(delay);
}

void PushPhase::pushNext() {
    while (true) {
        if (m_run.cancelRequested)
            return m_host.stopWith(SyncReport::Stop::Cancelled);
        if (m_pushIndex >= m_pushQueue.size()) {
            qCInfo(lcSync) << "push done:" << m_run.report.pushed << "pushed," << m_run.report.failed
                           << "failed";
            return m_host.pushDone();
        }
        const OutboxEntry entry = m_pushQueue.at(m_pushIndex);
        const QString code = entry.dossierCode;

        const StoreResult<QList<OutboxEntry>> history = m_run.store->outbox().entriesOf(code);
        if (!history)
            return m_host.storeFailed(tr("reading the outbox"), history.error());
        const OutboxOrder::Wait wait = OutboxOrder::waitFor(entry, *history);
        if (wait != OutboxOrder::Wait::None) {
            // Left queued as it is: it goes with a later run, once what it depends on has been accepted.
            qCInfo(lcSync) << code << OutboxEntry::kindName(entry.kind) << "waits for"
                           << (wait == OutboxOrder::Wait::Dossier ? "its dossier" : "its steps");
            if (!m_waitNoted.contains(code)) {
                m_waitNoted.insert(code);
                m_run.report.messages
                    << (wait == OutboxOrder::Wait::Dossier
                            ? tr("%1: waits until the dossier itself has been accepted.").arg(code)
                            : tr("%1: the final result waits until its processing steps have "
                                 "been accepted.")
                                  .arg(code));
            }
            ++m_pushIndex;
            emitPushProgress();
            continue;
        }

        PushJob *job = nullptr;
        if (entry.kind == OutboxEntry::Kind::Progress) {
            const StoreResult<QList<StoredStep>> steps = m_run.store->steps(code);
            if (!steps)
                return m_host.storeFailed(tr("reading the steps of %1").arg(code), steps.error());
            const auto it = std::find_if(steps->cbegin(), steps->cend(),
                                         [&](const StoredStep &s) { return s.id == entry.stepId; });
            if (it == steps->cend()) {
                if (!failVanished(entry, tr("The step is no longer in the database."),
                                  tr("%1: a queued step is no longer in the database.").arg(code)))
                    return;
                continue;
            }
            if (const StoreResult<void> r = m_run.store->outbox().markSent(entry.id, m_lease.token); !r)
                return transitionRefused(entry, tr("updating the outbox"), r.error());
            if (entry.uncertainSince.isValid())
                return readBack(entry, it->step);
            return sendStep(entry, it->step);
        } else {
            const StoreResult<StoredDossier> stored = m_run.store->dossier(code);
            if (!stored) {
                if (stored.error().kind != StoreError::Kind::NotFound)
                    return m_host.storeFailed(tr("reading dossier %1").arg(code), stored.error());
                if (!failVanished(entry, tr("The dossier is no longer in the database."),
                                  tr("%1: a queued dossier is no longer in the database.").arg(code)))
                    return;
                continue;
            }
            if (stored->syncState == SyncState::Conflict || stored->syncState == SyncState::Draft) {
                // Someone has to choose between the two copies (or fix the draft) first; it stays queued.
                if (!m_waitNoted.contains(code)) {
                    m_waitNoted.insert(code);
                    m_run.report.messages
                        << (stored->syncState == SyncState::Conflict
                                ? tr("%1: not sent while the conflict with the server's copy is "
                                     "unresolved.")
                                      .arg(code)
                                : tr("%1: not sent while it has errors.").arg(code));
                }
                ++m_pushIndex;
                continue;
            }
            if (const StoreResult<void> r = m_run.store->outbox().markSent(entry.id, m_lease.token); !r)
                return transitionRefused(entry, tr("updating the outbox"), r.error());
            // DongBoDVC upserts by MaHoSo: sending again after an unknown outcome stores it once.
            if (entry.kind == OutboxEntry::Kind::FinalResult)
                job = m_run.client->pushResult(stored->dossier);
            else
                job = m_run.client->pushDossier(stored->dossier);
        }
        return watch(entry, job);
    }
}

bool PushPhase::failVanished(const OutboxEntry &entry, const QString &why, const QString &message) {
    if (const StoreResult<void> r = m_run.store->outbox().markSent(entry.id, m_lease.token); !r) {
        transitionRefused(entry, tr("updating the outbox"), r.error());
        return false;
    }
    if (const StoreResult<void> r =
            m_run.store->outbox().markPushFailed(entry.id, m_lease.token, why, QDateTime(), true);
        !r) {
        transitionRefused(entry, tr("updating the outbox"), r.error());
        return false;
    }
    ++m_run.report.failed;
    m_run.report.messages << message;
    ++m_pushIndex;
    return true;
}

void PushPhase::watch(const OutboxEntry &entry, PushJob *job) {
    job->setIdempotencyKey(entry.idempotencyKey);
    // The kill test counts, from these lines, the items a killed run may have left half-sent.
    qCInfo(lcSync) << "sending" << OutboxEntry::kindName(entry.kind) << entry.dossierCode << "key"
                   << entry.idempotencyKey;
    m_run.currentJob = job;
    connect(job, &GatewayJob::finished, this, [this, entry, job] { onPushFinished(entry, job); });
}

void PushPhase::sendStep(const OutboxEntry &entry, const ProcessingStep &step) {
    watch(entry, m_run.client->pushProgress(step));
}

// The gateway may already have this step (an earlier copy's outcome is unknown) and XuLyHoSo would store a
// repeat twice: ask TienTrinhXuLy for the dossier's progress since that copy went, and send only if it is not
// there.
void PushPhase::readBack(const OutboxEntry &entry, const ProcessingStep &step) {
    const StoreResult<StoredDossier> stored = m_run.store->dossier(entry.dossierCode);
    if (!stored && stored.error().kind != StoreError::Kind::NotFound)
        return m_host.storeFailed(tr("reading dossier %1").arg(entry.dossierCode), stored.error());
    Query query;
    if (stored) {
        query.setValue(QueryField::MaTinh, stored->dossier.value(DossierField::MaTinh).trimmed());
        query.setValue(QueryField::MaHuyen, stored->dossier.value(DossierField::MaHuyen).trimmed());
        query.setValue(QueryField::MaXa, stored->dossier.value(DossierField::MaXa).trimmed());
    }
    const int margin = std::max(0, m_run.options.readBackMarginSeconds);
    query.setWindow(SyncTime::wallClock(entry.uncertainSince).addSecs(-margin), m_run.now().addSecs(margin));
    qCInfo(lcSync) << "checking whether the gateway has the step of" << entry.dossierCode << "before sending";
    PullProgressJob *job = m_run.client->pullProgress(query);
    m_run.currentJob = job;
    connect(job, &GatewayJob::finished, this,
            [this, entry, step, job] { onReadBackFinished(entry, step, job); });
}

void PushPhase::onReadBackFinished(const OutboxEntry &entry, const ProcessingStep &step,
                                   PullProgressJob *job) {
    m_run.currentJob = nullptr;
    const PullResult result = job->result();
    if (!result.ok()) {
        ++m_pushIndex;
        GatewayError error = result.error;
        error.outcomeUnknown = true; // still: we could not find out
        if (error.kind == GatewayError::Kind::Business)
            error.kind = GatewayError::Kind::MalformedReply; // a refused read-back says nothing of the step
        return pushFailed(entry, error);
    }
    const QString ours = SyncRun::stepWireKey(step);
    const bool there =
        std::any_of(result.payload.steps.cbegin(), result.payload.steps.cend(), [&](const ProcessingStep &s) {
            return s.dossierCode() == entry.dossierCode && SyncRun::stepWireKey(s) == ours;
        });
    if (!there) {
        qCInfo(lcSync) << "the gateway does not have the step of" << entry.dossierCode << "; sending it";
        return sendStep(entry, step);
    }
    ++m_pushIndex;
    qCInfo(lcSync) << "the gateway already has the step of" << entry.dossierCode << "; not sent again";
    if (const StoreResult<void> r = m_run.store->outbox().markPushed(
            entry.id, m_lease.token, tr("Already on the gateway; not sent again."));
        !r)
        return transitionRefused(entry, tr("recording an accepted item"), r.error());
    ++m_run.report.pushed;
    m_consecutivePushFailures = 0;
    emitPushProgress();
    pushNext();
}

void PushPhase::transitionRefused(const OutboxEntry &entry, const QString &what, const StoreError &error) {
    if (error.kind != StoreError::Kind::Invalid)
        return m_host.storeFailed(what, error);
    if (const StoreResult<void> renewed =
            m_run.store->outbox().renewLease(m_lease.token, m_run.options.leaseSeconds);
        !renewed) {
        if (renewed.error().kind != StoreError::Kind::Invalid)
            return m_host.storeFailed(what, renewed.error());
        m_lease = SyncLease();
        return m_host.stopWith(SyncReport::Stop::Busy, leaseLostText());
    }
    // Still ours: the entry itself moved on (discarded or retried meanwhile); nothing to do for it.
    qCInfo(lcSync) << "outbox entry" << entry.id << "of" << entry.dossierCode << "changed meanwhile; skipped";
    if (m_pushIndex < m_pushQueue.size() && m_pushQueue.at(m_pushIndex).id == entry.id)
        ++m_pushIndex;
    pushNext();
}

QString PushPhase::leaseLostText() {
    return tr("This sync was held up so long that another one took over; it stopped. What it had sent is "
              "checked by the other run.");
}

bool PushPhase::takeLease() {
    SyncLease wanted = SyncLease::here(m_run.options.leaseOwner);
    SyncLease holder;
    const StoreResult<Store::LeaseOutcome> outcome =
        m_run.store->outbox().acquireLease(wanted, m_run.options.leaseSeconds, &holder);
    if (!outcome) {
        m_host.storeFailed(tr("taking the right to send"), outcome.error());
        return false;
    }
    switch (*outcome) {
    case Store::LeaseOutcome::Acquired:
        m_lease = wanted;
        m_leaseTimer.start(std::max(200, m_run.options.leaseSeconds * 1000 / 3));
        qCInfo(lcSync) << "holding the sync lease";
        return true;
    case Store::LeaseOutcome::Busy:
        if (!m_leaseWait.hasExpired()) {
            const qint64 wait = std::clamp<qint64>(m_leaseWait.remainingTime(), 1, 500);
            QTimer::singleShot(int(wait), this, [this] {
                if (m_run.running && !m_run.finishQueued)
                    begin();
            });
            return false;
        }
        qCInfo(lcSync) << "another sync holds the lease: process" << holder.pid;
        m_host.stopWith(SyncReport::Stop::Busy,
                        tr("Another sync is running (%1, process %2 on %3, since %4). Try again when it has "
                           "finished.")
                            .arg(holder.owner)
                            .arg(holder.pid)
                            .arg(holder.host, QLocale::c().toString(holder.since.toLocalTime(),
                                                                    QStringLiteral("dd/MM/yyyy HH:mm:ss"))));
        return false;
    }
    return false;
}

void PushPhase::renewLease() {
    if (!m_lease.isValid())
        return m_leaseTimer.stop();
    const StoreResult<void> renewed =
        m_run.store->outbox().renewLease(m_lease.token, m_run.options.leaseSeconds);
    if (renewed)
        return;
    if (renewed.error().kind != StoreError::Kind::Invalid) {
        qCWarning(lcSync) << "could not renew the sync lease now; trying again";
        return;
    }
    m_lease = SyncLease();
    m_leaseTimer.stop();
    if (m_run.running)
        m_host.stopWith(SyncReport::Stop::Busy, leaseLostText());
}

void PushPhase::releaseLease() {
    m_leaseTimer.stop();
    if (!m_lease.isValid())
        return;
    if (!m_run.store->outbox().releaseLease(m_lease.token))
        qCWarning(lcSync) << "could not release the sync lease; it expires by itself";
    m_lease = SyncLease();
}

void PushPhase::onPushFinished(const OutboxEntry &entry, PushJob *job) {
    m_run.currentJob = nullptr;
    const PushResult result = job->result();
    const QString &code = entry.dossierCode;
    ++m_pushIndex;

    if (result.ok()) {
        if (const StoreResult<void> r =
                m_run.store->outbox().markPushed(entry.id, m_lease.token, result.message);
            !r)
            return transitionRefused(entry, tr("recording an accepted item"), r.error());
        ++m_run.report.pushed;
        m_consecutivePushFailures = 0;
        qCInfo(lcSync) << "pushed" << OutboxEntry::kindName(entry.kind) << code;
        emitPushProgress();
        return pushNext();
    }
    pushFailed(entry, result.error);
}

void PushPhase::pushFailed(const OutboxEntry &entry, const GatewayError &error) {
    const QString &code = entry.dossierCode;
    const PushFailure failure = classify(error);
    const QString words = SyncRun::gatewayWords(error);
    qCInfo(lcSync) << "push of" << OutboxEntry::kindName(entry.kind) << code << "failed:" << error.kindName()
                   << error.httpStatus << (error.hasGatewayCode ? error.gatewayCode : 0)
                   << (error.outcomeUnknown ? "outcome unknown" : "");

    if (failure == PushFailure::Gateway) {
        // Not this item's fault: it stays queued, due now, and so does everything after it.
        if (const StoreResult<void> r = m_run.store->outbox().markPushFailed(
                entry.id, m_lease.token, words, QDateTime(), false, error.outcomeUnknown);
            !r)
            return transitionRefused(entry, tr("re-queueing an item"), r.error());
        return m_host.stopWith(SyncReport::Stop::Configuration, SyncRun::gatewayLevelText(error));
    }
    if (failure == PushFailure::Refused) {
        if (const StoreResult<void> r =
                m_run.store->outbox().markPushFailed(entry.id, m_lease.token, words, QDateTime(), true);
            !r)
            return transitionRefused(entry, tr("recording a refused item"), r.error());
        ++m_run.report.failed;
        m_run.report.messages << code + QStringLiteral(": ") + words;
        m_consecutivePushFailures = 0;
        emitPushProgress();
        return pushNext();
    }

    // Not final: the item goes back to the queue, to be sent again as it is.
    const QDateTime next = failure == PushFailure::Cancelled ? QDateTime() : nextAttemptAfter(entry);
    if (const StoreResult<void> r = m_run.store->outbox().markPushFailed(entry.id, m_lease.token, words, next,
                                                                         false, error.outcomeUnknown);
        !r)
        return transitionRefused(entry, tr("re-queueing an item"), r.error());
    if (failure != PushFailure::Cancelled)
        ++m_run.report.retrying;
    emitPushProgress();

    switch (failure) {
    case PushFailure::Cancelled:
        return m_host.stopWith(SyncReport::Stop::Cancelled);
    case PushFailure::Unreachable:
        m_run.report.messages << code + QStringLiteral(": ") + words;
        return m_host.stopWith(SyncReport::Stop::Offline);
    case PushFailure::Credentials:
        return m_host.stopWith(SyncReport::Stop::Configuration, words);
    case PushFailure::Unavailable:
        m_run.report.messages << code + QStringLiteral(": ") + words;
        if (++m_consecutivePushFailures >= std::max(1, m_run.options.maxConsecutivePushFailures)) {
            m_run.report.messages << tr("The gateway keeps failing; the remaining items stay queued.");
            return m_host.pushDone();
        }
        return pushNext();
    case PushFailure::Refused:
    case PushFailure::Gateway:
        break;
    }
    pushNext();
}

} // namespace btxh
