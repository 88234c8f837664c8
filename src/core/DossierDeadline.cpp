// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierDeadline.h"

namespace btxh {

DeadlineOutcome DossierDeadline::outcome(const QDate &today) const {
    if (!due.isValid())
        return DeadlineOutcome::Undetermined;
    if (finished) {
        if (!finishedOn.isValid())
            return DeadlineOutcome::Undetermined;
        return finishedOn <= due ? DeadlineOutcome::OnTime : DeadlineOutcome::Late;
    }
    return today <= due ? DeadlineOutcome::WithinDeadline : DeadlineOutcome::Overdue;
}

bool DossierDeadline::isLate(const QDate &today) const {
    const DeadlineOutcome o = outcome(today);
    return o == DeadlineOutcome::Late || o == DeadlineOutcome::Overdue;
}

QString DossierDeadline::sourceKey(DeadlineSource source) {
    switch (source) {
    case DeadlineSource::Computed:
        return QStringLiteral("computed");
    case DeadlineSource::Gateway:
        return QStringLiteral("gateway");
    case DeadlineSource::None:
        break;
    }
    return {};
}

DeadlineSource DossierDeadline::sourceFromKey(const QString &key) {
    if (key == u"computed")
        return DeadlineSource::Computed;
    if (key == u"gateway")
        return DeadlineSource::Gateway;
    return DeadlineSource::None;
}

QString DossierDeadline::sourceLabel(DeadlineSource source) {
    switch (source) {
    case DeadlineSource::Computed:
        return tr("computed from the procedure's processing time");
    case DeadlineSource::Gateway:
        return tr("sent by the gateway");
    case DeadlineSource::None:
        break;
    }
    return tr("no deadline");
}

QString DossierDeadline::outcomeLabel(DeadlineOutcome outcome) {
    switch (outcome) {
    case DeadlineOutcome::OnTime:
        return tr("on time");
    case DeadlineOutcome::Late:
        return tr("late");
    case DeadlineOutcome::WithinDeadline:
        return tr("within the deadline");
    case DeadlineOutcome::Overdue:
        return tr("overdue");
    case DeadlineOutcome::Undetermined:
        break;
    }
    return tr("not determined");
}

} // namespace btxh
