// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSandbox.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

namespace btxh::test {

TestSandbox::TestSandbox(QStringList arguments)
    : m_arguments(std::move(arguments)) {}

TestSandbox::~TestSandbox() {
    stop();
}

QString TestSandbox::executable() {
    return QStringLiteral(BTXH_SANDBOX_PATH);
}

QString TestSandbox::databasePath() const {
    return m_dir.filePath(QStringLiteral("sandbox.sqlite"));
}

QUrl TestSandbox::baseUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

bool TestSandbox::isRunning() const {
    return m_process && m_process->state() == QProcess::Running;
}

bool TestSandbox::start(int timeoutMs) {
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

void TestSandbox::kill() {
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
}

void TestSandbox::stop() {
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

} // namespace btxh::test
