// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxAdmin.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace btxh::test {

// A real ndxp-sandbox process on 127.0.0.1 (the build's, which this library knows), with its database in a
// temporary folder so that it survives a kill and a restart: the one way the tests run the sandbox program.
// Stopped (SIGTERM, then SIGKILL) when destroyed, so no test leaves one behind.
class TestSandbox : public SandboxAdmin {
public:
    // `arguments` are extra command-line options (--seed, --token-lifetime, fault options...).
    explicit TestSandbox(QStringList arguments = {});
    ~TestSandbox() override;
    TestSandbox(const TestSandbox &) = delete;
    TestSandbox &operator=(const TestSandbox &) = delete;

    // Starts it (on a free port the first time, on the same port and database afterwards) and waits until
    // it answers. False with the reason in error().
    bool start(int timeoutMs = 90000);
    // SIGKILL: no goodbye, as when the server crashes.
    void kill();
    void stop();
    bool restart(int timeoutMs = 30000) {
        kill();
        return start(timeoutMs);
    }
    bool isRunning() const;

    quint16 port() const { return m_port; }
    QUrl baseUrl() const override;
    QString databasePath() const;
    QString error() const { return m_error; }
    QByteArray output() const { return m_output; }

    static QString executable();

private:
    QStringList m_arguments;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
    QByteArray m_output;
};

} // namespace btxh::test
