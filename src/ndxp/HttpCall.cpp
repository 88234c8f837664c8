// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpCall.h"

#include "NdxpLog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimeZone>

#include <cstring>
#include <limits>
#include <utility>

namespace btxh {

namespace {

bool isTransportError(QNetworkReply::NetworkError error) {
    // 1-199: connection and proxy errors; 399: the HTTP stream itself broke. The 2xx-4xx ranges of the enum
    // only restate the HTTP status, which we read ourselves.
    const int e = int(error);
    return (e >= 1 && e < 200) || error == QNetworkReply::ProtocolFailure;
}

// The request cannot have reached the server: nothing was listening, or there was nowhere to connect.
bool neverDelivered(QNetworkReply::NetworkError error) {
    return error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError ||
           error == QNetworkReply::ProxyConnectionRefusedError || error == QNetworkReply::ProxyNotFoundError;
}

bool isTlsError(QNetworkReply::NetworkError error) {
    return error == QNetworkReply::SslHandshakeFailedError;
}

// A request body that can be read once and never rewound.
class OneShotBody : public QIODevice {
public:
    explicit OneShotBody(const QByteArray &data)
        : m_data(data) {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace

HttpCall::HttpCall(const GatewayEnvironment &environment, Request request, QObject *parent)
    : QObject(parent)
    , m_env(environment)
    , m_request(std::move(request)) {
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpCall::sendAttempt);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (!m_reply)
            return;
        qCInfo(lcNdxp) << m_request.label << "no complete answer within" << m_request.deadlineMs << "ms";
        m_deadlineHit = true;
        m_reply->abort();
    });
}

HttpCall::~HttpCall() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpCall::start() {
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_outcome = Outcome();
    sendAttempt();
}

void HttpCall::abort() {
    if (!m_running)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    m_deadline.stop();
    if (QNetworkReply *reply = m_reply) {
        reply->abort(); // normally finishes synchronously through onReplyFinished
        if (!m_running)
            return;
        reply->disconnect(this);
        reply->deleteLater();
        m_reply = nullptr;
    }
    m_outcome.error = GatewayError::cancelled();
    finish();
}

int HttpCall::parseRetryAfter(const QByteArray &value, const QDateTime &now) {
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(std::min<qlonglong>(seconds, 24 * 3600));
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    return int(std::clamp<qint64>(now.secsTo(when), 0, 24 * 3600));
}

void HttpCall::sendAttempt() {
    ++m_outcome.attempts;
    m_arrived.clear();
    m_tooLarge = false;
    m_deadlineHit = false;
    if (m_request.deadlineMs > 0)
        m_deadline.start(m_request.deadlineMs);

    QNetworkRequest request(m_request.url);
    // Redirects are not part of the API; following one could send the token somewhere else.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_request.transferTimeoutMs);
    for (const auto &[name, value] : m_request.headers)
        request.setRawHeader(name, value);
#if QT_CONFIG(ssl)
    if (m_request.url.scheme() == u"https") {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_env.profile.trustedCaFile.isEmpty()) {
            const QList<QSslCertificate> extra = QSslCertificate::fromPath(m_env.profile.trustedCaFile);
            if (!extra.isEmpty())
                tls.addCaCertificates(extra);
        }
        request.setSslConfiguration(tls);
    }
#endif

    qCDebug(lcNdxp) << "POST" << m_request.label << "attempt" << m_outcome.attempts;
    if (m_request.resendAfterUnknownOutcome) {
        m_reply = m_env.network->post(request, m_request.body);
    } else {
        // QNetworkAccessManager sends a request again by itself when the connection closes while it waits for
        // the answer — after the server may have acted on it. A body it can read only once makes it report
        // that (ContentReSendError) instead.
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(m_request.body);
        m_reply = m_env.network->post(request, body);
        body->setParent(m_reply);
    }
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            checkSize(length.toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this](qint64 received, qint64) { checkSize(received); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { takeArrived(reply); });
    connect(reply, &QNetworkReply::finished, this, &HttpCall::onReplyFinished);
}

void HttpCall::takeArrived(QNetworkReply *reply) {
    // Taken as it arrives, in the reply's own pieces: a piece read whole is handed over without a copy (and
    // readAll() at the end would copy every byte once more, on the thread that writes the store).
    for (qint64 n = reply->bytesAvailable(); n > 0; n = reply->bytesAvailable()) {
        QByteArray piece = reply->read(n);
        if (piece.isEmpty())
            break;
        m_arrived.append(std::move(piece));
    }
}

