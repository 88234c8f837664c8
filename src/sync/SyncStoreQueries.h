#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace btxh {

class Store;

// Reads the sync engine needs that Store has no call for yet, made on the store's own connection. Kept here,
// small and read-only, until the store offers them (see src/sync/README.md):
//   - outbox entries left "sent" by a run that never heard back (the program was killed mid-push), and how
//     many entries are still waiting;
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
