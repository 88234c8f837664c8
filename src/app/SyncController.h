// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppServices.h"
#include "EndpointProfile.h"
#include "SyncArea.h"
#include "SyncProgress.h"
#include "SyncReport.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace btxh {
class GatewayClient;
class SyncEngine;
namespace secrets {
class CredentialResolver;
}
} // namespace btxh

namespace btxh::app {

// Runs the sync engine for the windows: reads the office's connection settings from the store, gets the key
// pair from the keychain (or the environment), then pushes the outbox and pulls the area's new data. It also
// knows whether the gateway answered the last time (online, working offline, not configured) for the status
// bar.
class SyncController : public QObject {
    Q_OBJECT
public:
    enum class Connection { Unknown, Online, Offline, NotConfigured };

    explicit SyncController(const AppServices &services, QObject *parent = nullptr);
    ~SyncController() override;

    bool isRunning() const { return m_running; }
    // Push, then pull `area` over [from, to] (invalid: from the stored watermark, until now). False when a
    // run is already going.
    bool syncNow(const SyncArea &area, const QDateTime &from = QDateTime(),
                 const QDateTime &to = QDateTime());
    void cancel();

    Connection connection() const { return m_connection; }
    QString connectionText() const;
    const SyncReport &lastReport() const { return m_last; }
    qint64 queuedCount() const;

Q_SIGNALS:
    void started();
    void progress(const btxh::SyncProgress &progress);
    void finished(const btxh::SyncReport &report);
    void connectionChanged();

private:
    void start(const QString &consumerKey, const QString &consumerSecret);
    void finishWith(SyncReport::Stop stop, const QString &error);
    void onEngineFinished(const SyncReport &report);
    void setConnection(Connection c);

    AppServices m_services;
    secrets::CredentialResolver *m_resolver;
    QPointer<GatewayClient> m_client;
    QPointer<SyncEngine> m_engine;
    SyncArea m_area;
    QDateTime m_from, m_to;
    bool m_running = false;
    bool m_cancelRequested = false;
    Connection m_connection = Connection::Unknown;
    SyncReport m_last;
    EndpointProfile m_profile;
};

} // namespace btxh::app
