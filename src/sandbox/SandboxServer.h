// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FaultSettings.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QHash>
#include <QHttpServer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <functional>
#include <memory>
#include <vector>

class QTcpSocket;

namespace btxh {

class Dossier;
class SandboxStore;

// The sandbox gateway: POST /token (client_credentials with Basic auth) and the six services under
// /apiBTXH/1.0/, answering in the real gateway's dialect (SandboxDialect), storing pushes in a SandboxStore,
// with fault injection (FaultSettings), plus /__admin/ endpoints for tests (never faulted, no token):
//   GET  /__admin/stats            counters and stored counts
//   GET  /__admin/faults           current faults;  POST /__admin/faults {"errorRate": 0.5, ...} changes them
//   POST /__admin/revoke-tokens    every issued token answers 401 from now on
//   POST /__admin/reset-stats      counters back to zero
//   GET  /__admin/records?MaHoSo=X push counts and stored request forms of one dossier
//   GET  /__admin/push-counts      how often each dossier, result and step was stored
// Listens on 127.0.0.1 only.
class SandboxServer : public QObject {
    Q_OBJECT

public:
    struct Config {
        QString consumerKey = QStringLiteral("demo-key");
        QString consumerSecret = QStringLiteral("demo-secret");
        int tokenLifetimeSeconds = 3600;
        QByteArray requiredTokenHeader;
        FaultSettings faults;
        quint32 faultSeed = 0;
        bool verbose = false;
        // Honour Idempotency-Key and keep one copy of a repeated step. Off (--no-dedup), repeats are stored
        // as they come: tests then prove the client's own exactly-once.
        bool deduplicate = true;
    };

    // The store is not owned and must outlive the server.
    SandboxServer(const Config &config, SandboxStore *store, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Returns the port (0 on failure, with a reason).
    quint16 listen(quint16 port, QString *error);
    quint16 port() const { return m_port; }

    // Generates and stores `count` dossiers with their steps and results; returns how many were stored.
    int seed(int count, quint32 seed, const QStringList &provinces, const QDateTime &until, int days,
             QString *error);

    FaultSettings faults() const { return m_config.faults; }
    void setFaults(const FaultSettings &faults) { m_config.faults = faults; }
    void revokeTokens();
    QJsonObject stats() const;
    // The time pushes are stamped with (pull windows apply to it); tests may fix it.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    struct Answer {
        int status = 200;
        QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };

private:
    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void respond(std::shared_ptr<QHttpServerResponder> responder, QPointer<QTcpSocket> socket,
                 const QHttpServerRequest &request, bool faulted);
    Answer handleToken(const QHttpServerRequest &request);
    Answer handleService(const QString &service, const QHttpServerRequest &request);
    Answer handleAdmin(const QString &path, const QHttpServerRequest &request);
    Answer pushDossier(const QJsonObject &body);
    Answer pushStep(const QJsonObject &body);
    Answer pull(const QString &service, const QJsonObject &body);
    bool authorized(const QHttpServerRequest &request) const;
    void storeDossier(const Dossier &dossier, const QDateTime &at);
    QDateTime now() const;
    void count(const QString &key, int n = 1) { m_counters[key] += n; }
    bool roll(double rate);

    Config m_config;
    SandboxStore *m_store;
    QHttpServer m_http;
    quint16 m_port = 0;
    QHash<QString, QDeadlineTimer> m_tokens;
    QHash<QString, int> m_counters;
    QRandomGenerator m_faultRng;
    std::function<QDateTime()> m_clock;
    QHash<QByteArray, Answer> m_idempotent; // Idempotency-Key and body digest -> the first answer
    qint64 m_appended = 0;
    std::vector<std::pair<QPointer<QTcpSocket>, std::shared_ptr<QHttpServerResponder>>> m_hanging;
};

} // namespace btxh
