// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GatewayEnvironment.h"
#include "GatewayError.h"
#include "ReplyBody.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace btxh {

// One logical POST, sent again after a network error, a 5xx or a 429 (waiting as Retry-After says) with
// exponential backoff and jitter, up to the retry policy's number of attempts — except, for a request that
// must not be repeated blindly (Request::resendAfterUnknownOutcome), after an outcome that leaves open
// whether the server acted on it. Every other answer (2xx, 4xx) ends the call: interpreting it is the job's
// business.
//
// Enforced on every attempt: TLS verification (never relaxed), the profile's transfer timeout, an overall
// deadline, the profile's maximum reply size, no redirects.
class HttpCall : public QObject {
    Q_OBJECT

public:
    struct Request {
        QString label; // for logs: "token", "DongBoDVC", ...
        QUrl url;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int transferTimeoutMs = 60000;
        int deadlineMs = 0; // the whole answer, however slowly it trickles; 0 = none
        // False: a request the server may have received (a timeout, a dropped connection, a 5xx) is not sent
        // again, since a repeat could be stored twice. A refused connection or a 429 is still retried.
        bool resendAfterUnknownOutcome = true;
    };

    struct Outcome {
        GatewayError error; // set when no usable HTTP answer arrived (network, timeout, TLS, size, cancel)
        int status = 0;
        QByteArray reasonPhrase;
        QByteArray contentType;
        ReplyBody body;
        int attempts = 0;
        int retryAfterSeconds = -1; // on the last answer, when it had one
        // The server may have acted on the request although no usable answer came back.
        bool outcomeUnknown = false;
    };

    HttpCall(const GatewayEnvironment &environment, Request request, QObject *parent = nullptr);
    ~HttpCall() override;

    void start();
    void abort();
    bool isRunning() const { return m_running; }
    const Outcome &outcome() const { return m_outcome; }

    // Seconds from a Retry-After value (delta-seconds or an HTTP date), or -1.
    static int parseRetryAfter(const QByteArray &value, const QDateTime &now);

Q_SIGNALS:
    void finished();

private:
    void sendAttempt();
    void onReplyFinished();
    void retryOrFinish(qint64 delayMs);
    void finish();
    void checkSize(qint64 bytes);
    void takeArrived(QNetworkReply *reply);

    GatewayEnvironment m_env;
    Request m_request;
    Outcome m_outcome;
    ReplyBody m_arrived; // this attempt's body so far
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QTimer m_deadline;
    bool m_deadlineHit = false;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_tooLarge = false;
};

} // namespace btxh
