// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace btxh::test {

// A real ndxp-sandbox process on 127.0.0.1 (BTXH_SANDBOX_PATH), with its database in a temporary folder so
// that it survives a kill and a restart, and helpers for its /__admin/ endpoints.
class SandboxProcess {
public:
    // `arguments` are extra command-line options (--seed, --token-lifetime, fault options...).
    explicit SandboxProcess(QStringList arguments = {});
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

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
    QUrl baseUrl() const;
    QString databasePath() const;
    QString error() const { return m_error; }
    QByteArray output() const { return m_output; }

    // GET or POST /__admin/<path>, synchronously (a local event loop); an empty object on failure.
    QJsonObject admin(const QString &path, const QJsonObject *post = nullptr);
    QJsonObject stats() { return admin(QStringLiteral("stats")); }
    int storedDossiers();
    int storedResults();
    int storedSteps();
    int counter(const QString &group, const QString &name);
    bool setFaults(const QJsonObject &faults);
    bool revokeTokens();
    // POST /__admin/<path> without waiting for the answer: safe to call from inside a running sync.
    void postLater(const QString &path, const QJsonObject &body = {});
    // Push counts and stored forms of one MaHoSo (/__admin/records).
    QJsonObject records(const QString &code);

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
