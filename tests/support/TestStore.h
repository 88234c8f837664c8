// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeSet.h"
#include "Dossier.h"
#include "ProcessingStep.h"

namespace btxh {
class Store;
}

namespace btxh::test {

class TestDossiers;

// Dossiers from..to-1 of `data`, as one write of what the server sent.
ChangeSet received(const TestDossiers &data, int from, int to);

// Enters them in the store as an officer would (queued for push). False on a store error.
bool enterDossier(Store &store, const Dossier &dossier);
bool enterStep(Store &store, const ProcessingStep &step);

// How many outbox entries of the store are in each state.
struct OutboxCounts {
    int pending = 0, sent = 0, done = 0, failed = 0;
    int total() const { return pending + sent + done + failed; }
};
OutboxCounts outboxCounts(Store &store);

} // namespace btxh::test
