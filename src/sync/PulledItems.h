// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PulledWindows.h"
#include "SyncRun.h"

#include <QCoreApplication>

namespace btxh {

struct PullResult;

// What a pull stores of one window's items, and how the run's report counts them. A dossier the server
// changed while local edits are pending becomes a conflict in the store, never an overwrite; our own push
// coming back in the server's spelling (its reply was lost) is nothing new, and neither is a registration
// seen again after its final result was stored. Steps entered here and pulled back are recognised as ours.
// False when the store failed: the run has been stopped (SyncRunHost::storeFailed).
class PulledItems {
    Q_DECLARE_TR_FUNCTIONS(btxh::SyncEngine)
public:
    PulledItems(SyncRun &run, SyncRunHost &host);

    // Items [first, first + count) of the window's dossiers, in one transaction: a window is written in
    // parts, so that the engine's thread hands the replies that come meanwhile to the workers between them.
    // The window's own counts (repeated items, items without a MaHoSo) go with its first part.
    bool writeDossiers(PullKind kind, const PulledWindows::Window &pulled, qsizetype first, qsizetype count);
    bool writeSteps(const PullResult &result);

private:
    SyncRun &m_run;
    SyncRunHost &m_host;
};

} // namespace btxh
