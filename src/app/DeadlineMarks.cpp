// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeadlineMarks.h"

#include "DossierCodes.h"

namespace btxh::app {

bool DeadlineMarks::isFinished(const QString &statusCode) {
    return DossierStatus::isFinished(statusCode);
}

DeadlineState DeadlineMarks::ofDossier(const DossierDeadline &deadline, const QDate &today) {
    switch (deadline.outcome(today)) {
    case DeadlineOutcome::Overdue:
        return DeadlineState::Overdue;
    case DeadlineOutcome::WithinDeadline:
        return today.daysTo(deadline.due) <= NearlyDueDays ? DeadlineState::NearlyDue : DeadlineState::OnTime;
    default:
        return DeadlineState::None; // finished (on time or late: nothing left to act on) or no deadline
    }
}

DeadlineState DeadlineMarks::ofStep(const QDateTime &deadline, const QDateTime &doneAt, bool dossierFinished,
                                    const QDateTime &now) {
    if (!deadline.isValid())
        return DeadlineState::None;
    if (doneAt.isValid())
        return doneAt > deadline ? DeadlineState::Overdue : DeadlineState::OnTime;
    if (dossierFinished)
        return DeadlineState::OnTime;
    if (deadline < now)
        return DeadlineState::Overdue;
    if (now.secsTo(deadline) <= NearlyDueSeconds)
        return DeadlineState::NearlyDue;
    return DeadlineState::OnTime;
}

QColor DeadlineMarks::background(DeadlineState state) {
    switch (state) {
    case DeadlineState::Overdue:
        return QColor(0xfd, 0xe2, 0xe1);
    case DeadlineState::NearlyDue:
        return QColor(0xff, 0xf1, 0xc9);
    case DeadlineState::None:
    case DeadlineState::OnTime:
        break;
    }
    return {};
}

QColor DeadlineMarks::foreground(DeadlineState state) {
    switch (state) {
    case DeadlineState::Overdue:
        return QColor(0xa4, 0x1c, 0x1c);
    case DeadlineState::NearlyDue:
        return QColor(0x8a, 0x5a, 0x00);
    case DeadlineState::None:
    case DeadlineState::OnTime:
        break;
    }
    return {};
}

QString DeadlineMarks::label(DeadlineState state) {
    switch (state) {
    case DeadlineState::Overdue:
        return tr("Overdue");
    case DeadlineState::NearlyDue:
        return tr("Due soon");
    case DeadlineState::None:
    case DeadlineState::OnTime:
        break;
    }
    return {};
}

} // namespace btxh::app
