// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dossier.h"
#include "Problem.h"
#include "ProcessingStep.h"

#include <QByteArray>
#include <QList>

namespace btxh {

// Everything one write brings: Store::apply() stores all of it in one transaction, or none of it.
struct ChangeSet {
    // What the server sent (a pull): becomes the server's copy. serverJson is the item's JSON text verbatim;
    // when empty, a lossless image of the parsed record is kept instead.
    struct ReceivedDossier {
        Dossier dossier;
        QByteArray serverJson;
    };
    // A dossier entered or edited here: queued for push when problems has no error, a draft otherwise.
    struct LocalDossier {
        Dossier dossier;
        Problems problems;
    };
    struct ReceivedStep {
        ProcessingStep step;
        QByteArray serverJson;
    };
    struct LocalStep {
        ProcessingStep step;
        Problems problems;
    };

    QList<ReceivedDossier> received;
    QList<LocalDossier> local;
    QList<ReceivedStep> receivedSteps;
    QList<LocalStep> localSteps;

    bool isEmpty() const {
        return received.isEmpty() && local.isEmpty() && receivedSteps.isEmpty() && localSteps.isEmpty();
    }
    qsizetype size() const {
        return received.size() + local.size() + receivedSteps.size() + localSteps.size();
    }
};

enum class ChangeOutcome {
    Created,
    Updated,
    Unchanged,
    Conflict, // a received copy differs from local edits still pending: both kept
};

// One outcome per item of the ChangeSet, in the same order.
struct ChangeResult {
    QList<ChangeOutcome> received;
    QList<ChangeOutcome> local;
    QList<ChangeOutcome> receivedSteps;
    QList<ChangeOutcome> localSteps;
};

} // namespace btxh
