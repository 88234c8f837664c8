// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncHarness.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace btxh::test {

SyncHarness::SyncHarness(const QUrl &baseUrl, SyncOptions options, const QString &databasePath)
    : m_path(databasePath.isEmpty() ? m_dir.filePath(QStringLiteral("btxh.sqlite")) : databasePath)
    , m_options(std::move(options)) {
    // Each run in a test stands for an officer pressing "Sync now": queued items are tried at once.
    m_options.honourBackoff = false;
    m_store.open(m_path);
    setGateway(baseUrl, RetryPolicy::fast(3));
}

SyncHarness::~SyncHarness() {
    m_engine.reset();
    m_client.reset();
}

void SyncHarness::setGateway(const QUrl &baseUrl, const RetryPolicy &retry, int transferTimeoutMs,
                             qint64 maxResponseBytes, const PostReformForm &postReform) {
    m_engine.reset();
    m_client.reset();
    GatewayEnvironment env;
    env.network = &m_network;
    env.profile = EndpointProfile::custom(baseUrl);
    env.profile.transferTimeoutMs = transferTimeoutMs;
    env.profile.tokenTimeoutMs = transferTimeoutMs;
    env.profile.maxResponseBytes = maxResponseBytes;
    env.profile.postReform = postReform;
    env.retry = retry;
    m_client = std::make_unique<GatewayClient>(
        env, Credentials{QStringLiteral("demo-key"), QStringLiteral("demo-secret")});
    QObject::connect(m_client.get(), &GatewayClient::jobStarted, m_client.get(), [this](GatewayJob *job) {
        QString line = job->endpoint();
        if (auto *d = qobject_cast<PushDossierJob *>(job))
            line += QStringLiteral("/1 ") + d->dossier().code();
        else if (auto *r = qobject_cast<PushResultJob *>(job))
            line += QStringLiteral("/100 ") + r->dossier().code();
        else if (auto *s = qobject_cast<PushProgressJob *>(job))
            line += u' ' + s->step().dossierCode();
        else
            ++pullJobsStarted;
        jobsStarted << line;
    });
    m_engine = std::make_unique<SyncEngine>(&m_store, m_client.get(), m_options);
}

SyncReport SyncHarness::wait(int timeoutMs) {
    if (!m_engine->isRunning())
        return m_engine->report();
    QEventLoop loop;
    bool timedOut = false;
    QObject::connect(m_engine.get(), &SyncEngine::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    loop.exec();
    if (timedOut) {
        SyncReport r;
        r.stop = SyncReport::Stop::StoreError;
        r.error = QStringLiteral("timeout: the run did not end");
        return r;
    }
    return m_engine->report();
}

SyncReport SyncHarness::push(int timeoutMs) {
    if (!m_engine->push())
        return {};
    return wait(timeoutMs);
}

SyncReport SyncHarness::pull(const PullSpec &spec, int timeoutMs) {
    if (!m_engine->pull(spec))
        return {};
    return wait(timeoutMs);
}

SyncReport SyncHarness::sync(const PullSpec &spec, int timeoutMs) {
    if (!m_engine->sync(spec))
        return {};
    return wait(timeoutMs);
}

PullSpec SyncHarness::area11(PullKinds kinds) {
    PullSpec spec;
    spec.kinds = kinds;
    spec.area.province = QStringLiteral("11");
    return spec;
}

} // namespace btxh::test
