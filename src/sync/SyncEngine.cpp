// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncEngine.h"

#include "GatewayClient.h"
#include "Store.h"
#include "SyncLog.h"

#include <QTimer>

namespace btxh {

SyncEngine::SyncEngine(Store *store, GatewayClient *client, const SyncOptions &options, QObject *parent)
    : QObject(parent)
    , m_push(m_run, *this)
    , m_pull(m_run, *this) {
    qRegisterMetaType<btxh::SyncProgress>();
    qRegisterMetaType<btxh::SyncReport>();
    m_run.store = store;
    m_run.client = client;
    m_run.options = options;
}

SyncEngine::~SyncEngine() {
    if (m_run.currentJob)
        m_run.currentJob->abort();
    m_push.releaseLease();
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
    if (m_run.running)
        return false;
    m_run.running = true;
    m_run.cancelRequested = false;
    m_run.finishQueued = false;
    m_run.report = SyncReport();
    m_run.spec = spec;
    m_run.doPull = doPull;
    m_run.startedAt = m_run.now();
    m_push.reset();
    m_pull.reset();
    qCInfo(lcSync) << "sync run started:" << (doPush ? "push" : "") << (doPull ? "pull" : "");
    // Never from inside the call: the caller connects to finished() after starting, as with the jobs.
    QTimer::singleShot(0, this, [this, doPush] {
        if (doPush)
            m_push.begin();
        else
            m_pull.begin();
    });
    return true;
}

void SyncEngine::cancel() {
    if (!m_run.running || m_run.cancelRequested)
        return;
    qCInfo(lcSync) << "cancel requested";
    m_run.cancelRequested = true;
    if (m_run.currentJob)
        m_run.currentJob->abort(); // its finished() arrives later and ends the run
}

std::optional<std::pair<QDateTime, QDateTime>> SyncEngine::pullRange(PullKind kind, const PullSpec &spec,
                                                                     QString *error, StoreError *storeError) {
    return m_pull.pullRange(kind, spec, error, storeError);
}

void SyncEngine::pushDone() {
    if (m_run.doPull)
        return m_pull.begin();
    finish();
}

void SyncEngine::reportProgress(const SyncProgress &progress) {
    Q_EMIT this->progress(progress);
}

void SyncEngine::dropCurrentJob() {
    if (GatewayJob *job = m_run.currentJob) {
        job->disconnect(&m_push);
        job->disconnect(&m_pull);
        job->abort();
        m_run.currentJob = nullptr;
    }
}

void SyncEngine::storeFailed(const QString &what, const StoreError &e) {
    qCWarning(lcSync) << "store error while" << what << StoreError::kindName(e.kind);
    stopWith(
        SyncReport::Stop::StoreError,
        tr("The local database failed while %1: %2").arg(what, e.message.isEmpty() ? e.detail : e.message));
}

void SyncEngine::stopWith(SyncReport::Stop stop, const QString &error) {
    dropCurrentJob();
    m_run.report.stop = stop;
    m_run.report.offline = stop == SyncReport::Stop::Offline;
    m_run.report.error = error;
    qCInfo(lcSync) << "sync run stopped:" << int(stop);
    finish();
}

void SyncEngine::countQueued() {
    const StoreResult<qint64> queued = m_run.store->outbox().queuedCount();
    if (!queued)
        qCWarning(lcSync) << "cannot count the outbox:" << queued.error().detail;
    m_run.report.queued = queued.value_or(0);
}

void SyncEngine::finish() {
    if (!m_run.running)
        return;
    dropCurrentJob();
    m_push.releaseLease();
    countQueued();
    m_run.running = false;
    m_pull.clear();
    const SyncReport &r = m_run.report;
    qCInfo(lcSync) << "sync run finished: pulled" << r.pulled << "new" << r.created << "updated" << r.updated
                   << "pushed" << r.pushed << "failed" << r.failed << "conflicts" << r.conflicts << "queued"
                   << r.queued;
    Q_EMIT finished(m_run.report);
}

} // namespace btxh
