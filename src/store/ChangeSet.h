// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dossier.h"
#include "Problem.h"
#include "ProcessingStep.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <memory>

namespace btxh {

struct PreparedDossier;

// Everything one write brings: Store::apply() stores all of it in one transaction, or none of it.
struct ChangeSet {
    // What the server sent (a pull): becomes the server's copy. serverJson is the item's JSON text verbatim;
    // when empty, a lossless image of the parsed record is kept instead.
    // `prepared`: what Store::prepare derived from the two ahead of the write, or null.
    struct ReceivedDossier {
        Dossier dossier;
        QByteArray serverJson;
        std::shared_ptr<const PreparedDossier> prepared = {};
        // The dossier is what JsonCodec read from serverJson itself (PayloadImport): the copy's documents'
        // XML is the dossier's, known without reading the copy again.
        bool readFromCopy = false;
    };
    // A dossier entered or edited here: queued for push when problems has no error, a draft otherwise.
    // `base` is the stored version the edit was made from (StoredDossier::version, as read when the form
    // opened): when the stored dossier is no longer that version, another officer or program changed it
    // meanwhile, and the whole write is refused as StoreError::Kind::Stale. Empty: no check (imports, the
    // CLI, a new dossier).
    struct LocalDossier {
        Dossier dossier;
        Problems problems;
        QString base = {}; // "= {}": an item written as {dossier, problems} is no missing initializer
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
    // Each local dossier's stored version after the write (StoredDossier::version): the base of its next
    // edit.
    QStringList localVersions;
};

} // namespace btxh
