// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PullKind.h"
#include "PullWindowPlanner.h"
#include "PulledItems.h"
#include "PulledWindows.h"
#include "SyncRun.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <memory>
#include <optional>

namespace btxh {

class PullJob;
struct PullResult;

// The pull of one sync run (SyncEngine): dossiers, progress and results by time window, from the watermark
// stored per service and area minus an overlap (PullWindowPlanner sizes and splits the windows). A dossier
// the server changed while local edits are pending becomes a conflict in the store, never an overwrite. The
// next window is asked for as soon as a reply arrives (two received at most wait to be written); each reply
// is read and its dossiers prepared on worker threads (PulledWindows) while the windows before it are
// written, in order, on the engine's thread, a part of a window at a time: between two parts the replies
// that came go to the workers, and the next window is asked for. A reply that cannot be used is dealt with
// in its turn: the windows before it are written, those after it asked for again.
class PullPhase : public QObject {
    Q_DECLARE_TR_FUNCTIONS(btxh::SyncEngine)
public:
    PullPhase(SyncRun &run, SyncRunHost &host);

    void reset();
    void begin();
    // Lets go of the windows received and not written (the run ended).
    void clear();

    // The pull range a spec resolves to for one kind, as a run would use it now. `storeError`, when given,
    // says so when it was the database that failed.
    std::optional<std::pair<QDateTime, QDateTime>>
    pullRange(PullKind kind, const PullSpec &spec, QString *error, StoreError *storeError = nullptr);
    static QString watermarkService(PullKind kind) { return pullKindName(kind); }

private:
    struct KindRun {
        PullKind kind;
        std::unique_ptr<PullWindowPlanner> planner;
        QDateTime rangeStart;
        std::optional<QDateTime> watermark; // what was stored when the kind started
        qint64 received = 0;
    };

    void beginKind();
    void launchWindow(const PullWindowPlanner::Window &window);
    void onPullFinished(PullJob *job, const PullWindowPlanner::Window &window);
    void onWindowRead(const PullWindowPlanner::Window &window, const GatewayError &error, qsizetype items);
    void windowUnusable(const PulledWindows::Window &pulled);
    void windowFailed(const PullWindowPlanner::Window &window, const GatewayError &error);
    void askAhead();
    // Writes the received windows in order: those prepared (`all`: every one, waiting for each). False when
    // the caller is to go no further: the run stopped, or a window found unusable was dealt with instead.
    // Without `all`, one part of a window a turn of the event loop (the rest follows on the next turns).
    bool writeWindows(bool all);
    // Writes the next part of the window being written (`all`: the rest of it), and once it is all written
    // what goes with it (its unreadable items, the watermark). False when the run stopped.
    bool writePart(bool all);
    bool finishWindow(PullKind kind, const PulledWindows::Window &pulled);
    bool quarantine(PullKind kind, const PullResult &result, const PullWindowPlanner::Window &window);
    void finishKind();
    void emitPullProgress();

    SyncRun &m_run;
    SyncRunHost &m_host;
    PulledItems m_items;
    int m_windowAttempts = 1; // of the window being pulled, for replies that could not be read
    QList<PullKind> m_kinds;
    std::unique_ptr<KindRun> m_kindRun;
    PulledWindows m_windows;
    // The window taken from m_windows and being written, and how many of its dossiers are written.
    std::optional<PulledWindows::Window> m_writing;
    qsizetype m_written = 0;
};

} // namespace btxh
