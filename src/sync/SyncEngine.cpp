// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncEngine.h"

#include "ChangeSet.h"
#include "GatewayClient.h"
#include "JsonCodec.h"
#include "OutboxOrder.h"
#include "Store.h"
#include "SyncLog.h"
#include "SyncTime.h"
#include "WireDate.h"

#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QTimer>
#include <algorithm>

namespace btxh {

namespace {

constexpr int MaxOutboxRead = 1000000; // the outbox of one office; read whole, to order it
// Windows received and not yet written before the next is asked for (one written, one read or prepared; a
// third on its way): more kept the workers no busier here, only the memory.
constexpr qsizetype MaxWindowsAhead = 2;

SyncProgress::Step progressStep(PullKind kind) {
    switch (kind) {
    case PullKind::Dossiers:
        return SyncProgress::Step::PullingDossiers;
    case PullKind::Progress:
        return SyncProgress::Step::PullingProgress;
    case PullKind::Results:
        return SyncProgress::Step::PullingResults;
    }
    return SyncProgress::Step::PullingDossiers;
}

QString windowText(const PullWindowPlanner::Window &w) {
    return WireDate::formatDateTime(w.from) + QStringLiteral("..") + WireDate::formatDateTime(w.to);
}

// A step as it goes on the wire, field by field: a step we pushed and the same step pulled back (in the
// server's spelling, with its own nulls and extra fields) give the same key.
QString wireKey(const ProcessingStep &step) {
    QString key;
    for (const FieldSpec &spec : FieldTable::progress().fields()) {
        if (spec.pullOnly)
            continue;
        key += JsonCodec::wireValue(spec, step.fields.value(spec.id).trimmed());
        key += QChar(0x1f);
    }
    return key;
}

// A dossier as we would send it: our copy and the server's copy of the same content (in its spelling: other
// key case, date shapes, numbers for strings, its XML declaration) give the same bytes.
QByteArray wireForm(const Dossier &dossier) {
    Dossier d = dossier;
    d.setValue(DossierField::LoaiDuLieu,
               dossier.isFinalResult() ? DataKind::FinalResult : DataKind::NewDossier);
    return QJsonDocument(JsonCodec::writeDossier(d)).toJson(QJsonDocument::Compact);
}

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

SyncEngine::SyncEngine(Store *store, GatewayClient *client, const SyncOptions &options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_options(options) {
    qRegisterMetaType<btxh::SyncProgress>();
    qRegisterMetaType<btxh::SyncReport>();
    connect(&m_leaseTimer, &QTimer::timeout, this, &SyncEngine::renewLease);
    connect(&m_windows, &PulledWindows::read, this, &SyncEngine::onWindowRead);
    connect(&m_windows, &PulledWindows::ready, this, [this] { writeWindows(false); });
}

SyncEngine::~SyncEngine() {
    if (m_currentJob)
        m_currentJob->abort();
    releaseLease();
}

QDateTime SyncEngine::now() const {
    return SyncTime::wallClock(m_options.clock ? m_options.clock() : QDateTime::currentDateTime());
}

bool SyncEngine::push() {
    return start(true, false, PullSpec());
}

bool SyncEngine::pull(const PullSpec &spec) {
    return start(false, true, spec);
}

bool SyncEngine::sync(const PullSpec &spec) {
    return start(true, true, spec);
}

bool SyncEngine::start(bool doPush, bool doPull, const PullSpec &spec) {
    if (m_running)
        return false;
    m_running = true;
    m_cancelRequested = false;
    m_finishQueued = false;
    m_report = SyncReport();
    m_spec = spec;
    m_doPull = doPull;
    m_runStartedAt = now();
    m_pushQueue.clear();
    m_pushIndex = 0;
    m_consecutivePushFailures = 0;
    m_waitNoted.clear();
    m_kinds.clear();
    m_kindRun.reset();
    m_leaseWait = QDeadlineTimer(qint64(std::max(0, m_options.leaseWaitSeconds)) * 1000);
    qCInfo(lcSync) << "sync run started:" << (doPush ? "push" : "") << (doPull ? "pull" : "");
    // Never from inside the call: the caller connects to finished() after starting, as with the jobs.
    QTimer::singleShot(0, this, [this, doPush] {
        if (doPush)
            beginPush();
        else
            beginPull();
    });
    return true;
}

void SyncEngine::cancel() {
    if (!m_running || m_cancelRequested)
        return;
    qCInfo(lcSync) << "cancel requested";
    m_cancelRequested = true;
    if (m_currentJob)
        m_currentJob->abort(); // its finished() arrives later and ends the run
}

// ---------------------------------------------------------------------------------------------------------
// Push

void SyncEngine::beginPush() {
    if (m_cancelRequested)
        return stopWith(SyncReport::Stop::Cancelled);
    if (!m_client)
        return stopWith(SyncReport::Stop::Configuration, tr("No gateway is configured."));

    if (!m_lease.isValid() && !takeLease())
        return; // waiting for the lease, or stopped

    // A run that was killed after sending left its items "sent" without an answer. Only now, holding the
    // lease, can we know that nobody is still waiting for those answers: they are queued again, uncertain.
    const StoreResult<int> stranded = m_store->outbox().reclaimStranded(
        m_lease.token, tr("No answer from the gateway before the program stopped; checked and sent again."));
    if (!stranded)
        return storeFailed(tr("re-queueing an unanswered item"), stranded.error());
    if (*stranded > 0)
        qCInfo(lcSync) << *stranded << "unanswered item(s) from an earlier run queued again";

    const QDateTime due = m_options.honourBackoff ? now() : now().addYears(100);
    StoreResult<QList<OutboxEntry>> queue = m_store->outbox().due(due, MaxOutboxRead);
    if (!queue)
        return storeFailed(tr("reading the outbox"), queue.error());
    m_pushQueue = *std::move(queue);
    OutboxOrder::sort(m_pushQueue);
    qCInfo(lcSync) << m_pushQueue.size() << "queued item(s) due";
    emitPushProgress();
    pushNext();
}

void SyncEngine::emitPushProgress() {
    SyncProgress p;
    p.step = SyncProgress::Step::Pushing;
    p.done = m_pushIndex;
    p.total = m_pushQueue.size();
    p.items = m_report.pushed;
    Q_EMIT progress(p);
}

QDateTime SyncEngine::nextAttemptAfter(const OutboxEntry &entry) const {
    if (m_options.pushBackoffBaseSeconds <= 0)
        return {};
    const int attempts = std::clamp(entry.attempts + 1, 1, 20);
    qint64 delay = qint64(std::max(1, m_options.pushBackoffBaseSeconds)) << (attempts - 1);
    delay = std::min<qint64>(delay, std::max(1, m_options.pushBackoffMaxSeconds));
    return now().addSecs(delay);
}

void SyncEngine::pushNext() {
    while (true) {
        if (m_cancelRequested)
            return stopWith(SyncReport::Stop::Cancelled);
        if (m_pushIndex >= m_pushQueue.size()) {
            qCInfo(lcSync) << "push done:" << m_report.pushed << "pushed," << m_report.failed << "failed";
            if (m_doPull)
                return beginPull();
            return finish();
        }
        const OutboxEntry entry = m_pushQueue.at(m_pushIndex);
        const QString code = entry.dossierCode;

        const StoreResult<QList<OutboxEntry>> history = m_store->outbox().entriesOf(code);
        if (!history)
            return storeFailed(tr("reading the outbox"), history.error());
        const OutboxOrder::Wait wait = OutboxOrder::waitFor(entry, *history);
        if (wait != OutboxOrder::Wait::None) {
            // Left queued as it is: it goes with a later run, once what it depends on has been accepted.
            qCInfo(lcSync) << code << OutboxEntry::kindName(entry.kind) << "waits for"
                           << (wait == OutboxOrder::Wait::Dossier ? "its dossier" : "its steps");
            if (!m_waitNoted.contains(code)) {
                m_waitNoted.insert(code);
                m_report.messages
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
            const StoreResult<QList<StoredStep>> steps = m_store->steps(code);
            if (!steps)
                return storeFailed(tr("reading the steps of %1").arg(code), steps.error());
            const auto it = std::find_if(steps->cbegin(), steps->cend(),
                                         [&](const StoredStep &s) { return s.id == entry.stepId; });
            if (it == steps->cend()) {
                if (const StoreResult<void> r = m_store->outbox().markSent(entry.id, m_lease.token); !r)
                    return transitionRefused(entry, tr("updating the outbox"), r.error());
                if (const StoreResult<void> r = m_store->outbox().markPushFailed(
                        entry.id, m_lease.token, tr("The step is no longer in the database."), QDateTime(),
                        true);
                    !r)
                    return transitionRefused(entry, tr("updating the outbox"), r.error());
                ++m_report.failed;
                m_report.messages << tr("%1: a queued step is no longer in the database.").arg(code);
                ++m_pushIndex;
                continue;
            }
            if (const StoreResult<void> r = m_store->outbox().markSent(entry.id, m_lease.token); !r)
                return transitionRefused(entry, tr("updating the outbox"), r.error());
            if (entry.uncertainSince.isValid())
                return readBack(entry, it->step);
            return sendStep(entry, it->step);
        } else {
            const StoreResult<StoredDossier> stored = m_store->dossier(code);
            if (!stored) {
                if (stored.error().kind != StoreError::Kind::NotFound)
                    return storeFailed(tr("reading dossier %1").arg(code), stored.error());
                if (const StoreResult<void> r = m_store->outbox().markSent(entry.id, m_lease.token); !r)
                    return transitionRefused(entry, tr("updating the outbox"), r.error());
                if (const StoreResult<void> r = m_store->outbox().markPushFailed(
                        entry.id, m_lease.token, tr("The dossier is no longer in the database."), QDateTime(),
                        true);
                    !r)
                    return transitionRefused(entry, tr("updating the outbox"), r.error());
                ++m_report.failed;
                m_report.messages << tr("%1: a queued dossier is no longer in the database.").arg(code);
                ++m_pushIndex;
                continue;
            }
            if (stored->syncState == SyncState::Conflict || stored->syncState == SyncState::Draft) {
                // Someone has to choose between the two copies (or fix the draft) first; it stays queued.
                if (!m_waitNoted.contains(code)) {
                    m_waitNoted.insert(code);
                    m_report.messages
                        << (stored->syncState == SyncState::Conflict
                                ? tr("%1: not sent while the conflict with the server's copy is "
                                     "unresolved.")
                                      .arg(code)
                                : tr("%1: not sent while it has errors.").arg(code));
                }
                ++m_pushIndex;
                continue;
            }
            if (const StoreResult<void> r = m_store->outbox().markSent(entry.id, m_lease.token); !r)
                return transitionRefused(entry, tr("updating the outbox"), r.error());
            // DongBoDVC upserts by MaHoSo: sending again after an unknown outcome stores it once.
            if (entry.kind == OutboxEntry::Kind::FinalResult)
                job = m_client->pushResult(stored->dossier);
            else
                job = m_client->pushDossier(stored->dossier);
        }
        return watch(entry, job);
    }
}

void SyncEngine::watch(const OutboxEntry &entry, PushJob *job) {
    job->setIdempotencyKey(entry.idempotencyKey);
    // The kill test counts, from these lines, the items a killed run may have left half-sent.
    qCInfo(lcSync) << "sending" << OutboxEntry::kindName(entry.kind) << entry.dossierCode << "key"
                   << entry.idempotencyKey;
    m_currentJob = job;
    connect(job, &GatewayJob::finished, this, [this, entry, job] { onPushFinished(entry, job); });
}

void SyncEngine::sendStep(const OutboxEntry &entry, const ProcessingStep &step) {
    watch(entry, m_client->pushProgress(step));
}

// The gateway may already have this step (an earlier copy's outcome is unknown) and XuLyHoSo would store a
// repeat twice: ask TienTrinhXuLy for the dossier's progress since that copy went, and send only if it is not
// there.
void SyncEngine::readBack(const OutboxEntry &entry, const ProcessingStep &step) {
    const StoreResult<StoredDossier> stored = m_store->dossier(entry.dossierCode);
    if (!stored && stored.error().kind != StoreError::Kind::NotFound)
        return storeFailed(tr("reading dossier %1").arg(entry.dossierCode), stored.error());
    Query query;
    if (stored) {
        query.setValue(QueryField::MaTinh, stored->dossier.value(DossierField::MaTinh).trimmed());
        query.setValue(QueryField::MaHuyen, stored->dossier.value(DossierField::MaHuyen).trimmed());
        query.setValue(QueryField::MaXa, stored->dossier.value(DossierField::MaXa).trimmed());
    }
    const int margin = std::max(0, m_options.readBackMarginSeconds);
    query.setWindow(SyncTime::wallClock(entry.uncertainSince).addSecs(-margin), now().addSecs(margin));
    qCInfo(lcSync) << "checking whether the gateway has the step of" << entry.dossierCode << "before sending";
    PullProgressJob *job = m_client->pullProgress(query);
    m_currentJob = job;
    connect(job, &GatewayJob::finished, this,
            [this, entry, step, job] { onReadBackFinished(entry, step, job); });
}

void SyncEngine::onReadBackFinished(const OutboxEntry &entry, const ProcessingStep &step,
                                    PullProgressJob *job) {
    m_currentJob = nullptr;
    const PullResult result = job->result();
    if (!result.ok()) {
        ++m_pushIndex;
        GatewayError error = result.error;
        error.outcomeUnknown = true; // still: we could not find out
        if (error.kind == GatewayError::Kind::Business)
            error.kind = GatewayError::Kind::MalformedReply; // a refused read-back says nothing of the step
        return pushFailed(entry, error);
    }
    const QString ours = wireKey(step);
    const bool there =
        std::any_of(result.payload.steps.cbegin(), result.payload.steps.cend(), [&](const ProcessingStep &s) {
            return s.dossierCode() == entry.dossierCode && wireKey(s) == ours;
        });
    if (!there) {
        qCInfo(lcSync) << "the gateway does not have the step of" << entry.dossierCode << "; sending it";
        return sendStep(entry, step);
    }
    ++m_pushIndex;
    qCInfo(lcSync) << "the gateway already has the step of" << entry.dossierCode << "; not sent again";
    if (const StoreResult<void> r = m_store->outbox().markPushed(
            entry.id, m_lease.token, tr("Already on the gateway; not sent again."));
        !r)
        return transitionRefused(entry, tr("recording an accepted item"), r.error());
    ++m_report.pushed;
    m_consecutivePushFailures = 0;
    emitPushProgress();
    pushNext();
}

void SyncEngine::transitionRefused(const OutboxEntry &entry, const QString &what, const StoreError &error) {
    if (error.kind != StoreError::Kind::Invalid)
        return storeFailed(what, error);
    if (const StoreResult<void> renewed = m_store->outbox().renewLease(m_lease.token, m_options.leaseSeconds);
        !renewed) {
        if (renewed.error().kind != StoreError::Kind::Invalid)
            return storeFailed(what, renewed.error());
        m_lease = SyncLease();
        return stopWith(SyncReport::Stop::Busy, leaseLostText());
    }
    // Still ours: the entry itself moved on (discarded or retried meanwhile); nothing to do for it.
    qCInfo(lcSync) << "outbox entry" << entry.id << "of" << entry.dossierCode << "changed meanwhile; skipped";
    if (m_pushIndex < m_pushQueue.size() && m_pushQueue.at(m_pushIndex).id == entry.id)
        ++m_pushIndex;
    pushNext();
}

QString SyncEngine::leaseLostText() {
    return tr("This sync was held up so long that another one took over; it stopped. What it had sent is "
              "checked by the other run.");
}

bool SyncEngine::takeLease() {
    SyncLease wanted = SyncLease::here(m_options.leaseOwner);
    SyncLease holder;
    const StoreResult<Store::LeaseOutcome> outcome =
        m_store->outbox().acquireLease(wanted, m_options.leaseSeconds, &holder);
    if (!outcome) {
        storeFailed(tr("taking the right to send"), outcome.error());
        return false;
    }
    switch (*outcome) {
    case Store::LeaseOutcome::Acquired:
        m_lease = wanted;
        m_leaseTimer.start(std::max(200, m_options.leaseSeconds * 1000 / 3));
        qCInfo(lcSync) << "holding the sync lease";
        return true;
    case Store::LeaseOutcome::Busy:
        if (!m_leaseWait.hasExpired()) {
            const qint64 wait = std::clamp<qint64>(m_leaseWait.remainingTime(), 1, 500);
            QTimer::singleShot(int(wait), this, [this] {
                if (m_running && !m_finishQueued)
                    beginPush();
            });
            return false;
        }
        qCInfo(lcSync) << "another sync holds the lease: process" << holder.pid;
        stopWith(SyncReport::Stop::Busy,
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

void SyncEngine::renewLease() {
    if (!m_lease.isValid())
        return m_leaseTimer.stop();
    const StoreResult<void> renewed = m_store->outbox().renewLease(m_lease.token, m_options.leaseSeconds);
    if (renewed)
        return;
    if (renewed.error().kind != StoreError::Kind::Invalid) {
        qCWarning(lcSync) << "could not renew the sync lease now; trying again";
        return;
    }
    m_lease = SyncLease();
    m_leaseTimer.stop();
    if (m_running)
        stopWith(SyncReport::Stop::Busy, leaseLostText());
}

void SyncEngine::releaseLease() {
    m_leaseTimer.stop();
    if (!m_lease.isValid())
        return;
    if (!m_store->outbox().releaseLease(m_lease.token))
        qCWarning(lcSync) << "could not release the sync lease; it expires by itself";
    m_lease = SyncLease();
}

void SyncEngine::onPushFinished(const OutboxEntry &entry, PushJob *job) {
    m_currentJob = nullptr;
    const PushResult result = job->result();
    const QString &code = entry.dossierCode;
    ++m_pushIndex;

    if (result.ok()) {
        if (const StoreResult<void> r = m_store->outbox().markPushed(entry.id, m_lease.token, result.message);
            !r)
            return transitionRefused(entry, tr("recording an accepted item"), r.error());
        ++m_report.pushed;
        m_consecutivePushFailures = 0;
        qCInfo(lcSync) << "pushed" << OutboxEntry::kindName(entry.kind) << code;
        emitPushProgress();
        return pushNext();
    }
    pushFailed(entry, result.error);
}

void SyncEngine::pushFailed(const OutboxEntry &entry, const GatewayError &error) {
    const QString &code = entry.dossierCode;
    const PushFailure failure = classify(error);
    const QString words = gatewayWords(error);
    qCInfo(lcSync) << "push of" << OutboxEntry::kindName(entry.kind) << code << "failed:" << error.kindName()
                   << error.httpStatus << (error.hasGatewayCode ? error.gatewayCode : 0)
                   << (error.outcomeUnknown ? "outcome unknown" : "");

    if (failure == PushFailure::Gateway) {
        // Not this item's fault: it stays queued, due now, and so does everything after it.
        if (const StoreResult<void> r = m_store->outbox().markPushFailed(
                entry.id, m_lease.token, words, QDateTime(), false, error.outcomeUnknown);
            !r)
            return transitionRefused(entry, tr("re-queueing an item"), r.error());
        return stopWith(SyncReport::Stop::Configuration, gatewayLevelText(error));
    }
    if (failure == PushFailure::Refused) {
        if (const StoreResult<void> r =
                m_store->outbox().markPushFailed(entry.id, m_lease.token, words, QDateTime(), true);
            !r)
            return transitionRefused(entry, tr("recording a refused item"), r.error());
        ++m_report.failed;
        m_report.messages << code + QStringLiteral(": ") + words;
        m_consecutivePushFailures = 0;
        emitPushProgress();
        return pushNext();
    }

    // Not final: the item goes back to the queue, to be sent again as it is.
    const QDateTime next = failure == PushFailure::Cancelled ? QDateTime() : nextAttemptAfter(entry);
    if (const StoreResult<void> r = m_store->outbox().markPushFailed(entry.id, m_lease.token, words, next,
                                                                     false, error.outcomeUnknown);
        !r)
        return transitionRefused(entry, tr("re-queueing an item"), r.error());
    if (failure != PushFailure::Cancelled)
        ++m_report.retrying;
    emitPushProgress();

    switch (failure) {
    case PushFailure::Cancelled:
        return stopWith(SyncReport::Stop::Cancelled);
    case PushFailure::Unreachable:
        m_report.messages << code + QStringLiteral(": ") + words;
        return stopWith(SyncReport::Stop::Offline);
    case PushFailure::Credentials:
        return stopWith(SyncReport::Stop::Configuration, words);
    case PushFailure::Unavailable:
        m_report.messages << code + QStringLiteral(": ") + words;
        if (++m_consecutivePushFailures >= std::max(1, m_options.maxConsecutivePushFailures)) {
            m_report.messages << tr("The gateway keeps failing; the remaining items stay queued.");
            if (m_doPull)
                return beginPull();
            return finish();
        }
        return pushNext();
    case PushFailure::Refused:
    case PushFailure::Gateway:
        break;
    }
    pushNext();
}

QString SyncEngine::gatewayLevelText(const GatewayError &error) {
    return tr("The gateway address or keys look wrong: %1 Nothing more was sent; the items stay queued. Ask "
              "the administrator to check the connection settings.")
        .arg(error.text);
}

// ---------------------------------------------------------------------------------------------------------
// Pull

std::optional<std::pair<QDateTime, QDateTime>> SyncEngine::pullRange(PullKind kind, const PullSpec &spec,
                                                                     QString *error, StoreError *storeError) {
    const QDateTime to = spec.to.isValid() ? SyncTime::wallClock(spec.to) : now();
    QDateTime from;
    if (spec.from.isValid()) {
        from = SyncTime::wallClock(spec.from);
    } else {
        const StoreResult<QString> mark =
            m_store->settings().watermark(watermarkService(kind), spec.area.key());
        if (!mark && mark.error().kind != StoreError::Kind::NotFound) {
            *error = mark.error().message;
            if (storeError)
                *storeError = mark.error();
            return std::nullopt;
        }
        const QDateTime markTime = mark ? SyncTime::fromWatermark(*mark) : QDateTime();
        from = markTime.isValid() ? markTime.addSecs(-std::max(0, m_options.overlapSeconds))
                                  : to.addDays(-std::max(1, m_options.initialLookbackDays));
    }
    if (from > to) {
        *error = tr("The start of the time range (%1) is after its end (%2).")
                     .arg(WireDate::formatDateTime(from), WireDate::formatDateTime(to));
        return std::nullopt;
    }
    return std::make_pair(from, to);
}

void SyncEngine::beginPull() {
    if (m_cancelRequested)
        return stopWith(SyncReport::Stop::Cancelled);
    if (!m_client)
        return stopWith(SyncReport::Stop::Configuration, tr("No gateway is configured."));
    const QString areaError = m_spec.area.validationError();
    if (!areaError.isEmpty())
        return stopWith(SyncReport::Stop::Configuration, areaError);
    for (const PullKind k : {PullKind::Dossiers, PullKind::Progress, PullKind::Results}) {
        if (m_spec.kinds.testFlag(k))
            m_kinds << k;
    }
    beginKind();
}

void SyncEngine::beginKind() {
    if (m_cancelRequested)
        return stopWith(SyncReport::Stop::Cancelled);
    if (m_kinds.isEmpty()) {
        m_kindRun.reset();
        return finish();
    }
    const PullKind kind = m_kinds.takeFirst();
    QString error;
    StoreError storeError;
    const auto range = pullRange(kind, m_spec, &error, &storeError);
    if (!range) {
        if (storeError.isError())
            return storeFailed(tr("reading the watermark"), storeError);
        return stopWith(SyncReport::Stop::Configuration, error);
    }
    m_windowAttempts = 1;
    m_kindRun = std::make_unique<KindRun>();
    m_kindRun->kind = kind;
    m_kindRun->rangeStart = range->first;
    m_kindRun->planner = std::make_unique<PullWindowPlanner>(range->first, range->second, m_options);
    const StoreResult<QString> mark =
        m_store->settings().watermark(watermarkService(kind), m_spec.area.key());
    if (mark) {
        const QDateTime t = SyncTime::fromWatermark(*mark);
        if (t.isValid())
            m_kindRun->watermark = t;
    }
    qCInfo(lcSync) << "pulling" << pullKindName(kind) << "area" << m_spec.area.key() << "from"
                   << WireDate::formatDateTime(range->first) << "to"
                   << WireDate::formatDateTime(range->second);
    emitPullProgress();
    if (m_kindRun->planner->atEnd())
        return finishKind();
    launchWindow(m_kindRun->planner->next());
}

void SyncEngine::launchWindow(const PullWindowPlanner::Window &window) {
    Query query;
    query.setValue(QueryField::MaTinh, m_spec.area.province);
    query.setValue(QueryField::MaHuyen, m_spec.area.district); // sent empty when not narrowed (JsonCodec)
    query.setValue(QueryField::MaXa, m_spec.area.commune);
    query.setWindow(window.from, window.to);
    PullJob *job = nullptr;
    switch (m_kindRun->kind) {
    case PullKind::Dossiers:
        job = m_client->pullDossiers(query);
        break;
    case PullKind::Progress:
        job = m_client->pullProgress(query);
        break;
    case PullKind::Results:
        job = m_client->pullResults(query);
        break;
    }
    job->setReadByCaller(true);
    m_currentJob = job;
    connect(job, &GatewayJob::finished, this, [this, job, window] { onPullFinished(job, window); });
}

void SyncEngine::onPullFinished(PullJob *job, const PullWindowPlanner::Window &window) {
    m_currentJob = nullptr;
    if (!m_kindRun)
        return;
    const PullResult result = job->result(); // the HTTP-level outcome: the body is read by m_windows
    if (!result.ok())
        return windowFailed(window, result.error);
    if (m_cancelRequested)
        return stopWith(SyncReport::Stop::Cancelled); // the windows not yet written are asked for next time
    m_kindRun->planner->received(window);
    m_windows.add(window, job->body(), m_kindRun->kind != PullKind::Progress);
    // Ask for the next window now, so the gateway makes it while this one is read, prepared and written.
    askAhead();
}

void SyncEngine::onWindowRead(const PullWindowPlanner::Window &window, const GatewayError &error,
                              qsizetype items) {
    // An unusable reply is dealt with when its turn to be written comes (writeWindows).
    if (m_kindRun && !error.isError())
        m_kindRun->planner->sized(window, items);
}

void SyncEngine::windowUnusable(const PulledWindows::Window &pulled) {
    // What was asked for after it is asked for again once this window is: from its start.
    dropCurrentJob();
    m_windows.clear();
    m_kindRun->planner->rewind(pulled.window);
    windowFailed(pulled.window, pulled.result.error);
}

void SyncEngine::windowFailed(const PullWindowPlanner::Window &window, const GatewayError &e) {
    // The windows that came before are good whatever this one says: written first.
    if (!writeWindows(true))
        return; // stopped
    const PullKind kind = m_kindRun->kind;
    PullWindowPlanner &planner = *m_kindRun->planner;
    const QString where = pullKindName(kind) + u' ' + windowText(window);
    qCInfo(lcSync) << "pull" << where << "failed:" << e.kindName() << e.httpStatus;
    if (e.isGatewayLevel())
        return stopWith(SyncReport::Stop::Configuration, gatewayLevelText(e));
    switch (e.kind) {
    case GatewayError::Kind::Cancelled:
        return stopWith(SyncReport::Stop::Cancelled);
    case GatewayError::Kind::TooLarge:
    case GatewayError::Kind::Timeout:
        if (m_cancelRequested)
            return stopWith(SyncReport::Stop::Cancelled);
        if (planner.split(window)) {
            qCInfo(lcSync) << "splitting the window; now" << planner.windowSeconds() << "s";
            return launchWindow(planner.next());
        }
        ++m_report.failed;
        m_report.messages << tr("%1: %2 (even a one-second window is too much; try again later)")
                                 .arg(where, gatewayWords(e));
        return finishKind();
    case GatewayError::Kind::Network:
        m_report.messages << where + QStringLiteral(": ") + gatewayWords(e);
        return stopWith(SyncReport::Stop::Offline);
    case GatewayError::Kind::Configuration:
    case GatewayError::Kind::Unauthorized:
    case GatewayError::Kind::Tls:
        return stopWith(SyncReport::Stop::Configuration, gatewayWords(e));
    case GatewayError::Kind::MalformedReply:
        // An error page or a cut reply in place of the data (a proxy, an overloaded gateway): asking for
        // the same window again is harmless.
        if (m_windowAttempts < std::max(1, m_options.pullWindowAttempts)) {
            ++m_windowAttempts;
            qCInfo(lcSync) << "asking for the window again, attempt" << m_windowAttempts;
            return launchWindow(window);
        }
        [[fallthrough]];
    default:
        // A business error, an HTTP error after retries or an unreadable reply: this kind stops here (its
        // watermark stays where it was, so the next run asks for this window again); the others go on.
        ++m_report.failed;
        m_report.messages << where + QStringLiteral(": ") + gatewayWords(e);
        return finishKind();
    }
}

void SyncEngine::dropCurrentJob() {
    if (m_currentJob) {
        m_currentJob->disconnect(this);
        m_currentJob->abort();
        m_currentJob = nullptr;
    }
}

void SyncEngine::askAhead() {
    if (m_kindRun && !m_currentJob && !m_kindRun->planner->atEnd() && m_windows.size() < MaxWindowsAhead)
        launchWindow(m_kindRun->planner->next());
}

bool SyncEngine::writeWindows(bool all) {
    while (m_kindRun) {
        if (m_cancelRequested) {
            stopWith(SyncReport::Stop::Cancelled);
            return false;
        }
        std::optional<PulledWindows::Window> w = m_windows.takeOldest(all);
        if (!w)
            break;
        if (!w->result.ok()) {
            windowUnusable(*w);
            return false;
        }
        if (!applyWindow(m_kindRun->kind, *w))
            return false; // stopped
        m_windowAttempts = 1;
        m_kindRun->received += w->result.items();
        m_windows.dispose(std::move(*w));
        emitPullProgress();
    }
    if (!m_kindRun)
        return false;
    if (!all) {
        askAhead();
        if (m_kindRun->planner->atEnd() && !m_currentJob && m_windows.isEmpty())
            finishKind();
    }
    return true;
}

bool SyncEngine::applyWindow(PullKind kind, const PulledWindows::Window &pulled) {
    const PullResult &result = pulled.result;
    const PullWindowPlanner::Window &window = pulled.window;
    m_report.pulled += result.items();
    const bool applied = kind == PullKind::Progress ? applySteps(result) : applyDossiers(kind, pulled);
    if (!applied)
        return false;
    if (!quarantine(kind, result, window))
        return false;

    // The watermark moves only over a range that continues from it: a pull of an older or a detached window
    // (explicit --from) does not make the next run skip what lies between. Never past the start of this run,
    // nor past a window with unreadable items still waiting for an officer: that window is asked for again.
    KindRun &run = *m_kindRun;
    QDateTime mark = std::min(window.to, m_runStartedAt);
    const StoreResult<QDateTime> held =
        m_store->quarantine().oldestWindow(watermarkService(kind), m_spec.area.key());
    if (!held) {
        storeFailed(tr("reading the unreadable items kept aside"), held.error());
        return false;
    }
    if (held->isValid())
        mark = std::min(mark, SyncTime::wallClock(*held));
    const bool continues = !run.watermark || run.rangeStart <= *run.watermark;
    if (continues && (!run.watermark || mark > *run.watermark)) {
        if (const StoreResult<void> saved = m_store->settings().setWatermark(
                watermarkService(kind), m_spec.area.key(), SyncTime::watermarkText(mark));
            !saved) {
            storeFailed(tr("saving the watermark"), saved.error());
            return false;
        }
        run.watermark = mark;
    }
    return true;
}

bool SyncEngine::quarantine(PullKind kind, const PullResult &result,
                            const PullWindowPlanner::Window &window) {
    const QList<Payload::Unreadable> &unreadable = result.payload.unreadable;
    if (unreadable.isEmpty())
        return true;
    QList<QuarantinedItem> items;
    for (const Payload::Unreadable &u : unreadable) {
        QuarantinedItem q;
        q.service = watermarkService(kind);
        q.area = m_spec.area.key();
        q.windowFrom = window.from;
        q.windowTo = window.to;
        q.item = u.json;
        q.problem = u.problem;
        q.receivedAt = now();
        items << q;
    }
    if (const StoreResult<void> kept = m_store->quarantine().add(items); !kept) {
        storeFailed(tr("keeping unreadable items aside"), kept.error());
        return false;
    }
    m_report.quarantined += items.size();
    m_report.messages << tr("%1 %2: %n item(s) could not be read and were kept aside (btxh sync --report); "
                            "this window is asked for again until they are dismissed.",
                            nullptr, int(items.size()))
                             .arg(pullKindName(kind), windowText(window));
    qCWarning(lcSync) << items.size() << "unreadable item(s) kept aside from" << pullKindName(kind)
                      << windowText(window);
    return true;
}

bool SyncEngine::applyDossiers(PullKind kind, const PulledWindows::Window &pulled) {
    m_report.unchanged += pulled.repeated;
    if (pulled.withoutCode > 0) // kept aside by quarantine()
        qCInfo(lcSync) << pulled.withoutCode << "item(s) without a MaHoSo";
    const QList<ChangeSet::ReceivedDossier> &items = pulled.changes.received;
    if (items.isEmpty())
        return true;
    QStringList codes;
    codes.reserve(items.size());
    for (const ChangeSet::ReceivedDossier &item : items)
        codes << item.dossier.code();

    // A registration (LoaiDuLieu 1) seen again after its final result was stored, in the overlap of two
    // pulls, must not take the dossier back to "registered" (nor look like a conflict with a result being
    // sent).
    const StoreResult<QSet<QString>> superseded = kind == PullKind::Dossiers
                                                      ? m_store->reader().finalResultCodes(codes)
                                                      : StoreResult<QSet<QString>>(QSet<QString>());
    if (!superseded) {
        storeFailed(tr("reading the stored dossiers"), superseded.error());
        return false;
    }
    // Local edits waiting to be sent: a pulled copy that is our own push coming back (its reply was lost, so
    // the item is still queued) says the same as our copy on the wire, only in the server's spelling. It is
    // not a change on the server, and must not become a conflict.
    const StoreResult<QSet<QString>> edited = m_store->reader().codesWithLocalEdits(codes);
    if (!edited) {
        storeFailed(tr("reading the stored dossiers"), edited.error());
        return false;
    }
    ChangeSet changes;
    changes.received.reserve(items.size());
    for (const ChangeSet::ReceivedDossier &item : items) {
        const Dossier &d = item.dossier;
        const QString code = d.code();
        if (superseded->contains(code)) {
            ++m_report.unchanged;
            continue;
        }
        if (edited->contains(code)) {
            const StoreResult<StoredDossier> local = m_store->dossier(code);
            if (!local) {
                storeFailed(tr("reading dossier %1").arg(code), local.error());
                return false;
            }
            // Ours as we sent it: under a three-level profile the gateway's copy carries its district.
            const Dossier sent = m_client->profile().postReform.requestForm(local->dossier, now().date());
            if (wireForm(sent) == wireForm(d)) {
                ++m_report.unchanged;
                continue;
            }
        }
        changes.received.append(item); // prepared by PulledWindows, on a worker
    }
    if (changes.isEmpty())
        return true;
    const StoreResult<ChangeResult> outcome = m_store->apply(changes);
    if (!outcome) {
        storeFailed(tr("storing received dossiers"), outcome.error());
        return false;
    }
    for (qsizetype i = 0; i < outcome->received.size(); ++i) {
        switch (outcome->received.at(i)) {
        case ChangeOutcome::Created:
            ++m_report.created;
            break;
        case ChangeOutcome::Updated:
            ++m_report.updated;
            break;
        case ChangeOutcome::Unchanged:
            ++m_report.unchanged;
            break;
        case ChangeOutcome::Conflict:
            ++m_report.conflicts;
            m_report.messages << tr("%1: changed on the server while local changes were waiting; both copies "
                                    "are kept until someone chooses.")
                                     .arg(changes.received.at(i).dossier.code());
            break;
        }
    }
    return true;
}

bool SyncEngine::applySteps(const PullResult &result) {
    QStringList codes;
    QSet<QString> seenCodes;
    qsizetype withoutCode = 0;
    for (const ProcessingStep &s : result.payload.steps) {
        const QString code = s.dossierCode();
        if (code.isEmpty())
            ++withoutCode;
        else if (!seenCodes.contains(code)) {
            seenCodes.insert(code);
            codes << code;
        }
    }
    if (withoutCode > 0) // kept aside by quarantine()
        qCInfo(lcSync) << withoutCode << "step(s) without a MaHoSo";
    // Steps entered here come back from the server once pushed, in its spelling: recognise them as ours.
    const StoreResult<QSet<QString>> withLocal = m_store->reader().codesWithLocalSteps(codes);
    if (!withLocal) {
        storeFailed(tr("reading the stored steps"), withLocal.error());
        return false;
    }
    QHash<QString, QSet<QString>> localKeys;
    for (const QString &code : *withLocal) {
        const StoreResult<QList<StoredStep>> steps = m_store->steps(code);
        if (!steps) {
            storeFailed(tr("reading the steps of %1").arg(code), steps.error());
            return false;
        }
        QSet<QString> &keys = localKeys[code];
        for (const StoredStep &s : *steps) {
            if (s.local)
                keys.insert(wireKey(s.step));
        }
    }

    ChangeSet changes;
    changes.receivedSteps.reserve(result.payload.steps.size());
    for (const ProcessingStep &s : result.payload.steps) {
        const QString code = s.dossierCode();
        if (code.isEmpty())
            continue;
        const auto it = localKeys.constFind(code);
        if (it != localKeys.constEnd() && it->contains(wireKey(s))) {
            ++m_report.unchanged;
            continue;
        }
        changes.receivedSteps.append({s, QByteArray()});
    }
    if (changes.isEmpty())
        return true;
    const StoreResult<ChangeResult> outcome = m_store->apply(changes);
    if (!outcome) {
        storeFailed(tr("storing received steps"), outcome.error());
        return false;
    }
    for (const ChangeOutcome o : outcome->receivedSteps) {
        if (o == ChangeOutcome::Created)
            ++m_report.created;
        else if (o == ChangeOutcome::Updated)
            ++m_report.updated;
        else if (o == ChangeOutcome::Conflict)
            ++m_report.conflicts;
        else
            ++m_report.unchanged;
    }
    return true;
}

void SyncEngine::finishKind() {
    if (m_kindRun) {
        qCInfo(lcSync) << "pulled" << m_kindRun->received << pullKindName(m_kindRun->kind);
        emitPullProgress();
    }
    beginKind();
}

void SyncEngine::emitPullProgress() {
    if (!m_kindRun)
        return;
    SyncProgress p;
    p.step = progressStep(m_kindRun->kind);
    p.done = m_kindRun->planner->coveredSeconds();
    p.total = m_kindRun->planner->totalSeconds();
    p.items = m_kindRun->received;
    Q_EMIT progress(p);
}

// ---------------------------------------------------------------------------------------------------------
// End of a run

QString SyncEngine::gatewayWords(const GatewayError &error) {
    // The gateway's own words when it gave any, verbatim; otherwise our explanation.
    if (error.hasGatewayCode || !error.gatewayMessage.isEmpty())
        return tr("error_code %1: %2").arg(error.gatewayCode).arg(error.gatewayMessage);
    return error.text;
}

void SyncEngine::storeFailed(const QString &what, const StoreError &e) {
    qCWarning(lcSync) << "store error while" << what << StoreError::kindName(e.kind);
    stopWith(
        SyncReport::Stop::StoreError,
        tr("The local database failed while %1: %2").arg(what, e.message.isEmpty() ? e.detail : e.message));
}

void SyncEngine::stopWith(SyncReport::Stop stop, const QString &error) {
    dropCurrentJob();
    m_report.stop = stop;
    m_report.offline = stop == SyncReport::Stop::Offline;
    m_report.error = error;
    qCInfo(lcSync) << "sync run stopped:" << int(stop);
    finish();
}

void SyncEngine::countQueued() {
    const StoreResult<qint64> queued = m_store->outbox().queuedCount();
    if (!queued)
        qCWarning(lcSync) << "cannot count the outbox:" << queued.error().detail;
    m_report.queued = queued.value_or(0);
}

void SyncEngine::finish() {
    if (!m_running)
        return;
    dropCurrentJob();
    releaseLease();
    countQueued();
    m_running = false;
    m_windows.clear();
    m_kindRun.reset();
    qCInfo(lcSync) << "sync run finished: pulled" << m_report.pulled << "new" << m_report.created << "updated"
                   << m_report.updated << "pushed" << m_report.pushed << "failed" << m_report.failed
                   << "conflicts" << m_report.conflicts << "queued" << m_report.queued;
    Q_EMIT finished(m_report);
}

} // namespace btxh
