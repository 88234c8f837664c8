// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Credentials.h"
#include "GatewayEnvironment.h"
#include "GatewayError.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace btxh {

class HttpCall;

// Gets an access token by client_credentials (§2) and shares it between calls until shortly before it
// expires (by the injected clock). Concurrent requests share one POST /token.
//
// The callback runs exactly once unless cancelled: synchronously when a valid token is cached, otherwise
// when the fetch ends. It is dropped if its context object is destroyed first.
class TokenProvider : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(const QString &token, const GatewayError &error)>;

    TokenProvider(const GatewayEnvironment &environment, const Credentials &credentials,
                  QObject *parent = nullptr);
    ~TokenProvider() override;

    // Replacing the credentials drops the cached token.
    void setCredentials(const Credentials &credentials);

    quint64 requestToken(QObject *context, Callback callback);
    void cancel(quint64 ticket);

    // The gateway refused `token` (HTTP 401): forget it, unless a newer one already replaced it.
    void invalidate(const QString &token);
    void clear();

    bool hasValidToken() const;
    QDateTime validUntil() const { return m_validUntil; }
    int fetchCount() const { return m_fetchCount; }

    // How long before expires_in we stop using a token: a tenth of its lifetime, at most a minute.
    static qint64 refreshMarginSeconds(qint64 expiresInSeconds);

Q_SIGNALS:
    void tokenFetched();
    void fetchFailed(const btxh::GatewayError &error);

private:
    struct Waiter {
        quint64 ticket;
        QPointer<QObject> context;
        bool hasContext;
        Callback callback;
    };

    void startFetch();
    void onFetchFinished();
    void deliver(const QString &token, const GatewayError &error);

    GatewayEnvironment m_env;
    Credentials m_credentials;
    QString m_token;
    QDateTime m_validUntil;
    QList<Waiter> m_waiters;
    HttpCall *m_call = nullptr;
    quint64 m_nextTicket = 1;
    int m_fetchCount = 0;
};

} // namespace btxh
