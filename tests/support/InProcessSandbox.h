// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxAdmin.h"
#include "SandboxServer.h"
#include "SandboxStore.h"

#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace btxh::test {

// The sandbox gateway (btxh_sandbox's SandboxServer over its SandboxStore) inside the test's own process and
// event loop, on a free port of 127.0.0.1: a test reads as a scenario, starts in milliseconds and can run
// beside others. The client still talks HTTP to it. What only a process can do — be killed, restarted on its
// database — needs TestSandbox.
class InProcessSandbox : public SandboxAdmin {
public:
    explicit InProcessSandbox(SandboxServer::Config config = SandboxServer::Config());
    ~InProcessSandbox() override;
    InProcessSandbox(const InProcessSandbox &) = delete;
    InProcessSandbox &operator=(const InProcessSandbox &) = delete;

    // Opens its database in a temporary folder, seeds it when asked, and listens. False with the reason in
    // error().
    bool start();
    // Generated dossiers (with their steps and results) of these provinces, received in the `days` before
    // `until`, as ndxp-sandbox --seed does. Before start().
    void seedWith(int count, quint32 seed, const QStringList &provinces, const QDateTime &until, int days);

    QUrl baseUrl() const override;
    quint16 port() const { return m_server ? m_server->port() : 0; }
    QString error() const { return m_error; }
    SandboxServer &server() { return *m_server; }

private:
    SandboxServer::Config m_config;
    QTemporaryDir m_dir;
    SandboxStore m_store;
    std::unique_ptr<SandboxServer> m_server;
    QString m_error;
    struct Seed {
        int count = 0;
        quint32 random = 0;
        QStringList provinces;
        QDateTime until;
        int days = 0;
    } m_seed;
};

} // namespace btxh::test
