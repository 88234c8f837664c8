// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

namespace btxh::test {

namespace {

QNetworkAccessManager &sharedNetwork() {
    // Owned by the application, so that it goes before the application does.
    static QNetworkAccessManager *network = new QNetworkAccessManager(QCoreApplication::instance());
    return *network;
}

} // namespace

SandboxProcess::SandboxProcess(QStringList arguments)
    : m_arguments(std::move(arguments)) {}

SandboxProcess::~SandboxProcess() {
    stop();
}

QString SandboxProcess::executable() {
    return QStringLiteral(BTXH_SANDBOX_PATH);
}

QString SandboxProcess::databasePath() const {
    return m_dir.filePath(QStringLiteral("sandbox.sqlite"));
}

QUrl SandboxProcess::baseUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

bool SandboxProcess::isRunning() const {
    return m_process && m_process->state() == QProcess::Running;
}

bool SandboxProcess::start(int timeoutMs) {
    if (isRunning())
        return true;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    QStringList args = m_arguments;
    args << QStringLiteral("--db") << databasePath() << QStringLiteral("--port") << QString::number(m_port);
    const bool firstStart = m_port == 0;
    if (!firstStart) {
        // Seeding again would add to what the first run stored.
        const qsizetype seed = args.indexOf(QStringLiteral("--seed"));
        if (seed >= 0)
            args.remove(seed, 2);
    }
    m_output.clear();
    m_process->start(executable(), args);
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(executable(), m_process->errorString());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    QElapsedTimer timer;
    timer.start();
    // A port freed by a killed process can be busy for a moment: retry the listen a few times.
    int attempts = 0;
    while (timer.elapsed() < timeoutMs) {
        m_process->waitForReadyRead(200);
        m_output += m_process->readAllStandardOutput();
        const QRegularExpressionMatch m = listening.match(QString::fromUtf8(m_output));
        if (m.hasMatch()) {
            m_port = quint16(m.captured(1).toUInt());
            return true;
        }
        if (m_process->state() != QProcess::Running) {
            const QByteArray err = m_process->readAllStandardError();
            if (!firstStart && ++attempts < 20) {
                QThread::msleep(250);
                m_process->start(executable(), args);
                m_process->waitForStarted(10000);
                continue;
            }
            m_error = QStringLiteral("ndxp-sandbox exited: %1").arg(QString::fromUtf8(err));
            return false;
        }
    }
    m_error = QStringLiteral("ndxp-sandbox did not start listening within %1 ms").arg(timeoutMs);
    return false;
}

void SandboxProcess::kill() {
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
}

void SandboxProcess::stop() {
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
}

QJsonObject SandboxProcess::admin(const QString &path, const QJsonObject *post) {
    QUrl url = baseUrl();
    const qsizetype q = path.indexOf(u'?');
    url.setPath(QStringLiteral("/__admin/") + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(10000);
    QNetworkReply *reply =
        post ? sharedNetwork().post(request, QJsonDocument(*post).toJson(QJsonDocument::Compact))
             : sharedNetwork().get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return QJsonDocument::fromJson(body).object();
}

int SandboxProcess::storedDossiers() {
    return stats().value(QStringLiteral("stored")).toObject().value(QStringLiteral("dossiers")).toInt(-1);
}

int SandboxProcess::storedResults() {
    return stats().value(QStringLiteral("stored")).toObject().value(QStringLiteral("results")).toInt(-1);
}

int SandboxProcess::storedSteps() {
    return stats().value(QStringLiteral("stored")).toObject().value(QStringLiteral("steps")).toInt(-1);
}

int SandboxProcess::counter(const QString &group, const QString &name) {
    const QJsonObject s = stats();
    if (group.isEmpty())
        return s.value(name).toInt(0);
    return s.value(group).toObject().value(name).toInt(0);
}

bool SandboxProcess::setFaults(const QJsonObject &faults) {
    return !admin(QStringLiteral("faults"), &faults).contains(QStringLiteral("error"));
}

bool SandboxProcess::revokeTokens() {
    const QJsonObject none;
    return admin(QStringLiteral("revoke-tokens"), &none).contains(QStringLiteral("revoked"));
}

void SandboxProcess::postLater(const QString &path, const QJsonObject &body) {
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/__admin/") + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = sharedNetwork().post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

QJsonObject SandboxProcess::records(const QString &code) {
    return admin(QStringLiteral("records?MaHoSo=") + QString::fromLatin1(QUrl::toPercentEncoding(code)));
}

} // namespace btxh::test
