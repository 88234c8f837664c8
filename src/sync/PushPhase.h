// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Outbox.h"
#include "SyncRun.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace btxh {

class PullProgressJob;
class PushJob;

// The push of one sync run (SyncEngine): the outbox in dependency order, under the database's lease. The
// lease is taken first (another run holding it stops this one with SyncReport::Stop::Busy, or makes it wait
// up to the options' leaseWaitSeconds) and renewed while the push runs. Each item is marked "sent" under the
// lease before its request goes out and "pushed" only when the gateway accepted that copy. An item whose
// outcome is unknown is sent again only where a repeat cannot be stored twice: a dossier or a result at once,
// a step only after TienTrinhXuLy showed the gateway does not have it.
class PushPhase : public QObject {
    Q_DECLARE_TR_FUNCTIONS(btxh::SyncEngine)
public:
    PushPhase(SyncRun &run, SyncRunHost &host);
    ~PushPhase() override;

    // Forgets the last run's queue and messages; the lease may be waited for up to the options' time.
    void reset();
    void begin();
    void releaseLease();

private:
    void pushNext();
    void onPushFinished(const OutboxEntry &entry, PushJob *job);
    void pushFailed(const OutboxEntry &entry, const GatewayError &error);
    void readBack(const OutboxEntry &entry, const ProcessingStep &step);
    void onReadBackFinished(const OutboxEntry &entry, const ProcessingStep &step, PullProgressJob *job);
    void sendStep(const OutboxEntry &entry, const ProcessingStep &step);
    void watch(const OutboxEntry &entry, PushJob *job);
    // The item's dossier or step is no longer in the database: failed for good, with `why` on the entry and
    // `message` in the report, and the queue moves on. False when the outbox refused (transitionRefused has
    // dealt with it).
    bool failVanished(const OutboxEntry &entry, const QString &why, const QString &message);
    // The outbox refused a transition of `entry` under our lease: lost (stop) or the entry moved on (skip).
    void transitionRefused(const OutboxEntry &entry, const QString &what, const StoreError &error);
    bool takeLease();
    void renewLease();
    static QString leaseLostText();
    QDateTime nextAttemptAfter(const OutboxEntry &entry) const;
    void emitPushProgress();

    SyncRun &m_run;
    SyncRunHost &m_host;
    QList<OutboxEntry> m_pushQueue;
    qsizetype m_pushIndex = 0;
    int m_consecutivePushFailures = 0;
    QSet<QString> m_waitNoted; // codes already explained in the messages this run
    SyncLease m_lease;         // held while a push runs
    QTimer m_leaseTimer;
    QDeadlineTimer m_leaseWait;
};

} // namespace btxh
