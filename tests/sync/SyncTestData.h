// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dossier.h"
#include "ProcessingStep.h"

#include <QDateTime>
#include <QString>

namespace btxh {
class Store;
}

namespace btxh::test {

// Dossiers and steps for the sync tests, made from the specification's own push examples
// (tests/fixtures/spec/push-*.json) with a MaHoSo and an area of our choosing.
namespace SyncTestData {

QString code(int index); // 000.00.11.H10-YYMMDD-NNNN style, unique per index
Dossier dossier(int index, const QString &province = QStringLiteral("11"));
Dossier finalResult(int index, const QString &province = QStringLiteral("11"));
// Step `n` of dossier `index`: a distinct time and text for each n.
ProcessingStep step(int index, int n);

// Enters them in the store as an officer would (queued for push). False on a store error.
bool enterDossier(Store &store, const Dossier &dossier);
bool enterStep(Store &store, const ProcessingStep &step);

// How many outbox entries of the store are in each state.
struct OutboxCounts {
    int pending = 0, sent = 0, done = 0, failed = 0;
    int total() const { return pending + sent + done + failed; }
};
OutboxCounts outboxCounts(Store &store);

// The process id of a process that ran and is gone: a lease it "holds" is a killed program's.
qint64 pidOfAFinishedProcess();

} // namespace SyncTestData
} // namespace btxh::test
