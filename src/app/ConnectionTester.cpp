// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionTester.h"

#include "AppLog.h"
#include "GatewayEnvironment.h"
#include "TokenProvider.h"

namespace btxh::app {

ConnectionTester::ConnectionTester(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network) {}

ConnectionTester::~ConnectionTester() = default;

void ConnectionTester::test(const EndpointProfile &profile, const Credentials &credentials) {
    if (m_provider)
        m_provider->deleteLater();
    if (!credentials.isComplete()) {
        Q_EMIT finished(false,
                        tr("Enter the consumer key and secret (or store them in the keychain) first."));
        return;
    }
    GatewayEnvironment env;
    env.network = m_network;
    env.profile = profile;
    env.retry.maxAttempts = 1; // the officer is waiting for an answer, not for retries
    m_provider = new TokenProvider(env, credentials, this);
    TokenProvider *provider = m_provider;
    provider->requestToken(this, [this, provider](const QString &token, const GatewayError &error) {
        provider->deleteLater();
        if (error.isError() || token.isEmpty()) {
            qCInfo(lcApp) << "connection test failed:" << error.kindName();
            Q_EMIT finished(false, tr("The gateway did not give a token: %1").arg(error.text));
            return;
        }
        qCInfo(lcApp) << "connection test succeeded";
        Q_EMIT finished(true, tr("Connected: the gateway accepted the key pair."));
    });
}

} // namespace btxh::app
