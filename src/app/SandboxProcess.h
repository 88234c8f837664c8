// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QUrl>
#include <optional>

namespace btxh::app {

// Runs ndxp-sandbox for the demo mode: on 127.0.0.1, on a free port it picks itself (--port 0), with seeded
// dossiers; reads the port from the line it prints ("listening on http://127.0.0.1:PORT"), and stops it
// (SIGTERM, so that its temporary database is removed) when the app ends.
class SandboxProcess : public QObject {
    Q_OBJECT
public:
    explicit SandboxProcess(QObject *parent = nullptr);
    ~SandboxProcess() override;

    // Where ndxp-sandbox is: $BTXH_SANDBOX, beside the app, in the build tree (../sandbox/ relative to the
    // app's folder), then on the PATH. Empty when it is nowhere.
    static QString locate(const QString &applicationDir, const QProcessEnvironment &environment);
    // The port in one line of the sandbox's output.
    static std::optional<quint16> parsePort(const QByteArray &line);

    // Starts it; ready() or failed() follows.
    void start(const QString &program, const QStringList &arguments);
    // Starts it and waits until it listens (tests, benchmarks). False with a reason.
    bool startAndWait(const QString &program, const QStringList &arguments, int timeoutMs, QString *error);
    void stop();

    bool isReady() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    qint64 processId() const { return m_process->processId(); }

Q_SIGNALS:
    void ready(quint16 port);
    void failed(const QString &reason);

private:
    void onOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QProcess *m_process;
    QByteArray m_buffer;
    quint16 m_port = 0;
    bool m_stopping = false;
};

} // namespace btxh::app
