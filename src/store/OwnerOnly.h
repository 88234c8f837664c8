// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace btxh {

// The local database holds names and ID numbers: its folder, the database with its WAL and SHM, backups and
// safety copies are for the officer's own account only (folder 0700, files 0600; on Windows the user's
// profile folder already is). Files found more open are tightened, with a note in the log.
namespace OwnerOnly {

// Creates `folder` (and its parents) when missing; a folder created here is made owner-only.
bool makeFolder(const QString &folder);
// Creates an empty owner-only file when none is there (SQLite then takes it as a new database and gives
// its WAL and SHM the same mode).
bool createFile(const QString &path);
// Takes group and other permissions away from `path` when it has any; true when it changed something.
bool tighten(const QString &path);
// The database and its companions (-wal, -shm, -journal).
void tightenDatabase(const QString &databasePath);

// The safety copies of `databasePath` (<db>.pre-v*-*.sqlite, <db>.before-restore-*.sqlite), newest first.
QStringList safetyCopies(const QString &databasePath);
// Removes all but the `keep` newest safety copies (keep <= 0: none removed); returns what was removed.
QStringList pruneSafetyCopies(const QString &databasePath, int keep);

} // namespace OwnerOnly

} // namespace btxh
