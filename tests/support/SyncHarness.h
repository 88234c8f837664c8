// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GatewayClient.h"
#include "Store.h"
#include "SyncEngine.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace btxh::test {

// A store in a real SQLite file, a gateway client pointed at a base URL (a sandbox, or a dead port), and a
// sync engine over both, with short retries so that failures show quickly.
class SyncHarness {
public:
    // `databasePath`: a database of the test's own (several engines on one file); default: a new one.
    explicit SyncHarness(const QUrl &baseUrl, SyncOptions options = SyncOptions(),
                         const QString &databasePath = QString());
    ~SyncHarness();

    Store &store() { return m_store; }
    GatewayClient &client() { return *m_client; }
    SyncEngine &engine() { return *m_engine; }
    QString databasePath() const { return m_path; }
    bool isOpen() const { return m_store.isOpen(); }

    // Replaces the client (a new profile or retry policy); the engine follows.
    void setGateway(const QUrl &baseUrl, const RetryPolicy &retry, int transferTimeoutMs = 10000,
                    qint64 maxResponseBytes = 256LL * 1024 * 1024,
                    const PostReformForm &postReform = PostReformForm());

    // Runs to the end (waits for finished()); an invalid report (stop = StoreError, error "timeout") when
    // it did not end within `timeoutMs`.
    SyncReport push(int timeoutMs = 60000);
    SyncReport pull(const PullSpec &spec, int timeoutMs = 60000);
    SyncReport sync(const PullSpec &spec, int timeoutMs = 60000);
    SyncReport wait(int timeoutMs);

    static PullSpec area11(PullKinds kinds = AllPullKinds);

    // Services and MaHoSo of every job the client started, in order ("DongBoDVC/1 CODE", "XuLyHoSo CODE",
    // "DongBoDVC/100 CODE", "DanhSachHoSo/1 window"...).
    QStringList jobsStarted;
    int pullJobsStarted = 0;

private:
    QTemporaryDir m_dir;
    QString m_path;
    Store m_store;
    QNetworkAccessManager m_network;
    std::unique_ptr<GatewayClient> m_client;
    std::unique_ptr<SyncEngine> m_engine;
    SyncOptions m_options;
};

} // namespace btxh::test
