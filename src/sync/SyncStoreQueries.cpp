// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncStoreQueries.h"

#include "Store.h"
#include "SyncLog.h"

namespace btxh {

SyncStoreQueries::SyncStoreQueries(Store &store)
    : m_store(store) {}

qint64 SyncStoreQueries::queuedCount() const {
    const std::optional<qint64> queued = m_store.queuedOutboxCount();
    if (!queued) {
        qCWarning(lcSync) << "cannot count the outbox:" << m_store.lastError().detail;
        return -1;
    }
    return *queued;
}

QSet<QString> SyncStoreQueries::codesOrWarn(const std::optional<QSet<QString>> &found, bool *ok) const {
    *ok = found.has_value();
    if (!found) {
        qCWarning(lcSync) << "cannot read the stored dossiers:" << m_store.lastError().detail;
        return {};
    }
    return *found;
}

QSet<QString> SyncStoreQueries::finalResults(const QStringList &codes, bool *ok) const {
    return codesOrWarn(m_store.finalResultCodes(codes), ok);
}

QSet<QString> SyncStoreQueries::withLocalEdits(const QStringList &codes, bool *ok) const {
    return codesOrWarn(m_store.codesWithLocalEdits(codes), ok);
}

QSet<QString> SyncStoreQueries::withLocalSteps(const QStringList &codes, bool *ok) const {
    return codesOrWarn(m_store.codesWithLocalSteps(codes), ok);
}

} // namespace btxh
