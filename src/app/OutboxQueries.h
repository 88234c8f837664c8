// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoredDossier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

namespace btxh {
class Store;
}

namespace btxh::app {

// The sync panel's calls on the outbox: thin callers of Store's outbox calls, which do the work (each one
// transaction, audited where it changes something), with the panel's own words when a change is refused.
//   - every entry still waiting or refused, and the latest ones done, whatever their dossier;
//   - retry: a refused or waiting entry goes back to "pending", due now;
//   - discard: a refused or waiting entry leaves the outbox; its dossier (or step) stays here as a draft.
class OutboxQueries {
    Q_DECLARE_TR_FUNCTIONS(btxh::app::OutboxQueries)
public:
    explicit OutboxQueries(Store &store);

    // Waiting, sent and refused entries, and the `recentDone` latest done ones; newest first.
    std::optional<QList<OutboxEntry>> entries(int recentDone = 50) const;
    // `now` is not used any more: the store's own clock stamps the change.
    bool retry(qint64 outboxId, const QDateTime &now, QString *error);
    bool discard(qint64 outboxId, const QDateTime &now, QString *error);

private:
    Store &m_store;
};

} // namespace btxh::app
