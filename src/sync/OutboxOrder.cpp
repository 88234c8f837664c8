// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxOrder.h"

#include <algorithm>

namespace btxh {

int OutboxOrder::phase(OutboxEntry::Kind kind) {
    switch (kind) {
    case OutboxEntry::Kind::NewDossier:
        return 0;
    case OutboxEntry::Kind::Progress:
        return 1;
    case OutboxEntry::Kind::FinalResult:
        return 2;
    }
    return 3;
}

void OutboxOrder::sort(QList<OutboxEntry> &entries) {
    std::stable_sort(entries.begin(), entries.end(), [](const OutboxEntry &a, const OutboxEntry &b) {
        const int pa = phase(a.kind);
        const int pb = phase(b.kind);
        return pa != pb ? pa < pb : a.id < b.id;
    });
}

OutboxOrder::Wait OutboxOrder::waitFor(const OutboxEntry &entry, const QList<OutboxEntry> &history) {
    if (entry.kind == OutboxEntry::Kind::NewDossier)
        return Wait::None;
    // Only the latest push of the dossier counts: an old refusal that was fixed and sent again since does
    // not.
    const OutboxEntry *latestDossier = nullptr;
    bool stepsWaiting = false;
    for (const OutboxEntry &e : history) {
        if (e.kind == OutboxEntry::Kind::NewDossier && (!latestDossier || e.id > latestDossier->id))
            latestDossier = &e;
        if (e.kind == OutboxEntry::Kind::Progress && e.id != entry.id &&
            (e.state == OutboxEntry::State::Pending || e.state == OutboxEntry::State::Sent))
            stepsWaiting = true;
    }
    if (latestDossier && latestDossier->state != OutboxEntry::State::Done)
        return Wait::Dossier;
    if (entry.kind == OutboxEntry::Kind::FinalResult && stepsWaiting)
        return Wait::Steps;
    return Wait::None;
}

} // namespace btxh
