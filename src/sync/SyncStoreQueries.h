// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace btxh {

class Store;

// What the sync engine (and the sync panel) read from the store, with a warning logged on failure. Each is a
// thin caller of a Store call: the sync layer writes no SQL against the store's tables.
class SyncStoreQueries {
public:
    explicit SyncStoreQueries(Store &store);

    // How many outbox entries are still waiting (pending or sent); -1 on a database error.
    qint64 queuedCount() const;
    // The codes among `codes` whose stored dossier is a final result (LoaiDuLieu 100). Each call sets *ok to
    // false on a database error.
    QSet<QString> finalResults(const QStringList &codes, bool *ok) const;
    // The codes among `codes` whose stored dossier has local edits not yet accepted by the server.
    QSet<QString> withLocalEdits(const QStringList &codes, bool *ok) const;
    // The codes among `codes` that have at least one step entered locally.
    QSet<QString> withLocalSteps(const QStringList &codes, bool *ok) const;

private:
    QSet<QString> codesOrWarn(const std::optional<QSet<QString>> &found, bool *ok) const;

    Store &m_store;
};

} // namespace btxh
