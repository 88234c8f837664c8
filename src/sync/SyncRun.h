// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PullKind.h"
#include "StoreError.h"
#include "SyncArea.h"
#include "SyncOptions.h"
#include "SyncProgress.h"
#include "SyncReport.h"

#include <QDateTime>
#include <QPointer>
#include <QString>

namespace btxh {

class GatewayClient;
class GatewayJob;
class ProcessingStep;
class Store;
struct GatewayError;

// What a pull fetches: which services, for which area, over which time range.
struct PullSpec {
    PullKinds kinds = AllPullKinds;
    SyncArea area;
    QDateTime from; // invalid: from the stored watermark minus the overlap (or the initial lookback)
    QDateTime to;   // invalid: now
};

// What one run of the sync engine shares between the engine, which starts, cancels and ends it, and its two
// phases (PushPhase, PullPhase): the store and the gateway, the options, the report being written and the
// one request in flight.
struct SyncRun {
    Store *store = nullptr;
    QPointer<GatewayClient> client;
    SyncOptions options;

    bool running = false;
    bool cancelRequested = false;
    bool finishQueued = false;
    bool doPull = false;
    SyncReport report;
    PullSpec spec;
    QDateTime startedAt;
    QPointer<GatewayJob> currentJob;

    // The wall clock (the options' clock when one is injected).
    QDateTime now() const;

    // The gateway's own words when it gave any, verbatim; otherwise our explanation.
    static QString gatewayWords(const GatewayError &error);
    // Why a run stopped when the gateway's address or keys look wrong.
    static QString gatewayLevelText(const GatewayError &error);
    // A step as it goes on the wire, field by field: a step we pushed and the same step pulled back (in the
    // server's spelling, with its own nulls and extra fields) give the same key.
    static QString stepWireKey(const ProcessingStep &step);
};

// What a phase asks of the engine that runs it.
class SyncRunHost {
public:
    virtual ~SyncRunHost() = default;
    // Ends the run with `stop`; the report says why.
    virtual void stopWith(SyncReport::Stop stop, const QString &error = QString()) = 0;
    virtual void storeFailed(const QString &what, const StoreError &error) = 0;
    // The push phase is over (every item sent, or the gateway kept failing): the pull, or the end.
    virtual void pushDone() = 0;
    // The run is over as it went.
    virtual void finish() = 0;
    virtual void reportProgress(const SyncProgress &progress) = 0;
    // Aborts the request in flight, if any, without hearing from it again.
    virtual void dropCurrentJob() = 0;
};

} // namespace btxh
