// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <functional>
#include <memory>

class QTcpSocket;

// A fake gateway on 127.0.0.1 speaking just enough HTTP/1.1 for QNetworkAccessManager, with full control
// over what goes wrong: hang, drop the connection, cut the body short, send anything at all.
class ScriptedServer : public QObject {
    Q_OBJECT

public:
    struct Request {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    struct Reply {
        // Trickle: the headers, then the body one byte every 100 ms (a server that never quite stops).
        enum class Mode { Normal, Hang, Drop, Truncate, Trickle };
        int status = 200;
        QByteArray contentType = QByteArrayLiteral("application/json");
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        Mode mode = Mode::Normal;
    };
    using Handler = std::function<Reply(const Request &)>;

    // With certificate and key files, serves HTTPS (TLS 1.2+) instead of HTTP.
    explicit ScriptedServer(QObject *parent = nullptr, const QString &certificateFile = {},
                            const QString &keyFile = {});
    ~ScriptedServer() override;

    quint16 port() const { return m_server->serverPort(); }
    QByteArray baseUrl() const;
    // Answers /token with a fresh token "token-N" (N counts from 1) valid for `expiresIn` seconds.
    void setTokenLifetime(int seconds) { m_expiresIn = seconds; }
    Handler tokenHandler;   // overrides the default token answer
    Handler serviceHandler; // everything but /token; default: {"error_code":0,"message":"OK"}

    QList<Request> requests;
    int count(const QByteArray &pathSuffix) const;
    int tokensIssued() const { return m_issued; }

    static Reply json(int status, const QByteArray &body);

private:
    void onNewConnection();
    void serve(QTcpSocket *socket);
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Request &request);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_expiresIn = 3600;
    int m_issued = 0;
};
