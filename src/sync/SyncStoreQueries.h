#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace btxh {

class Store;

// Reads the sync engine needs about the store. The outbox ones are thin callers of Store's outbox calls
// (Store::outboxEntries, Store::queuedOutboxCount). The others have no Store call yet and are made on the
// store's own connection, small and read-only (see src/sync/README.md):
//   - which of a window's dossiers are already stored as final results, or have local edits pending;
//   - which of a window's dossiers have steps entered here.
class SyncStoreQueries {
public:
    explicit SyncStoreQueries(Store &store);

    // Ids of outbox entries in state "sent". Each call sets *ok to false on a database error.
    QList<qint64> sentOutbox(bool *ok) const;
    // How many outbox entries are still waiting (pending or sent); -1 on a database error.
    qint64 queuedCount() const;
    // The codes among `codes` whose stored dossier is a final result (LoaiDuLieu 100).
    QSet<QString> finalResults(const QStringList &codes, bool *ok) const;
    // The codes among `codes` whose stored dossier has local edits not yet accepted by the server.
    QSet<QString> withLocalEdits(const QStringList &codes, bool *ok) const;
    // The codes among `codes` that have at least one step entered locally.
    QSet<QString> withLocalSteps(const QStringList &codes, bool *ok) const;

private:
    QSet<QString> codesMatching(const QString &sqlTemplate, const QStringList &codes, bool *ok) const;

    Store &m_store;
};

} // namespace btxh
