// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseTiming.h"

namespace btxh::documents {

CaseTiming CaseTiming::of(const DossierDeadline &deadline, const QDate &today) {
    CaseTiming t;
    t.due = deadline.due;
    t.source = deadline.source;
    if (deadline.finished)
        t.finished = deadline.finishedOn;
    t.outcome = deadline.outcome(today);
    return t;
}

QString CaseTiming::label() const {
    return outcome == DeadlineOutcome::Undetermined ? QString() : DossierDeadline::outcomeLabel(outcome);
}

} // namespace btxh::documents