void HttpCall::checkSize(qint64 bytes) {
    if (m_tooLarge || bytes <= m_env.profile.maxResponseBytes || !m_reply)
        return;
    m_tooLarge = true;
    qCWarning(lcNdxp) << m_request.label << "reply larger than" << m_env.profile.maxResponseBytes
                      << "bytes, refused";
    m_reply->abort();
}

void HttpCall::onReplyFinished() {
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_deadline.stop();
    reply->deleteLater();

    const QNetworkReply::NetworkError error = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (m_cancelled) {
        m_outcome.error = GatewayError::cancelled();
        finish();
        return;
    }
    if (m_tooLarge) {
        m_outcome.error = GatewayError::tooLarge(m_env.profile.maxResponseBytes);
        finish();
        return;
    }
    if (isTlsError(error)) {
        m_outcome.error = GatewayError::tls(reply->errorString());
        qCWarning(lcNdxp) << m_request.label << "TLS verification failed";
        // QNetworkAccessManager keys its connection cache by host and port only: without this, a corrected
        // profile (e.g. a CA file added) would keep failing on the connection set up for the old one.
        m_env.network->clearConnectionCache();
        finish();
        return;
    }
    // An abort we did not ask for is the transfer timeout (Qt reports it as a cancelled operation).
    const bool timedOut = m_deadlineHit || error == QNetworkReply::TimeoutError ||
                          error == QNetworkReply::OperationCanceledError;
    // Qt 6.4 can end a reply whose connection closed before the announced length came as if it were whole,
    // when it reads the close before the last bytes: a body cut short is a broken transfer, never a reply.
    // (Qt drops Content-Length from a reply it decompresses, whose length it does not give.)
    takeArrived(reply);
    const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
    const bool cutShort = announced.isValid() && m_arrived.size() < announced.toLongLong();
    if (timedOut || isTransportError(error) || status == 0 || cutShort) {
        const int limitMs = m_deadlineHit ? m_request.deadlineMs : m_request.transferTimeoutMs;
        // The short body is the reason only when Qt saw nothing wrong itself.
        const bool onlyCutShort = cutShort && !isTransportError(error) && status != 0;
        const QString reason = onlyCutShort ? tr("the connection closed after %1 of the %2 bytes announced")
                                                  .arg(m_arrived.size())
                                                  .arg(announced.toLongLong())
                                            : reply->errorString();
        m_outcome.error =
            timedOut ? GatewayError::timeout((limitMs + 999) / 1000) : GatewayError::network(reason);
        m_outcome.status = 0;
        m_outcome.body.clear();
        m_outcome.outcomeUnknown = !neverDelivered(error);
        qCInfo(lcNdxp) << m_request.label << "attempt" << m_outcome.attempts << "failed:" << error
                       << (cutShort ? "(body cut short)" : "");
        retryOrFinish(m_env.retry.backoffMs(m_outcome.attempts, m_env.nextRandom()));
        return;
    }
    m_outcome.outcomeUnknown = status >= 500;

    m_outcome.error = GatewayError();
    m_outcome.status = status;
    m_outcome.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    m_outcome.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    m_outcome.body = std::exchange(m_arrived, ReplyBody());
    m_outcome.retryAfterSeconds =
        parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    qCDebug(lcNdxp) << m_request.label << "HTTP" << status << "attempt" << m_outcome.attempts
                    << m_outcome.body.size() << "bytes";

    if (status >= 500 || status == 429) {
        qint64 delay = m_env.retry.backoffMs(m_outcome.attempts, m_env.nextRandom());
        if (m_outcome.retryAfterSeconds >= 0) {
            if (m_outcome.retryAfterSeconds > m_env.retry.maxRetryAfterSeconds) {
                qCInfo(lcNdxp) << m_request.label << "Retry-After" << m_outcome.retryAfterSeconds
                               << "s is longer than we wait; giving up for now";
                finish();
                return;
            }
            delay = std::max<qint64>(delay, qint64(m_outcome.retryAfterSeconds) * 1000);
        }
        retryOrFinish(delay);
        return;
    }
    finish();
}

void HttpCall::retryOrFinish(qint64 delayMs) {
    if (m_outcome.attempts >= std::max(1, m_env.retry.maxAttempts)) {
        finish();
        return;
    }
    if (m_outcome.outcomeUnknown && !m_request.resendAfterUnknownOutcome) {
        qCInfo(lcNdxp) << m_request.label << "not sent again: the server may have it already";
        finish();
        return;
    }
    qCInfo(lcNdxp) << m_request.label << "retrying in" << delayMs << "ms";
    m_retryTimer.start(int(std::min<qint64>(delayMs, std::numeric_limits<int>::max())));
}

void HttpCall::finish() {
    m_running = false;
    Q_EMIT finished();
}

} // namespace btxh
