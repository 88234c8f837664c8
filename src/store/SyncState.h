// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace btxh {

// Where a dossier stands between this computer and the Ministry.
enum class SyncState {
    Draft,    // local, has errors: kept, not queued
    Ready,    // local, valid, queued in the outbox
    Sent,     // pushed, no answer yet
    Synced,   // the server has it as we have it
    Failed,   // the server refused it; its message is kept
    Conflict, // the server's copy changed while local edits were pending: both kept until someone chooses
};

// The stable names stored in the database and accepted by `btxh list --sync-state`.
QString syncStateName(SyncState state);
std::optional<SyncState> syncStateFromName(QStringView name);
// Translated, for people.
QString syncStateLabel(SyncState state);

} // namespace btxh
