// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncController.h"

#include "AppLog.h"
#include "CredentialResolver.h"
#include "GatewayClient.h"
#include "Store.h"
#include "SyncEngine.h"
#include "SyncSettings.h"

#include <QTimer>

namespace btxh::app {

SyncController::SyncController(const AppServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_resolver(new secrets::CredentialResolver(services.secrets, services.environment, this)) {
    qRegisterMetaType<btxh::SyncProgress>();
    qRegisterMetaType<btxh::SyncReport>();
}

SyncController::~SyncController() {
    if (m_engine && m_engine->isRunning())
        m_engine->cancel();
}

QString SyncController::connectionText() const {
    switch (m_connection) {
    case Connection::Unknown:
        return tr("Not synced yet");
    case Connection::Online:
        return tr("Online");
    case Connection::Offline:
        return tr("Working offline");
    case Connection::NotConfigured:
        return tr("No gateway configured");
    }
    return {};
}

qint64 SyncController::queuedCount() const {
    const StoreResult<qint64> queued = m_services.store->outbox().queuedCount();
    if (!queued)
        qCWarning(lcApp) << "cannot count the outbox:" << queued.error().detail;
    return queued.value_or(-1);
}

void SyncController::setConnection(Connection c) {
    if (m_connection == c)
        return;
    m_connection = c;
    Q_EMIT connectionChanged();
}

bool SyncController::syncNow(const SyncArea &area, const QDateTime &from, const QDateTime &to) {
    if (m_running)
        return false;
    m_running = true;
    m_cancelRequested = false;
    m_area = area;
    m_from = from;
    m_to = to;
    Q_EMIT started();

    SyncSettings settings;
    QString error;
    if (!settings.load(*m_services.store, &error)) {
        finishWith(SyncReport::Stop::StoreError, error);
        return true;
    }
    const std::optional<EndpointProfile> profile = settings.profile(m_services.environment, &error);
    if (!profile) {
        setConnection(Connection::NotConfigured);
        finishWith(SyncReport::Stop::Configuration, error);
        return true;
    }
    m_profile = *profile;
    if (m_area.isEmpty())
        m_area = settings.area();
    m_resolver->resolve(
        settings.keysProfile(),
        [this](const secrets::CredentialResult &result) {
            if (m_cancelRequested) {
                finishWith(SyncReport::Stop::Cancelled, QString());
                return;
            }
            if (!result.ok()) {
                setConnection(Connection::NotConfigured);
                finishWith(SyncReport::Stop::Configuration, result.message);
                return;
            }
            start(result.credentials.consumerKey, result.credentials.consumerSecret);
        },
        this);
    return true;
}

void SyncController::start(const QString &consumerKey, const QString &consumerSecret) {
    SyncSettings settings;
    QString error;
    settings.load(*m_services.store, &error);
    GatewayEnvironment env;
    env.network = m_services.network;
    env.profile = m_profile;
    if (m_client)
        m_client->deleteLater();
    if (m_engine)
        m_engine->deleteLater();
    m_client = new GatewayClient(env, Credentials{consumerKey, consumerSecret}, this);
    SyncOptions options;
    settings.applyTo(options);
    options.clock = m_services.clock;
    options.honourBackoff = false; // the officer asked for it now
    // A scheduled `btxh sync` or another officer's desktop on the office's server may be sending from this
    // database: the panel then says who (the officer the store audits), where, and since when.
    options.leaseOwner = QStringLiteral("btxh-desktop (%1)").arg(m_services.store->options().user);
    m_engine = new SyncEngine(m_services.store, m_client, options, this);
    connect(m_engine, &SyncEngine::progress, this, &SyncController::progress);
    connect(m_engine, &SyncEngine::finished, this, &SyncController::onEngineFinished);
    PullSpec spec;
    spec.area = m_area;
    spec.from = m_from;
    spec.to = m_to;
    qCInfo(lcApp) << "sync started for area" << m_area.key();
    if (!m_engine->sync(spec))
        finishWith(SyncReport::Stop::Configuration, tr("A sync is already running."));
}

void SyncController::cancel() {
    if (!m_running)
        return;
    m_cancelRequested = true;
    if (m_engine && m_engine->isRunning())
        m_engine->cancel();
}

void SyncController::finishWith(SyncReport::Stop stop, const QString &error) {
    SyncReport report;
    report.stop = stop;
    report.error = error;
    report.queued = queuedCount();
    // Like the engine: finished() never comes from inside syncNow().
    QTimer::singleShot(0, this, [this, report] { onEngineFinished(report); });
}

void SyncController::onEngineFinished(const SyncReport &report) {
    m_running = false;
    m_last = report;
    if (report.offline || report.stop == SyncReport::Stop::Offline) {
        setConnection(Connection::Offline);
    } else if (report.stop == SyncReport::Stop::None) {
        setConnection(Connection::Online);
        m_services.settings().setLastSuccessfulSync(m_services.now());
    } else if (report.stop == SyncReport::Stop::Configuration) {
        setConnection(Connection::NotConfigured);
    }
    qCInfo(lcApp) << "sync finished:" << int(report.stop) << "pushed" << report.pushed << "pulled"
                  << report.pulled;
    Q_EMIT finished(report);
}

} // namespace btxh::app
