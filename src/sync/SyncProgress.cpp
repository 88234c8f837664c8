// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncProgress.h"

namespace btxh {

QString SyncProgress::stepName(Step step) {
    switch (step) {
    case Step::Pushing:
        return tr("Sending queued changes");
    case Step::PullingDossiers:
        return tr("Receiving dossiers");
    case Step::PullingProgress:
        return tr("Receiving processing progress");
    case Step::PullingResults:
        return tr("Receiving final results");
    }
    return {};
}

QString SyncProgress::text() const {
    if (step == Step::Pushing)
        return tr("%1: %2 of %3 (%4 accepted)").arg(stepName()).arg(done).arg(total).arg(items);
    return tr("%1: %2% (%3 received)").arg(stepName()).arg(percent()).arg(items);
}

} // namespace btxh
