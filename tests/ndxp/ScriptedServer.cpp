// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedServer.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

ScriptedServer::ScriptedServer(QObject *parent, const QString &certificateFile, const QString &keyFile)
    : QObject(parent) {
    if (certificateFile.isEmpty()) {
        m_server = std::make_unique<QTcpServer>();
        connect(m_server.get(), &QTcpServer::newConnection, this, &ScriptedServer::onNewConnection);
    } else {
        auto tls = std::make_unique<QSslServer>();
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(QSslCertificate::fromPath(certificateFile));
        QFile key(keyFile);
        if (key.open(QIODevice::ReadOnly))
            config.setPrivateKey(QSslKey(&key, QSsl::Rsa));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls->setSslConfiguration(config);
        connect(tls.get(), &QSslServer::pendingConnectionAvailable, this, &ScriptedServer::onNewConnection);
        m_server = std::move(tls);
        m_tls = true;
    }
    m_server->listen(QHostAddress::LocalHost, 0);
}

ScriptedServer::~ScriptedServer() {
    // The sockets outlive nothing of ours: stop them calling back while the server is taken down.
    const QList<QTcpSocket *> sockets = m_server->findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->disconnect(this);
    m_server.reset();
}

QByteArray ScriptedServer::baseUrl() const {
    return (m_tls ? QByteArrayLiteral("https://127.0.0.1:") : QByteArrayLiteral("http://127.0.0.1:")) +
           QByteArray::number(port());
}

int ScriptedServer::count(const QByteArray &pathSuffix) const {
    int n = 0;
    for (const Request &r : requests)
        n += r.path.endsWith(pathSuffix) ? 1 : 0;
    return n;
}

ScriptedServer::Reply ScriptedServer::json(int status, const QByteArray &body) {
    Reply r;
    r.status = status;
    r.body = body;
    return r;
}

void ScriptedServer::onNewConnection() {
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void ScriptedServer::onReadyRead(QTcpSocket *socket) {
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        requests.append(request);
        answer(socket, request);
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

void ScriptedServer::answer(QTcpSocket *socket, const Request &request) {
    Reply reply;
    if (request.path.endsWith("/token")) {
        if (tokenHandler) {
            reply = tokenHandler(request);
        } else {
            ++m_issued;
            reply = json(200,
                         QByteArrayLiteral("{\"access_token\":\"token-") + QByteArray::number(m_issued) +
                             QByteArrayLiteral("\",\"scope\":\"am_application_scope default\",\"token_type\":"
                                               "\"Bearer\",\"expires_in\":") +
                             QByteArray::number(m_expiresIn) + '}');
        }
    } else if (serviceHandler) {
        reply = serviceHandler(request);
    } else {
        reply = json(200, QByteArrayLiteral("{\"error_code\":0,\"message\":\"OK\"}"));
    }

    switch (reply.mode) {
    case Reply::Mode::Hang:
        return;
    case Reply::Mode::Drop:
        socket->abort();
        return;
    case Reply::Mode::Normal:
    case Reply::Mode::Truncate:
    case Reply::Mode::Trickle:
        break;
    }
    QByteArray out =
        QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(reply.status) + QByteArrayLiteral(" Status\r\n");
    out += QByteArrayLiteral("Content-Type: ") + reply.contentType + QByteArrayLiteral("\r\n");
    out += QByteArrayLiteral("Content-Length: ") + QByteArray::number(reply.body.size()) +
           QByteArrayLiteral("\r\n");
    for (const auto &[name, value] : reply.headers)
        out += name + QByteArrayLiteral(": ") + value + QByteArrayLiteral("\r\n");
    out += QByteArrayLiteral("\r\n");
    if (reply.mode == Reply::Mode::Trickle) {
        socket->write(out);
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [socket, timer, sent, body = reply.body] {
            if (*sent >= body.size() || socket->state() != QAbstractSocket::ConnectedState) {
                timer->stop();
                return;
            }
            socket->write(body.mid((*sent)++, 1));
        });
        timer->start(100);
        return;
    }
    if (reply.mode == Reply::Mode::Truncate) {
        out += reply.body.left(reply.body.size() / 2);
        socket->write(out);
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    out += reply.body;
    socket->write(out);
}
