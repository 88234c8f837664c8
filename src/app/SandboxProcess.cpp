// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxProcess.h"

#include "AppLog.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace btxh::app {

namespace {

const QString ProgramName = QStringLiteral("ndxp-sandbox");

bool isProgram(const QString &path) {
    const QFileInfo f(path);
    return f.isFile() && f.isExecutable();
}

} // namespace

SandboxProcess::SandboxProcess(QObject *parent)
    : QObject(parent)
    , m_process(new QProcess(this)) {
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    // If the app dies without stopping it (killed, crashed), the sandbox goes too.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SandboxProcess::onOutput);
    connect(m_process, &QProcess::finished, this, &SandboxProcess::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failed(tr("ndxp-sandbox could not be started: %1").arg(m_process->errorString()));
    });
}

SandboxProcess::~SandboxProcess() {
    stop();
}

QString SandboxProcess::locate(const QString &applicationDir, const QProcessEnvironment &environment) {
    const QString configured = environment.value(QStringLiteral("BTXH_SANDBOX"));
    if (!configured.isEmpty() && isProgram(configured))
        return QFileInfo(configured).absoluteFilePath();
    const QDir here(applicationDir);
    for (const QString &candidate :
         {here.filePath(ProgramName), here.filePath(QStringLiteral("../sandbox/") + ProgramName),
          here.filePath(QStringLiteral("../src/sandbox/") + ProgramName),
          here.filePath(QStringLiteral("../../src/sandbox/") + ProgramName)})
        if (isProgram(candidate))
            return QFileInfo(candidate).canonicalFilePath();
    return QStandardPaths::findExecutable(ProgramName);
}

std::optional<quint16> SandboxProcess::parsePort(const QByteArray &line) {
    static const QRegularExpression re(QStringLiteral("listening on https?://127\\.0\\.0\\.1:(\\d{1,5})"));
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(line));
    if (!m.hasMatch())
        return std::nullopt;
    const uint port = m.captured(1).toUInt();
    if (port == 0 || port > 65535)
        return std::nullopt;
    return quint16(port);
}

QUrl SandboxProcess::baseUrl() const {
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

void SandboxProcess::start(const QString &program, const QStringList &arguments) {
    m_port = 0;
    m_buffer.clear();
    m_stopping = false;
    QStringList args{QStringLiteral("--port"), QStringLiteral("0")};
    args << arguments;
    qCInfo(lcApp) << "starting" << program;
    m_process->start(program, args);
}

bool SandboxProcess::startAndWait(const QString &program, const QStringList &arguments, int timeoutMs,
                                  QString *error) {
    QString reason;
    const QMetaObject::Connection c =
        connect(this, &SandboxProcess::failed, this, [&reason](const QString &r) { reason = r; });
    start(program, arguments);
    const QDeadlineTimer deadline(timeoutMs);
    while (!isReady() && reason.isEmpty() && !deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning && !m_process->waitForStarted(0))
            break;
        m_process->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        onOutput();
    }
    disconnect(c);
    if (isReady())
        return true;
    *error = !reason.isEmpty() ? reason : tr("ndxp-sandbox did not say which port it listens on in time.");
    stop();
    return false;
}

void SandboxProcess::onOutput() {
    m_buffer += m_process->readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        if (m_port != 0)
            continue;
        if (const std::optional<quint16> port = parsePort(line)) {
            m_port = *port;
            qCInfo(lcApp) << "ndxp-sandbox listens on port" << m_port;
            Q_EMIT ready(m_port);
        }
    }
}

void SandboxProcess::onFinished(int exitCode, QProcess::ExitStatus status) {
    if (m_stopping)
        return;
    const bool wasReady = m_port != 0;
    m_port = 0;
    qCWarning(lcApp) << "ndxp-sandbox ended" << exitCode << int(status);
    Q_EMIT failed(wasReady ? tr("ndxp-sandbox stopped (exit code %1).").arg(exitCode)
                           : tr("ndxp-sandbox ended before it listened (exit code %1).").arg(exitCode));
}

void SandboxProcess::stop() {
    if (m_process->state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process->terminate(); // SIGTERM: it removes its temporary database
    if (!m_process->waitForFinished(3000)) {
        m_process->kill();
        m_process->waitForFinished(1000);
    }
    m_port = 0;
    qCInfo(lcApp) << "ndxp-sandbox stopped";
}

} // namespace btxh::app
