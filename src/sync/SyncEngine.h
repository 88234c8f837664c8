// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PullPhase.h"
#include "PushPhase.h"
#include "SyncRun.h"

#include <QObject>
#include <optional>

namespace btxh {

class GatewayClient;

// Brings the local store and the Ministry's system (through NDXP or a province's LGSP) together:
//
// - push(): the outbox, in dependency order (a dossier before its steps before its final result), by one
//   engine per database at a time, under the database's lease; every push carries the item's idempotency
//   key, and an item whose outcome is unknown (no answer, a 5xx, a reply we cannot read, a run that was
//   killed) is sent again only where a repeat cannot be stored twice (PushPhase).
// - pull(): dossiers, progress and results by time window, from the watermark stored per service and area
//   minus an overlap (PullPhase).
// - sync(): push, then pull.
//
// Asynchronous, on the thread it lives in (the store, the client and the engine must share it): start a run,
// then wait for finished(). One run at a time. cancel() stops a run soon: the request in flight is aborted,
// its item stays queued, and what was already stored is kept. When the gateway cannot be reached the run ends
// with SyncReport::Stop::Offline ("working offline"): nothing is lost, everything stays queued.
class SyncEngine : public QObject, private SyncRunHost {
    Q_OBJECT

public:
    // The store and the client are not owned and must outlive the engine.
    SyncEngine(Store *store, GatewayClient *client, const SyncOptions &options = SyncOptions(),
               QObject *parent = nullptr);
    ~SyncEngine() override;

    const SyncOptions &options() const { return m_run.options; }
    void setOptions(const SyncOptions &options) { m_run.options = options; }

    // Each returns false (and starts nothing) while another run is going on.
    bool push();
    bool pull(const PullSpec &spec);
    bool sync(const PullSpec &spec);
    void cancel();

    bool isRunning() const { return m_run.running; }
    const SyncReport &report() const { return m_run.report; }

    // The pull range a spec resolves to for one kind, as the engine would use it now (for display).
    // `storeError`, when given, says so when it was the database that failed.
    std::optional<std::pair<QDateTime, QDateTime>>
    pullRange(PullKind kind, const PullSpec &spec, QString *error, StoreError *storeError = nullptr);
    static QString watermarkService(PullKind kind) { return PullPhase::watermarkService(kind); }

Q_SIGNALS:
    void progress(const btxh::SyncProgress &progress);
    // Exactly once per run that started, never from inside push()/pull()/sync()/cancel().
    void finished(const btxh::SyncReport &report);

private:
    bool start(bool doPush, bool doPull, const PullSpec &spec);
    void countQueued();

    void stopWith(SyncReport::Stop stop, const QString &error = QString()) override;
    void storeFailed(const QString &what, const StoreError &error) override;
    void pushDone() override;
    void finish() override;
    void reportProgress(const SyncProgress &progress) override;
    void dropCurrentJob() override;

    SyncRun m_run;
    PushPhase m_push;
    PullPhase m_pull;
};

} // namespace btxh
