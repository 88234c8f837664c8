// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenProvider.h"

#include "HttpCall.h"
#include "JsonCodec.h"
#include "NdxpLog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace btxh {

TokenProvider::TokenProvider(const GatewayEnvironment &environment, const Credentials &credentials,
                             QObject *parent)
    : QObject(parent)
    , m_env(environment)
    , m_credentials(credentials) {}

TokenProvider::~TokenProvider() = default;

void TokenProvider::setCredentials(const Credentials &credentials) {
    if (credentials == m_credentials)
        return;
    m_credentials = credentials;
    clear();
}

qint64 TokenProvider::refreshMarginSeconds(qint64 expiresInSeconds) {
    return std::clamp<qint64>(expiresInSeconds / 10, 0, 60);
}

bool TokenProvider::hasValidToken() const {
    return !m_token.isEmpty() && m_validUntil.isValid() && m_env.now() < m_validUntil;
}

void TokenProvider::clear() {
    m_token.clear();
    m_validUntil = QDateTime();
}

void TokenProvider::invalidate(const QString &token) {
    if (!token.isEmpty() && token == m_token) {
        qCInfo(lcNdxp) << "token refused by the gateway; fetching a new one";
        clear();
    }
}

quint64 TokenProvider::requestToken(QObject *context, Callback callback) {
    const quint64 ticket = m_nextTicket++;
    if (hasValidToken()) {
        callback(m_token, GatewayError());
        return ticket;
    }
    m_waiters.append({ticket, context, context != nullptr, std::move(callback)});
    if (!m_call)
        startFetch();
    return ticket;
}

void TokenProvider::cancel(quint64 ticket) {
    m_waiters.removeIf([ticket](const Waiter &w) { return w.ticket == ticket; });
    if (m_waiters.isEmpty() && m_call)
        m_call->abort();
}

void TokenProvider::startFetch() {
    if (!m_credentials.isComplete()) {
        deliver({}, GatewayError::configuration(
                        tr("No consumer key and secret are set for this connection. Set them with "
                           "\"btxh keys set\" or in the connection settings.")));
        return;
    }
    const QString invalid = m_env.profile.validationError();
    if (!invalid.isEmpty()) {
        deliver({}, GatewayError::configuration(invalid));
        return;
    }

    HttpCall::Request request;
    request.label = QStringLiteral("token");
    request.url = m_env.profile.tokenUrl();
    request.transferTimeoutMs = m_env.profile.tokenTimeoutMs;
    request.deadlineMs = m_env.profile.requestDeadlineMs;
    const QByteArray pair = m_credentials.consumerKey.toUtf8() + ':' + m_credentials.consumerSecret.toUtf8();
    request.headers = {
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")},
        {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")},
        {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic ") + pair.toBase64()},
    };
    request.body = QByteArrayLiteral("grant_type=client_credentials");

    ++m_fetchCount;
    m_call = new HttpCall(m_env, std::move(request), this);
    connect(m_call, &HttpCall::finished, this, &TokenProvider::onFetchFinished);
    m_call->start();
}

void TokenProvider::onFetchFinished() {
    HttpCall *call = m_call;
    m_call = nullptr;
    call->deleteLater();
    const HttpCall::Outcome &o = call->outcome();

    GatewayError error = o.error;
    if (!error.isError()) {
        if (o.status == 400 || o.status == 401 || o.status == 403) {
            error = GatewayError::unauthorized(true, o.status);
        } else if (o.status < 200 || o.status > 299) {
            error = GatewayError::httpStatusError(o.status, QString::fromLatin1(o.reasonPhrase));
            error.retryAfterSeconds = o.retryAfterSeconds;
        } else {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(o.body.joined(), &parseError);
            QString problem;
            if (!doc.isObject()) {
                problem = o.body.startsAfterSpaceWith('<')
                              ? tr("the token service answered with an HTML page instead of JSON")
                              : tr("the token service's answer is not a JSON object (%1 at byte %2)")
                                    .arg(parseError.errorString())
                                    .arg(parseError.offset);
                error = GatewayError::malformed(problem);
            } else if (const std::optional<TokenResponse> token =
                           JsonCodec::readToken(doc.object(), &problem);
                       !token || token->accessToken.isEmpty()) {
                error = GatewayError::malformed(
                    problem.isEmpty() ? tr("the token service sent no access_token") : problem);
            } else {
                m_token = token->accessToken;
                const qint64 lifetime = std::max<qint64>(token->expiresInSeconds, 0);
                m_validUntil = m_env.now().addSecs(lifetime - refreshMarginSeconds(lifetime));
                qCInfo(lcNdxp) << "token fetched, valid for" << lifetime << "s";
            }
        }
    }
    error.attempts = o.attempts;
    if (error.isError()) {
        if (error.kind != GatewayError::Kind::Cancelled) {
            qCWarning(lcNdxp) << "token fetch failed:" << error.kindName() << "HTTP" << o.status;
            Q_EMIT fetchFailed(error);
        }
        deliver({}, error);
        return;
    }
    Q_EMIT tokenFetched();
    deliver(m_token, GatewayError());
}

void TokenProvider::deliver(const QString &token, const GatewayError &error) {
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.hasContext && !w.context)
            continue;
        w.callback(token, error);
    }
}

} // namespace btxh
