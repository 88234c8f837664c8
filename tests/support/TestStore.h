// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeSet.h"
#include "Dossier.h"
#include "ProcessingStep.h"

#include <QByteArray>
#include <QMap>
#include <QStringList>
#include <memory>
#include <optional>

namespace btxh {
class Store;
}

namespace btxh::test {

class TestDossiers;

// Dossiers from..to-1 of `data`, as one write of what the server sent.
ChangeSet received(const TestDossiers &data, int from, int to);

// A store on the file at `path` whose clock always reads `now`, writing as `user`; null when it does not
// open.
std::unique_ptr<Store> openStore(const QString &path, const QDateTime &now, const QString &user);

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

namespace btxh::test {

// The lean-storage tests' data (schema 10), written through `store` (of any schema version), `count` dossiers
// in all, every way the documents' XML can be kept: pulled with the gateway's own spelling of the XML (a
// malformed declaration: the server copy's text, not what the store writes), received and entered as the
// store writes them (the documents' rows give it back), an entered XML neither gives back (a trailing line
// break), a conflict (local edits, then a changed server copy), and processing steps pulled and entered.
// False on a store error.
bool writeLeanMix(Store &store, const TestDossiers &data, int count);

// A database at `path` of schema 9, the last before the lean storage, holding writeLeanMix's `count`
// dossiers of `data`: what the upgrades from schema 10 on are tested on. Answers its content (contentOf) as
// schema 9 reads it; nullopt when the store could not be opened or written.
std::optional<QMap<QString, QByteArray>> writeSchema9LeanMix(const QString &path, const TestDossiers &data,
                                                             int count);

// Everything the store answers about each dossier (every field, document and result paper, the server's
// copy byte for byte, the state, the steps), by code: two of these are equal when nothing changed meaning.
QMap<QString, QByteArray> contentOf(Store &store);

} // namespace btxh::test

namespace btxh::test {

// Every row of every table of the SQLite database at `path`, the search index's own tables included, in rowid
// order: two of these are equal when two writes stored exactly the same.
QStringList databaseRows(const QString &path);
// The first column of the first row `sql` answers on the SQLite database at `path`, opened for reading only
// on a connection of its own (waiting up to 2 s for a writer); -1 when it cannot be read or answers nothing.
qint64 databaseScalar(const QString &path, const QString &sql);
// Its schema: each table's, index's and trigger's SQL (SQLite's own indexes by name), sorted.
QStringList databaseSchema(const QString &path);

} // namespace btxh::test
