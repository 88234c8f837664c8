// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GatewayEnvironment.h"
#include "GatewayError.h"
#include "HttpCall.h"

#include <QObject>
#include <QPointer>

namespace btxh {

class TokenProvider;

// One call of one of the six services (§3): token, POST {base}/apiBTXH/1.0/{service} with a JSON body,
// retries (HttpCall), and on HTTP 401 one new token and one replay. Subclasses say which service and body,
// and how to read a successful reply.
//
// Lifecycle (as Nextcloud's network jobs): start() schedules the call on the event loop; finished() is
// emitted exactly once, never from inside start() or abort(); then the job deletes itself (deleteLater)
// unless setAutoDelete(false). Read the typed result in the slot connected to finished().
class GatewayJob : public QObject {
    Q_OBJECT

public:
    enum class Service { PushDossier, PushProgress, PushResult, PullDossiers, PullProgress, PullResults };
    Q_ENUM(Service)

    GatewayJob(const GatewayEnvironment &environment, TokenProvider *tokens, QObject *parent = nullptr);
    ~GatewayJob() override;

    virtual Service service() const = 0;
    // The endpoint under {base}/apiBTXH/1.0/: DongBoDVC, XuLyHoSo, DanhSachHoSo or TienTrinhXuLy.
    QString endpoint() const { return endpointOf(service()); }
    static QString endpointOf(Service service);

    void start();
    // Stops the call; finished() follows (queued) with a Cancelled error. Harmless after finishing.
    void abort();

    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    const GatewayError &error() const { return m_error; }
    int attempts() const { return m_attempts; }
    bool replayedAfterUnauthorized() const { return m_replayed; }

    // Sent as the Idempotency-Key header: the same item sent again carries the same key, so a gateway that
    // honours it stores it once. Set before the job runs.
    void setIdempotencyKey(const QString &key) { m_idempotencyKey = key; }
    const QString &idempotencyKey() const { return m_idempotencyKey; }
    // Whether sending the request again after an unknown outcome (a timeout, a dropped connection, a 5xx)
    // cannot store anything twice: the service upserts (DongBoDVC by MaHoSo) or only reads.
    virtual bool resendIsHarmless() const { return true; }

Q_SIGNALS:
    void finished();

protected:
    virtual QByteArray requestBody() const = 0;
    // A 2xx reply whose body looks like JSON; set the typed result and return the error, if any.
    virtual GatewayError readReply(const ReplyBody &body) = 0;
    // The record this job is about, for logs (a MaHoSo or a window); never personal data.
    virtual QString logKey() const { return {}; }

    const GatewayEnvironment &environment() const { return m_env; }

private:
    void run();
    void onToken(const QString &token, const GatewayError &error);
    void onCallFinished();
    void finishWith(const GatewayError &error);
    static GatewayError errorFromStatus(const HttpCall::Outcome &outcome);

    GatewayEnvironment m_env;
    QPointer<TokenProvider> m_tokens;
    QString m_idempotencyKey;
    HttpCall *m_call = nullptr;
    QString m_token;
    quint64 m_tokenTicket = 0;
    GatewayError m_error;
    int m_attempts = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_finishQueued = false;
    bool m_replayed = false;
    bool m_autoDelete = true;
};

} // namespace btxh
