#include "SyncStoreQueries.h"

#include "FieldTable.h"
#include "Store.h"
#include "StoreSchema.h"
#include "SyncLog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace btxh {

namespace {

constexpr qsizetype ChunkSize = 500; // well below SQLite's limit on bound parameters

} // namespace

SyncStoreQueries::SyncStoreQueries(Store &store)
    : m_store(store) {}

QList<qint64> SyncStoreQueries::sentOutbox(bool *ok) const {
    QList<qint64> ids;
    const std::optional<QList<OutboxEntry>> sent = m_store.outboxEntries(OutboxEntry::State::Sent);
    *ok = sent.has_value();
    if (!sent) {
        qCWarning(lcSync) << "cannot read the outbox:" << m_store.lastError().detail;
        return ids;
    }
    for (const OutboxEntry &e : *sent)
        ids << e.id;
    return ids;
}

qint64 SyncStoreQueries::queuedCount() const {
    const std::optional<qint64> queued = m_store.queuedOutboxCount();
    if (!queued) {
        qCWarning(lcSync) << "cannot count the outbox:" << m_store.lastError().detail;
        return -1;
    }
    return *queued;
}

QSet<QString> SyncStoreQueries::codesMatching(const QString &sqlTemplate, const QStringList &codes,
                                              bool *ok) const {
    QSet<QString> found;
    *ok = true;
    for (qsizetype start = 0; start < codes.size(); start += ChunkSize) {
        const QStringList chunk = codes.mid(start, ChunkSize);
        QStringList marks;
        marks.fill(QStringLiteral("?"), chunk.size());
        QSqlQuery q(m_store.database());
        q.setForwardOnly(true);
        if (!q.prepare(sqlTemplate.arg(marks.join(u',')))) {
            *ok = false;
            qCWarning(lcSync) << "cannot prepare a sync query:" << q.lastError().nativeErrorCode();
            return found;
        }
        for (const QString &code : chunk)
            q.addBindValue(code);
        if (!q.exec()) {
            *ok = false;
            qCWarning(lcSync) << "a sync query failed:" << q.lastError().nativeErrorCode();
            return found;
        }
        while (q.next())
            found.insert(q.value(0).toString());
    }
    return found;
}

QSet<QString> SyncStoreQueries::finalResults(const QStringList &codes, bool *ok) const {
    const FieldSpec &kind = FieldTable::dossier().at(int(DossierField::LoaiDuLieu));
    return codesMatching(QStringLiteral("SELECT code FROM dossiers WHERE code IN (%1) AND TRIM(") +
                             StoreSchema::fieldColumn(kind) + QStringLiteral(") = '100'"),
                         codes, ok);
}

QSet<QString> SyncStoreQueries::withLocalEdits(const QStringList &codes, bool *ok) const {
    return codesMatching(
        QStringLiteral("SELECT code FROM dossiers WHERE code IN (%1) AND has_local_edits = 1"), codes, ok);
}

QSet<QString> SyncStoreQueries::withLocalSteps(const QStringList &codes, bool *ok) const {
    return codesMatching(
        QStringLiteral(
            "SELECT DISTINCT dossier_code FROM steps WHERE origin = 'local' AND dossier_code IN (%1)"),
        codes, ok);
}

} // namespace btxh
