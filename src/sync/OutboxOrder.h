// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoredDossier.h"

#include <QList>

namespace btxh {

// The order the outbox is pushed in: a dossier before its steps before its final result (the Ministry's
// system must know a dossier before it accepts anything about it, and a final result closes the dossier).
class OutboxOrder {
public:
    enum class Wait {
        None,
        Dossier, // its dossier has not reached the server yet (queued, in flight or refused)
        Steps,   // a final result whose steps are still queued
    };

    // 0 new dossiers, 1 steps, 2 final results.
    static int phase(OutboxEntry::Kind kind);
    // Stable: by phase, then by the order the items were queued in.
    static void sort(QList<OutboxEntry> &entries);
    // Whether `entry` must wait, given every outbox entry of its dossier (`history`, as Store::outbox gives).
    static Wait waitFor(const OutboxEntry &entry, const QList<OutboxEntry> &history);
};

} // namespace btxh
