#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

SandboxProcess::SandboxProcess(const QString &databasePath)
    : m_db(databasePath) {
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

SandboxProcess::~SandboxProcess() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            kill();
    }
}

bool SandboxProcess::start(const QStringList &extraArguments, quint16 port) {
    m_output.clear();
    m_port = 0;
    QStringList args = {QStringLiteral("--port"), QString::number(port), QStringLiteral("--db"), m_db};
    args += extraArguments;
    m_process.start(QStringLiteral(NDXP_SANDBOX_EXE), args);
    if (!m_process.waitForStarted(5000))
        return false;
    static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    QDeadlineTimer deadline(90000); // seeding thousands of dossiers takes a while on a busy machine
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(std::max<qint64>(deadline.remainingTime(), 1))))
            break;
        m_output += QString::fromUtf8(m_process.readAllStandardOutput());
        const QRegularExpressionMatch m = listening.match(m_output);
        if (m.hasMatch()) {
            m_port = quint16(m.captured(1).toUInt());
            return true;
        }
    }
    m_output += QString::fromUtf8(m_process.readAllStandardError());
    return false;
}

void SandboxProcess::kill() {
    m_process.kill();
    m_process.waitForFinished(3000);
}

QString SandboxProcess::baseUrl() const {
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QJsonObject SandboxProcess::adminGet(const QString &path) {
    return admin(path, nullptr);
}

QJsonObject SandboxProcess::adminPost(const QString &path, const QJsonObject &body) {
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return admin(path, &json);
}

QJsonObject SandboxProcess::admin(const QString &path, const QByteArray *postBody) {
    QNetworkRequest request(QUrl(baseUrl() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(5000);
    QNetworkReply *reply = postBody ? m_nam.post(request, *postBody) : m_nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return out;
}
