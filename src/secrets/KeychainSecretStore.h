// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QTimer>

#include <chrono>
#include <deque>

namespace btxh::secrets {

// The OS keychain through QtKeychain: Secret Service on Linux, Credential Manager on Windows, Keychain on
// macOS. Service "btxh-desktop", entries "<profile>/consumer-key" and "<profile>/consumer-secret".
//
// One keychain job runs at a time; reads, writes and removes are applied in the order they were asked for.
// QtKeychain's plain-text fallback is switched off: with no keychain service the answer is NoService, and
// nothing is ever written to a file by us.
class KeychainSecretStore : public SecretStore {
    Q_OBJECT
public:
    static constexpr QLatin1StringView serviceName{"btxh-desktop"};

    explicit KeychainSecretStore(QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    // How long one job may take before it is reported as Timeout (default 30 s). A job that times out is
    // abandoned: its late answer is ignored.
    void setTimeout(std::chrono::milliseconds timeout);
    // Operations asked for and not answered yet.
    int pendingCount() const { return static_cast<int>(m_queue.size()) + (m_busy ? 1 : 0); }

protected:
    void doRead(const QString &profile, SecretKind kind, Callback done) override;
    void doWrite(const QString &profile, SecretKind kind, const QString &value, Callback done) override;
    void doRemove(const QString &profile, SecretKind kind, Callback done) override;

private:
    enum class Operation { Read, Write, Remove };
    struct Request {
        Operation operation;
        QString profile;
        SecretKind kind;
        QString value;
        Callback done;
    };

    static QLatin1StringView operationName(Operation operation);
    void enqueue(Request request);
    void scheduleNext();
    void startNext();
    void jobFinished(quint64 generation, int error, const QString &errorString, const QString &value);
    void finish(const SecretResult &result);
    void timedOut();

    std::deque<Request> m_queue;
    bool m_busy = false;           // m_current is in the keychain's hands
    bool m_startScheduled = false; // startNext() is queued in the event loop
    Request m_current{};
    quint64 m_generation = 0; // identifies the running job, so a late answer after a timeout is ignored
    QTimer m_timer;
};

} // namespace btxh::secrets
