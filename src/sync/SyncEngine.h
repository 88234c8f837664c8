// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Outbox.h"
#include "PullKind.h"
#include "PullWindowPlanner.h"
#include "PulledWindows.h"
#include "StoreError.h"
#include "StoredDossier.h"
#include "SyncArea.h"
#include "SyncOptions.h"
#include "SyncProgress.h"
#include "SyncReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <optional>

namespace btxh {

class GatewayClient;
class GatewayJob;
class PullJob;
class PushJob;
class PullProgressJob;
class ProcessingStep;
class Store;
struct GatewayError;
struct PullResult;

// What a pull fetches: which services, for which area, over which time range.
struct PullSpec {
    PullKinds kinds = AllPullKinds;
    SyncArea area;
    QDateTime from; // invalid: from the stored watermark minus the overlap (or the initial lookback)
    QDateTime to;   // invalid: now
};

// Brings the local store and the Ministry's system (through NDXP or a province's LGSP) together:
//
// - push(): the outbox, in dependency order (a dossier before its steps before its final result), by one
//   engine per database at a time: a push first takes the database's lease (store.outbox().acquireLease;
//   another run holding it stops this one with SyncReport::Stop::Busy, or makes it wait up to
//   leaseWaitSeconds), and renews it while it runs. Each item is marked "sent" under the lease before the
//   request goes out and "pushed" only when the gateway accepted that copy. Every push carries the item's
//   idempotency key. An item whose outcome is unknown (no answer, a 5xx, a reply we cannot read, a run that
//   was killed) is sent again only where a repeat cannot be stored twice: a dossier or a result (DongBoDVC
//   upserts by MaHoSo) at once; a step (XuLyHoSo appends) only after TienTrinhXuLy showed the gateway does
//   not have it.
// - pull(): dossiers, progress and results by time window, from the watermark stored per service and area
//   minus an overlap; see PullWindowPlanner for how windows are sized and split. A dossier the server changed
//   while local edits are pending becomes a conflict in the store, never an overwrite. The next window is
//   asked for as soon as a reply arrives (two received at most wait to be written); each reply is read and
//   its dossiers prepared on worker threads (PulledWindows) while the engine writes the windows before it, in
//   order, on its own thread. A reply that cannot be used is dealt with in its turn: the windows before it
//   are written, those after it asked for again.
// - sync(): push, then pull.
//
// Asynchronous, on the thread it lives in (the store, the client and the engine must share it): start a run,
// then wait for finished(). One run at a time. cancel() stops a run soon: the request in flight is aborted,
// its item stays queued, and what was already stored is kept. When the gateway cannot be reached the run ends
// with SyncReport::Stop::Offline ("working offline"): nothing is lost, everything stays queued.
class SyncEngine : public QObject {
    Q_OBJECT

public:
    // The store and the client are not owned and must outlive the engine.
    SyncEngine(Store *store, GatewayClient *client, const SyncOptions &options = SyncOptions(),
               QObject *parent = nullptr);
    ~SyncEngine() override;

    const SyncOptions &options() const { return m_options; }
    void setOptions(const SyncOptions &options) { m_options = options; }

    // Each returns false (and starts nothing) while another run is going on.
    bool push();
    bool pull(const PullSpec &spec);
    bool sync(const PullSpec &spec);
    void cancel();

    bool isRunning() const { return m_running; }
    const SyncReport &report() const { return m_report; }

    // The pull range a spec resolves to for one kind, as the engine would use it now (for display).
    // `storeError`, when given, says so when it was the database that failed.
    std::optional<std::pair<QDateTime, QDateTime>>
    pullRange(PullKind kind, const PullSpec &spec, QString *error, StoreError *storeError = nullptr);
    static QString watermarkService(PullKind kind) { return pullKindName(kind); }

Q_SIGNALS:
    void progress(const btxh::SyncProgress &progress);
    // Exactly once per run that started, never from inside push()/pull()/sync()/cancel().
    void finished(const btxh::SyncReport &report);

private:
    struct KindRun {
        PullKind kind;
        std::unique_ptr<PullWindowPlanner> planner;
        QDateTime rangeStart;
        std::optional<QDateTime> watermark; // what was stored when the kind started
        qint64 received = 0;
    };

    bool start(bool doPush, bool doPull, const PullSpec &spec);
    QDateTime now() const;

    // Push phase.
    void beginPush();
    void pushNext();
    void onPushFinished(const OutboxEntry &entry, PushJob *job);
    void pushFailed(const OutboxEntry &entry, const GatewayError &error);
    void readBack(const OutboxEntry &entry, const ProcessingStep &step);
    void onReadBackFinished(const OutboxEntry &entry, const ProcessingStep &step, PullProgressJob *job);
    void sendStep(const OutboxEntry &entry, const ProcessingStep &step);
    void watch(const OutboxEntry &entry, PushJob *job);
    // The outbox refused a transition of `entry` under our lease: lost (stop) or the entry moved on (skip).
    void transitionRefused(const OutboxEntry &entry, const QString &what, const StoreError &error);
    bool takeLease();
    void renewLease();
    void releaseLease();
    static QString leaseLostText();
    static QString gatewayLevelText(const GatewayError &error);
    QDateTime nextAttemptAfter(const OutboxEntry &entry) const;
    void emitPushProgress();

    // Pull phase.
    void beginPull();
    void beginKind();
    void launchWindow(const PullWindowPlanner::Window &window);
    void onPullFinished(PullJob *job, const PullWindowPlanner::Window &window);
    void onWindowRead(const PullWindowPlanner::Window &window, const GatewayError &error, qsizetype items);
    void windowUnusable(const PulledWindows::Window &pulled);
    void windowFailed(const PullWindowPlanner::Window &window, const GatewayError &error);
    // Aborts the job in flight, if any, without hearing from it again.
    void dropCurrentJob();
    void askAhead();
    // Writes the received windows in order: those prepared (`all`: every one, waiting for each). False when
    // the caller is to go no further: the run stopped, or a window found unusable was dealt with instead.
    bool writeWindows(bool all);
    bool applyWindow(PullKind kind, const PulledWindows::Window &pulled);
    bool applyDossiers(PullKind kind, const PulledWindows::Window &pulled);
    bool applySteps(const PullResult &result);
    bool quarantine(PullKind kind, const PullResult &result, const PullWindowPlanner::Window &window);
    void finishKind();
    void emitPullProgress();

    void stopWith(SyncReport::Stop stop, const QString &error = QString());
    void storeFailed(const QString &what, const StoreError &error);
    void finish();
    void countQueued();
    static QString gatewayWords(const GatewayError &error);

    Store *m_store;
    QPointer<GatewayClient> m_client;
    SyncOptions m_options;

    bool m_running = false;
    bool m_cancelRequested = false;
    bool m_finishQueued = false;
    bool m_doPull = false;
    SyncReport m_report;
    PullSpec m_spec;
    QDateTime m_runStartedAt;

    QList<OutboxEntry> m_pushQueue;
    qsizetype m_pushIndex = 0;
    int m_consecutivePushFailures = 0;
    QSet<QString> m_waitNoted; // codes already explained in the messages this run
    QPointer<GatewayJob> m_currentJob;
    SyncLease m_lease; // held while a push runs
    QTimer m_leaseTimer;
    QDeadlineTimer m_leaseWait;

    int m_windowAttempts = 1; // of the window being pulled, for replies that could not be read
    QList<PullKind> m_kinds;
    std::unique_ptr<KindRun> m_kindRun;
    PulledWindows m_windows;
};

} // namespace btxh
