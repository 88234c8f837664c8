// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Credentials.h"
#include "EndpointProfile.h"
#include "TokenProvider.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace btxh::app {

// "Test connection": asks the gateway for a token with the key pair, which proves the address, the TLS chain
// and the key pair at once, and nothing else (no dossier is read or sent).
class ConnectionTester : public QObject {
    Q_OBJECT
public:
    ConnectionTester(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ConnectionTester() override;

    void test(const EndpointProfile &profile, const Credentials &credentials);
    bool isRunning() const { return m_provider != nullptr; }

Q_SIGNALS:
    // `message` is translated: what worked, or what did not and what to do.
    void finished(bool ok, const QString &message);

private:
    QNetworkAccessManager *m_network;
    QPointer<TokenProvider> m_provider;
};

} // namespace btxh::app
