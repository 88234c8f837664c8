// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxQueries.h"

#include "AppLog.h"
#include "Store.h"

namespace btxh::app {

namespace {

bool notChangeable(const StoreError &error) {
    return error.kind == StoreError::Kind::Invalid || error.kind == StoreError::Kind::NotFound;
}

} // namespace

OutboxQueries::OutboxQueries(Store &store)
    : m_store(store) {}

std::optional<QList<OutboxEntry>> OutboxQueries::entries(int recentDone) const {
    std::optional<QList<OutboxEntry>> out = m_store.outboxEntries(recentDone);
    if (!out)
        qCWarning(lcApp) << "cannot read the outbox:" << m_store.lastError().detail;
    return out;
}

bool OutboxQueries::retry(qint64 outboxId, const QDateTime &, QString *error) {
    if (m_store.retryOutbox(outboxId))
        return true;
    *error = notChangeable(m_store.lastError())
                 ? tr("This item is not waiting or refused any more: it cannot be retried.")
                 : m_store.lastError().message;
    return false;
}

bool OutboxQueries::discard(qint64 outboxId, const QDateTime &, QString *error) {
    if (m_store.discardOutbox(outboxId))
        return true;
    *error = notChangeable(m_store.lastError())
                 ? tr("This item is being sent or was sent already: it cannot be discarded.")
                 : m_store.lastError().message;
    return false;
}

} // namespace btxh::app
