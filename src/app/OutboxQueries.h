#pragma once

#include "StoredDossier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <functional>
#include <optional>

namespace btxh {
class Store;
}

namespace btxh::app {

// What the sync panel needs from the outbox that Store has no call for yet, made on the store's own
// connection, small and kept here until the store offers them (reported to the store's owner):
//   - every entry still waiting or refused, and the latest ones done, whatever their dossier
//     (Store::outbox() answers for one dossier; dueOutbox() only for pending ones that are due);
//   - retry: a refused or waiting entry goes back to "pending", due now;
//   - discard: a refused or waiting entry leaves the outbox; its dossier (or step) stays here as a draft.
class OutboxQueries {
    Q_DECLARE_TR_FUNCTIONS(btxh::app::OutboxQueries)
public:
    explicit OutboxQueries(Store &store);

    // Waiting, sent and refused entries, and the `recentDone` latest done ones; newest first.
    std::optional<QList<OutboxEntry>> entries(int recentDone = 50) const;
    bool retry(qint64 outboxId, const QDateTime &now, QString *error);
    bool discard(qint64 outboxId, const QDateTime &now, QString *error);

private:
    bool inTransaction(const std::function<bool(QString *)> &work, QString *error);

    Store &m_store;
};

} // namespace btxh::app
