// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessingTimeline.h"

#include "WireDate.h"

namespace btxh {

namespace {

QDateTime timeOf(const ProcessingStep &step, ProgressField field) {
    const WireDate::Parsed p = WireDate::parse(step.value(field));
    return p.isValid() ? p.dateTime() : QDateTime();
}

} // namespace

ProcessingTimeline ProcessingTimeline::build(const QList<ProcessingStep> &steps, const QString &finalStatus,
                                             const QDateTime &now) {
    ProcessingTimeline t;
    t.finished = !finalStatus.isEmpty();
    t.finalStatus = finalStatus;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        TimelineStep s;
        s.step = steps.at(i);
        const QDateTime recorded = timeOf(s.step, ProgressField::ThoiDiemXuLy);
        s.start = timeOf(s.step, ProgressField::NgayBatDau);
        if (!s.start.isValid())
            s.start = recorded;
        s.deadline = timeOf(s.step, ProgressField::NgayKetThucTheoQuyDinh);
        if (i + 1 < steps.size()) {
            s.end = timeOf(steps.at(i + 1), ProgressField::ThoiDiemXuLy);
        } else if (t.finished) {
            s.end = recorded.isValid() ? recorded : s.start;
            t.finishedAt = s.end;
        } else {
            s.end = now;
            s.open = true;
        }
        if (s.start.isValid() && s.end.isValid() && s.end < s.start)
            s.end = s.start; // a step recorded before its own start: no negative durations
        if (!t.steps.isEmpty()) {
            const QDateTime previousEnd = t.steps.constLast().end;
            if (previousEnd.isValid() && s.start.isValid() && s.start > previousEnd)
                s.waitedBefore = previousEnd.secsTo(s.start);
        }
        t.steps << s;
    }
    return t;
}

std::pair<qint64, qint64> ProcessingTimeline::daysAndHours(qint64 seconds) {
    const qint64 hours = (seconds + 1800) / 3600; // to the nearest hour
    return {hours / 24, hours % 24};
}

} // namespace btxh
