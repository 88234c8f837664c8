// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dossier.h"
#include "DossierDeadline.h"
#include "Problem.h"
#include "ProcessingStep.h"
#include "SyncState.h"

#include <QByteArray>
#include <QDateTime>

namespace btxh {

// What the store holds about one dossier, read back.
struct StoredDossier {
    qint64 id = 0;
    Dossier dossier; // the current version: local edits when there are any, else the server's copy
    SyncState syncState = SyncState::Synced;
    bool hasLocalEdits = false;
    // Which content the row holds (its content_hash): changes with every write of other content, whoever
    // makes it, and with nothing else. An edit names it as its base (ChangeSet::LocalDossier::base).
    QString version;
    QByteArray serverJson; // the server's last copy, verbatim (empty if the server never sent it)
    QDateTime serverReceivedAt;
    Problems problems;   // why a draft is a draft
    QString lastMessage; // the server's last word on a push
    QString deadline;    // yyyy-MM-dd HH:mm:ss from the latest step, empty when unknown
    // The dossier's legal deadline (the gateway's, else computed here), with its finishing day; `finished` is
    // set from the status. due.isLate(today) / due.outcome(today) judge it.
    DossierDeadline due;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Created or edited on this computer, not only received from the server (RolePolicy's enteredHere).
    bool enteredHere() const { return serverJson.isEmpty() || hasLocalEdits; }
};

struct StoredStep {
    qint64 id = 0;
    ProcessingStep step;
    bool local = false;
    SyncState syncState = SyncState::Synced;
    Problems problems;
    QDateTime createdAt;
};

// One pending push.
struct OutboxEntry {
    enum class Kind { NewDossier, Progress, FinalResult };
    enum class State { Pending, Sent, Done, Failed };

    qint64 id = 0;
    Kind kind = Kind::NewDossier;
    QString dossierCode;
    qint64 stepId = 0;      // for Progress
    QString idempotencyKey; // stable across retries
    State state = State::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt; // invalid = as soon as possible
    QString lastMessage;
    QDateTime createdAt;
    // When the copy whose outcome is unknown went out (the gateway may or may not have it); invalid when
    // the entry was never sent or its fate is known.
    QDateTime uncertainSince;

    static QString kindName(Kind kind);
    static QString stateName(State state);
};

// One local change: who changed which field of what, when, from what to what.
struct AuditEntry {
    QDateTime at;
    QString who;
    QString dossierCode;
    QString entity; // "dossier", "document 2", "result paper 1", "step", "sync"
    QString field;  // wire name
    QString oldValue;
    QString newValue;
};

} // namespace btxh
