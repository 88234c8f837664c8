// SPDX-License-Identifier: GPL-3.0-or-later
#include "GatewayJob.h"

#include "NdxpLog.h"
#include "TokenProvider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace btxh {

namespace {

// A JSON body of an error answer may carry the gateway's own code and message: keep them verbatim.
void takeGatewayVerdict(const QByteArray &body, GatewayError &error) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return;
    QJsonObject o = doc.object();
    // {"result": {...}} from the services, {"fault": {...}} from the WSO2 gateway in front of them.
    for (const char *wrapper : {"result", "fault"}) {
        if (o.value(QLatin1StringView(wrapper)).isObject()) {
            o = o.value(QLatin1StringView(wrapper)).toObject();
            break;
        }
    }
    const QJsonValue code = o.value(QLatin1StringView("error_code"));
    if (code.isDouble()) {
        error.hasGatewayCode = true;
        error.gatewayCode = code.toInt();
    }
    for (const char *key : {"message", "error_description", "description"}) {
        const QJsonValue m = o.value(QLatin1StringView(key));
        if (m.isString()) {
            error.gatewayMessage = m.toString();
            break;
        }
    }
    if (!error.gatewayMessage.isEmpty())
        error.text += u' ' + error.gatewayMessage;
}

} // namespace

GatewayJob::GatewayJob(const GatewayEnvironment &environment, TokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_env(environment)
    , m_tokens(tokens) {}

GatewayJob::~GatewayJob() {
    if (m_tokens && m_tokenTicket)
        m_tokens->cancel(m_tokenTicket);
}

QString GatewayJob::endpointOf(Service service) {
    switch (service) {
    case Service::PushDossier:
    case Service::PushResult:
        return QStringLiteral("DongBoDVC");
    case Service::PushProgress:
        return QStringLiteral("XuLyHoSo");
    case Service::PullDossiers:
    case Service::PullResults:
        return QStringLiteral("DanhSachHoSo");
    case Service::PullProgress:
        break;
    }
    return QStringLiteral("TienTrinhXuLy");
}

void GatewayJob::start() {
    if (m_started)
        return;
    m_started = true;
    QTimer::singleShot(0, this, &GatewayJob::run);
}

void GatewayJob::abort() {
    if (m_finished || m_finishQueued)
        return;
    m_started = true;
    if (m_tokens && m_tokenTicket) {
        m_tokens->cancel(m_tokenTicket);
        m_tokenTicket = 0;
    }
    GatewayError cancelled = GatewayError::cancelled();
    if (m_call) {
        cancelled.outcomeUnknown = m_call->isRunning(); // the request may be on its way already
        m_call->disconnect(this);
        m_call->abort();
    }
    finishWith(cancelled);
}

void GatewayJob::run() {
    if (m_finished || m_finishQueued)
        return;
    const QString invalid = m_env.profile.validationError();
    if (!invalid.isEmpty()) {
        finishWith(GatewayError::configuration(invalid));
        return;
    }
    if (!m_env.network || !m_tokens) {
        finishWith(GatewayError::configuration(QStringLiteral("internal: no network access manager")));
        return;
    }
    m_tokenTicket = m_tokens->requestToken(this, [this](const QString &token, const GatewayError &error) {
        m_tokenTicket = 0;
        onToken(token, error);
    });
}

void GatewayJob::onToken(const QString &token, const GatewayError &error) {
    if (m_finished || m_finishQueued)
        return;
    if (error.isError()) {
        finishWith(error);
        return;
    }
    m_token = token;

    HttpCall::Request request;
    request.label = endpoint();
    request.url = m_env.profile.serviceUrl(endpoint());
    request.transferTimeoutMs = m_env.profile.transferTimeoutMs;
    const QByteArray tokenBytes = token.toUtf8();
    request.headers = {
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")},
        {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")},
        {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + tokenBytes},
    };
    if (!m_env.profile.extraTokenHeader.isEmpty())
        request.headers.append({m_env.profile.extraTokenHeader, tokenBytes});
    if (!m_idempotencyKey.isEmpty())
        request.headers.append({QByteArrayLiteral("Idempotency-Key"), m_idempotencyKey.toLatin1()});
    request.resendAfterUnknownOutcome = resendIsHarmless();
    request.deadlineMs = m_env.profile.requestDeadlineMs;
    request.body = requestBody();

    delete m_call;
    m_call = new HttpCall(m_env, std::move(request), this);
    connect(m_call, &HttpCall::finished, this, &GatewayJob::onCallFinished);
    m_call->start();
}

GatewayError GatewayJob::errorFromStatus(const HttpCall::Outcome &o) {
    GatewayError error = GatewayError::httpStatusError(o.status, QString::fromLatin1(o.reasonPhrase));
    error.retryAfterSeconds = o.retryAfterSeconds;
    takeGatewayVerdict(o.body.joined(), error);
    return error;
}

void GatewayJob::onCallFinished() {
    const HttpCall::Outcome o = m_call->outcome();
    m_call->deleteLater();
    m_call = nullptr;
    m_attempts += o.attempts;

    if (o.error.isError()) {
        GatewayError error = o.error;
        error.outcomeUnknown = o.outcomeUnknown;
        finishWith(error);
        return;
    }
    if (o.status == 401) {
        if (!m_replayed && m_tokens) {
            // The token expired early or was revoked: one new token, one replay.
            m_replayed = true;
            m_tokens->invalidate(m_token);
            qCInfo(lcNdxp) << endpoint() << logKey() << "HTTP 401; replaying once with a new token";
            m_tokenTicket =
                m_tokens->requestToken(this, [this](const QString &token, const GatewayError &error) {
                    m_tokenTicket = 0;
                    onToken(token, error);
                });
            return;
        }
        GatewayError error = GatewayError::unauthorized(false, o.status);
        takeGatewayVerdict(o.body.joined(), error);
        finishWith(error);
        return;
    }
    if (o.status < 200 || o.status > 299) {
        GatewayError error = errorFromStatus(o);
        error.outcomeUnknown = o.outcomeUnknown;
        finishWith(error);
        return;
    }
    GatewayError error;
    if (o.contentType.toLower().contains("html") || o.body.startsAfterSpaceWith('<'))
        error = GatewayError::malformed(
            tr("the gateway answered with an HTML page instead of JSON (HTTP %1); a proxy or the gateway's "
               "error page may be in the way")
                .arg(o.status));
    else if (o.body.isBlank())
        error = GatewayError::malformed(tr("the reply is empty (HTTP %1)").arg(o.status));
    else
        error = readReply(o.body);
    // A 2xx we cannot read may well have been stored.
    error.outcomeUnknown = error.kind == GatewayError::Kind::MalformedReply;
    finishWith(error);
}

void GatewayJob::finishWith(const GatewayError &error) {
    if (m_finished || m_finishQueued)
        return;
    m_error = error;
    m_error.attempts = std::max(m_error.attempts, m_attempts);
    m_finishQueued = true;
    if (error.isError() && error.kind != GatewayError::Kind::Cancelled)
        qCWarning(lcNdxp) << endpoint() << logKey() << "failed:" << error.kindName() << "HTTP"
                          << error.httpStatus << "after" << m_attempts << "attempt(s)";
    else
        qCDebug(lcNdxp) << endpoint() << logKey() << (error.isError() ? "cancelled" : "done") << "after"
                        << m_attempts << "attempt(s)";
    // Queued so that finished() never fires inside start()/abort() or inside a token callback.
    QTimer::singleShot(0, this, [this] {
        m_finished = true;
        Q_EMIT finished();
        if (m_autoDelete)
            deleteLater();
    });
}

} // namespace btxh
