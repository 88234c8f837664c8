// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dossier.h"
#include "ProcessingStep.h"
#include "TestStore.h"

#include <QDateTime>
#include <QString>

namespace btxh::test {

// Dossiers and steps for the sync tests: the specification's own push examples (TestDossiers) with a MaHoSo
// and an area of our choosing.
namespace SyncTestData {

QString code(int index); // 000.00.11.H10-YYMMDD-NNNN style, unique per index
Dossier dossier(int index, const QString &province = QStringLiteral("11"));
Dossier finalResult(int index, const QString &province = QStringLiteral("11"));
// Step `n` of dossier `index`: a distinct time and text for each n.
ProcessingStep step(int index, int n);

// The store's side (TestStore.h), by the names the sync tests use.
using test::enterDossier;
using test::enterStep;
using test::outboxCounts;
using test::OutboxCounts;

// The process id of a process that ran and is gone: a lease it "holds" is a killed program's.
qint64 pidOfAFinishedProcess();

} // namespace SyncTestData
} // namespace btxh::test
