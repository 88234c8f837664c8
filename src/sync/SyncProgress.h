// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace btxh {

// Where a sync run is, for the GUI's sync panel and the command line's progress line.
struct SyncProgress {
    Q_DECLARE_TR_FUNCTIONS(btxh::SyncProgress)

public:
    enum class Step { Pushing, PullingDossiers, PullingProgress, PullingResults };

    Step step = Step::Pushing;
    // Pushing: queued items handled, of those due. Pulling: seconds of the time range covered, of the range.
    qint64 done = 0;
    qint64 total = 0;
    // Pushing: items accepted by the gateway so far. Pulling: items received so far in this step.
    qint64 items = 0;

    QString stepName() const { return stepName(step); }
    static QString stepName(Step step); // translated: "Sending queued changes", "Receiving dossiers", ...
    int percent() const { return total > 0 ? int(done * 100 / total) : 0; }
    // One translated line: "Receiving dossiers: 45% (3412 received)".
    QString text() const;
};

} // namespace btxh

Q_DECLARE_METATYPE(btxh::SyncProgress)
