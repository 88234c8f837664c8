// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncReport.h"

namespace btxh {

void SyncReport::merge(const SyncReport &other) {
    pulled += other.pulled;
    created += other.created;
    updated += other.updated;
    unchanged += other.unchanged;
    pushed += other.pushed;
    failed += other.failed;
    conflicts += other.conflicts;
    retrying += other.retrying;
    queued = other.queued;
    quarantined += other.quarantined;
    offline = offline || other.offline;
    if (other.stop != Stop::None) {
        stop = other.stop;
        error = other.error;
    }
    messages += other.messages;
}

QString SyncReport::summary() const {
    QString line =
        tr("pulled %1 (new %2, updated %3, unchanged %4), pushed %5, failed %6, conflicts %7, queued %8")
            .arg(pulled)
            .arg(created)
            .arg(updated)
            .arg(unchanged)
            .arg(pushed)
            .arg(failed)
            .arg(conflicts)
            .arg(queued);
    if (retrying > 0)
        line += tr(" (%n to retry)", nullptr, int(retrying));
    if (quarantined > 0)
        line += tr(", %n unreadable item(s) kept aside", nullptr, int(quarantined));
    return line;
}

QString SyncReport::stopText() const {
    switch (stop) {
    case Stop::None:
        return {};
    case Stop::Offline:
        return tr("Working offline: the gateway cannot be reached. %n item(s) stay queued and will be sent "
                  "at the next sync.",
                  nullptr, int(queued));
    case Stop::Cancelled:
        return tr("Cancelled. What was received is kept; %n item(s) stay queued.", nullptr, int(queued));
    case Stop::Configuration:
    case Stop::StoreError:
    case Stop::Busy:
        return error;
    }
    return {};
}

} // namespace btxh
