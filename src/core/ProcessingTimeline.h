// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProcessingStep.h"

#include <QDateTime>
#include <QList>
#include <algorithm>
#include <utility>

namespace btxh {

// A dossier's processing as a timeline: who had it, from when to when, against which legal deadline, how long
// it waited between steps, and how it ended. What the desktop's timeline draws, and what a printed dossier
// sheet can print, from the same numbers.
//
// Step i runs from its start (NgayBatDau, else the moment it was recorded, ThoiDiemXuLy) until the next step
// is recorded; the latest step runs until now, or, once the dossier is finished, ends where it was recorded.
// A gap is the time between a step's end and the next one's start, when the next begins later.
struct TimelineStep {
    ProcessingStep step;
    QDateTime start;
    QDateTime end;           // invalid only when nothing about the step's time is known
    QDateTime deadline;      // the legal deadline (NgayKetThucTheoQuyDinh); invalid when none was given
    bool open = false;       // the latest step of a dossier still in progress: `end` is now
    qint64 waitedBefore = 0; // seconds the dossier waited between the previous step's end and this start

    qint64 seconds() const {
        return start.isValid() && end.isValid() ? std::max<qint64>(0, start.secsTo(end)) : 0;
    }
    // The time the deadline allowed from the start (0 without a deadline).
    qint64 allowedSeconds() const {
        return start.isValid() && deadline.isValid() ? std::max<qint64>(0, start.secsTo(deadline)) : 0;
    }
    // How long past its deadline the step ran (0 when on time or without a deadline).
    qint64 lateSeconds() const {
        return deadline.isValid() && end.isValid() ? std::max<qint64>(0, deadline.secsTo(end)) : 0;
    }
    bool isOverdue() const { return lateSeconds() > 0; }
};

struct ProcessingTimeline {
    QList<TimelineStep> steps;
    bool finished = false; // the dossier has its final result
    QString finalStatus;   // its status code when finished
    QDateTime finishedAt;  // when the last step was recorded, when finished

    // `steps` in time order (as Store::steps gives them); `finalStatus` empty while the dossier is in
    // progress.
    static ProcessingTimeline build(const QList<ProcessingStep> &steps, const QString &finalStatus,
                                    const QDateTime &now);
    // Whole days and hours, for a line of text: "3 ngày 4 giờ" / "3 d 4 h" comes from the caller's words.
    static std::pair<qint64, qint64> daysAndHours(qint64 seconds);
};

} // namespace btxh
