// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierStatements.h"

#include "ExtentStorage.h"
#include "PreparedDossier.h"
#include "SearchOrder.h"
#include "ServerCopy.h"
#include "StoreColumns.h"
#include "StoreConnection.h"
#include "StoreSchema.h"

#include <QSqlError>

namespace btxh {

namespace {

QString insertSql(const QString &table, QStringList leading, const FieldTable &fields) {
    leading << StoreSchema::columnNames(fields);
    QStringList cols;
    for (const QString &c : std::as_const(leading))
        cols << StoreSchema::quoted(c);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(table, cols.join(u','), QStringList(cols.size(), QStringLiteral("?")).join(u','));
}

QStringList dossierMetaColumns(int version) {
    QStringList out;
    for (int c = 0; c < int(columns::DossierMeta::Count); ++c)
        if (columns::isWritten(columns::DossierMeta(c), version))
            out << columns::nameOf(columns::DossierMeta(c));
    return out;
}

QStringList stepMetaColumns(int version) {
    QStringList out;
    for (int c = 0; c < int(columns::StepMeta::Count); ++c)
        if (columns::isWritten(columns::StepMeta(c), version))
            out << columns::nameOf(columns::StepMeta(c));
    return out;
}

} // namespace

DossierStatements::DossierStatements(const StoreConnection &connection)
    : m_connection(connection) {}

QSqlQuery &DossierStatements::get(Statement s) {
    auto &slot = m_statements[s];
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_connection.db);
        if (!slot->prepare(sql(s))) {
            const QSqlError e = slot->lastError();
            slot.reset();
            m_connection.raise(e);
        }
    }
    return *slot;
}

SqliteRow *DossierStatements::row(Statement s) {
    if (!m_connection.dialect.isSqlite())
        return nullptr;
    switch (s) {
    case FindDossier:
    case HasSteps:
    case InsertDossier:
    case InsertDocument:
    case InsertResultPaper:
    case InsertSortKeys:
        break;
    default:
        return nullptr;
    }
    auto &slot = m_rows[s];
    if (!slot) {
        QSqlError error;
        slot = SqliteRow::prepare(m_connection.db, sql(s), &error);
        if (!slot)
            m_connection.raise(error);
    }
    return slot.get();
}

void DossierStatements::clear() {
    for (auto &s : m_statements)
        s.reset();
    for (auto &r : m_rows)
        r.reset();
}

bool DossierStatements::isLean() const {
    return m_connection.version >= columns::LeanSchemaVersion;
}

template <typename Query>
void DossierStatements::bindRecord(Query &q, int &pos, const Record &record, int replaced,
                                   const QVariant &replacement) {
    for (const FieldSpec &f : record.table().fields()) {
        const QString v = record.value(f.id);
        q.bindValue(pos++, f.id == replaced ? replacement : nullable(v));
        if (StoreSchema::hasKeyColumn(f))
            q.bindValue(pos++, nullable(StoreSchema::sortKey(v)));
    }
}

template <typename Query>
void DossierStatements::bindDossier(Query &q, int &pos, const DossierRow &row, const Dossier &dossier,
                                    const QString &at) const {
    const bool lean = isLean();
    const PreparedDossier *prepared = row.prepared;
    const ExtentStorage::Kept extent = !lean ? ExtentStorage::Kept{}
                                       : prepared
                                           ? prepared->extent
                                           : ExtentStorage::keep(dossier, row.serverJson, row.readFromCopy);
    using M = columns::DossierMeta;
    std::array<QVariant, std::size_t(M::Count)> v;
    v[int(M::SyncState)] = syncStateName(row.state);
    v[int(M::HasLocalEdits)] = row.hasLocalEdits ? 1 : 0;
    v[int(M::ContentHash)] = row.contentHash;
    v[int(M::Extras)] = nullable(StoreSchema::extrasJson(dossier.fields));
    v[int(M::HasDocumentList)] = dossier.extent.hasDocumentList ? 1 : 0;
    v[int(M::HasResultList)] = dossier.extent.hasResultList ? 1 : 0;
    v[int(M::DocumentCount)] = qint64(dossier.extent.documents.size());
    v[int(M::ResultPaperCount)] = qint64(dossier.extent.resultPapers.size());
    v[int(M::ServerJson)] = nullable(row.serverJson);
    v[int(M::ServerCopy)] = !lean || row.serverJson.isEmpty() ? QVariant()
                            : prepared
                                ? QVariant(prepared->encodedCopy)
                                : QVariant(ServerCopy::encode(row.serverJson, ServerCopy::Kind::Dossier));
    v[int(M::ExtentSource)] = int(extent.source);
    v[int(M::ServerHash)] = nullable(row.serverHash);
    v[int(M::ServerReceivedAt)] =
        row.serverReceivedAt.isValid() ? QVariant(StoreSchema::isoTime(row.serverReceivedAt)) : QVariant();
    v[int(M::Problems)] = nullable(row.problems);
    v[int(M::UpdatedAt)] = at;
    for (int c = 0; c < int(M::Count); ++c)
        if (columns::isWritten(M(c), m_connection.version))
            q.bindValue(pos++, v[c]);
    if (lean)
        bindRecord(q, pos, dossier.fields, int(DossierField::CertificateExtentData), extent.column);
    else
        bindRecord(q, pos, dossier.fields);
}

template void DossierStatements::bindRecord(QSqlQuery &, int &, const Record &, int, const QVariant &);
template void DossierStatements::bindRecord(SqliteRow &, int &, const Record &, int, const QVariant &);
template void DossierStatements::bindDossier(QSqlQuery &, int &, const DossierRow &, const Dossier &,
                                             const QString &) const;
template void DossierStatements::bindDossier(SqliteRow &, int &, const DossierRow &, const Dossier &,
                                             const QString &) const;

QString DossierStatements::sql(Statement s) const {
    const SqlDialect &dialect = m_connection.dialect;
    const int version = m_connection.version;
    switch (s) {
    case FindDossier:
        return QStringLiteral("SELECT id, sync_state, has_local_edits, content_hash, server_hash, problems "
                              "FROM dossiers WHERE code = ?");
    case InsertDossier: {
        // code and created_at (and the deadline, from schema 7: see DossierWriter::insertDossier), then the
        // columns every write binds (bindDossier).
        QStringList leading{QStringLiteral("code"), QStringLiteral("created_at")};
        if (version >= columns::DueDatesSchemaVersion)
            leading << QStringLiteral("due_date") << QStringLiteral("due_source");
        return insertSql(QStringLiteral("dossiers"), leading + dossierMetaColumns(version),
                         FieldTable::dossier()) +
               dialect.returningId();
    }
    case UpdateDossier: {
        QStringList sets;
        for (const QString &c : dossierMetaColumns(version) + StoreSchema::columnNames(FieldTable::dossier()))
            sets << StoreSchema::quoted(c) + QStringLiteral(" = ?");
        return QStringLiteral("UPDATE dossiers SET %1 WHERE id = ?").arg(sets.join(u','));
    }
    case UpdateServerCopy:
        if (isLean())
            return QStringLiteral(
                       "UPDATE dossiers SET sync_state = ?, server_copy = ?, server_hash = ?, "
                       "server_received_at = ?, updated_at = ?, %1 = ?, extent_source = ? WHERE id = ?")
                .arg(columns::of(DossierField::CertificateExtentData));
        return QStringLiteral("UPDATE dossiers SET sync_state = ?, server_json = ?, server_hash = ?, "
                              "server_received_at = ?, updated_at = ? WHERE id = ?");
    case DeleteDocuments:
        return QStringLiteral("DELETE FROM documents WHERE dossier_id = ?");
    case DeleteResultPapers:
        return QStringLiteral("DELETE FROM result_papers WHERE dossier_id = ?");
    case InsertDocument:
        return insertSql(QStringLiteral("documents"),
                         {QStringLiteral("dossier_id"), QStringLiteral("position"), QStringLiteral("extras")},
                         FieldTable::submittedDocument());
    case InsertResultPaper:
        return insertSql(QStringLiteral("result_papers"),
                         {QStringLiteral("dossier_id"), QStringLiteral("position"), QStringLiteral("extras")},
                         FieldTable::resultPaper());
    case DeleteSearch:
        return dialect.deleteSearchText();
    case InsertSearch:
        return dialect.insertSearchText();
    case InsertSortKeys:
    case UpdateSortKeys: {
        // Not INSERT OR REPLACE: a statement that may delete makes SQLite open a statement journal, and FTS5
        // then writes out its pending index data at every dossier instead of once per transaction
        // (bench_store measured the import 1.4x slower).
        QStringList cols;
        for (const QString &c : StoreSchema::sortKeyColumns())
            cols << StoreSchema::quoted(c);
        if (s == UpdateSortKeys)
            return QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                .arg(StoreSchema::sortKeysTable(), cols.join(QStringLiteral(" = ?, ")));
        return QStringLiteral("INSERT INTO %1 (%2, id) VALUES (%3)")
            .arg(StoreSchema::sortKeysTable(), cols.join(u','),
                 QStringList(cols.size() + 1, QStringLiteral("?")).join(u','));
    }
    case FindStep:
        return QStringLiteral("SELECT id FROM steps WHERE dossier_code = ? AND step_key = ?");
    case HasSteps:
        return QStringLiteral("SELECT 1 FROM steps WHERE dossier_code = ? LIMIT 1");
    case InsertStep:
        return insertSql(QStringLiteral("steps"), stepMetaColumns(version), FieldTable::progress()) +
               dialect.returningId();
    case UpdateDeadline:
        // The legal deadline of the latest step (by the time it was handled).
        return QStringLiteral(
                   "UPDATE dossiers SET k_deadline = (SELECT %1 FROM steps WHERE steps.dossier_code = "
                   "dossiers.code ORDER BY %2 DESC, id DESC LIMIT 1) WHERE code = ?")
            .arg(columns::keyOf(ProgressField::NgayKetThucTheoQuyDinh),
                 columns::keyOf(ProgressField::ThoiDiemXuLy));
    case InsertAudit:
        return QStringLiteral(
            "INSERT INTO audit (at, who, dossier_code, entity, field, old_value, new_value) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)");
    case StatementCount:
        break;
    }
    return {};
}

} // namespace btxh
