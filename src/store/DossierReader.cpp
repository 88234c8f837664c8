// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierReader.h"

#include "DueDates.h"
#include "ExtentStorage.h"
#include "ServerCopy.h"
#include "StoreColumns.h"
#include "StoreConnection.h"
#include "StoreSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

namespace btxh {

namespace {

Problems problemsFrom(const QVariant &v) {
    Problems out;
    if (v.isNull())
        return out;
    const QJsonArray a = QJsonDocument::fromJson(v.toString().toUtf8()).array();
    for (const QJsonValue &e : a) {
        const QJsonObject o = e.toObject();
        Problem p;
        p.recordKey = o.value(QStringLiteral("recordKey")).toString();
        p.field = o.value(QStringLiteral("field")).toString();
        p.label = o.value(QStringLiteral("label")).toString();
        p.severity =
            o.value(QStringLiteral("severity")).toString() == u"error" ? Severity::Error : Severity::Warning;
        p.code = o.value(QStringLiteral("code")).toString();
        p.message = o.value(QStringLiteral("message")).toString();
        out << p;
    }
    return out;
}

} // namespace

void DossierReader::readRecord(const QSqlQuery &q, Record &record) {
    const QSqlRecord rec = q.record();
    for (const FieldSpec &f : record.table().fields()) {
        const int i = rec.indexOf(StoreSchema::fieldColumn(f));
        if (i < 0)
            continue;
        const QVariant v = q.value(i);
        record.setValue(f.id, v.isNull() ? QString() : v.toString());
    }
    const int e = rec.indexOf(QStringLiteral("extras"));
    if (e >= 0)
        StoreSchema::readExtras(q.value(e).toString(), record);
}

DossierReader::DossierReader(const StoreConnection &connection)
    : m_connection(connection) {}

StoreResult<StoredDossier> DossierReader::dossier(const QString &code) const {
    QSqlQuery q(m_connection.db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT * FROM dossiers WHERE code = ?")))
        return m_connection.fail(q.lastError());
    q.bindValue(0, code.trimmed());
    if (!q.exec())
        return m_connection.fail(q.lastError());
    if (!q.next())
        return StoreError::make(StoreError::Kind::NotFound,
                                tr("There is no dossier %1 in this database.").arg(code.trimmed()));
    const QSqlRecord rec = q.record();
    auto v = [&](const char *name) { return q.value(rec.indexOf(QLatin1StringView(name))); };
    StoredDossier s;
    s.id = v("id").toLongLong();
    readRecord(q, s.dossier.fields);
    s.syncState = syncStateFromName(v("sync_state").toString()).value_or(SyncState::Synced);
    s.hasLocalEdits = v("has_local_edits").toBool();
    s.version = v("content_hash").toString();
    QSqlDatabase db = m_connection.db; // a handle: decoding may read a dictionary
    const QVariant encoded =
        rec.indexOf(QLatin1StringView("server_copy")) >= 0 ? v("server_copy") : QVariant();
    const StoreResult<QByteArray> serverJson = ServerCopy::read(db, encoded, v("server_json"));
    if (!serverJson)
        return m_connection.fail(serverJson.error());
    s.serverJson = *serverJson;
    const int extentSource = rec.indexOf(QLatin1StringView("extent_source"));
    const ExtentStorage::Source source =
        extentSource >= 0 ? ExtentStorage::sourceFrom(q.value(extentSource)) : ExtentStorage::Source::Column;
    const QVariant extentColumn = s.dossier.fields.value(int(DossierField::CertificateExtentData));
    s.serverReceivedAt = StoreSchema::fromIso(v("server_received_at"));
    s.problems = problemsFrom(v("problems"));
    s.lastMessage = v("last_message").toString();
    s.deadline = v("k_deadline").toString();
    if (rec.indexOf(QLatin1StringView("due_date")) >= 0)
        s.due = DueDates::read(v("due_date"), v("due_source"), v("finished_on"),
                               s.dossier.fields.value(int(DossierField::StatusId)));
    s.createdAt = StoreSchema::fromIso(v("created_at"));
    s.updatedAt = StoreSchema::fromIso(v("updated_at"));
    s.dossier.extent.hasDocumentList = v("has_document_list").toBool();
    s.dossier.extent.hasResultList = v("has_result_list").toBool();
    q.finish();
    const std::pair<QString, std::pair<QList<Record> *, const FieldTable *>> children[] = {
        {QStringLiteral("documents"), {&s.dossier.extent.documents, &FieldTable::submittedDocument()}},
        {QStringLiteral("result_papers"), {&s.dossier.extent.resultPapers, &FieldTable::resultPaper()}},
    };
    for (const auto &[table, target] : children) {
        QSqlQuery c(m_connection.db);
        c.setForwardOnly(true);
        if (!c.prepare(QStringLiteral("SELECT * FROM %1 WHERE dossier_id = ? ORDER BY position").arg(table)))
            return m_connection.fail(c.lastError());
        c.bindValue(0, s.id);
        if (!c.exec())
            return m_connection.fail(c.lastError());
        while (c.next()) {
            Record r(*target.second);
            readRecord(c, r);
            target.first->append(r);
        }
    }
    if (source != ExtentStorage::Source::Column)
        s.dossier.fields.setValue(
            int(DossierField::CertificateExtentData),
            ExtentStorage::rebuild(source, extentColumn, s.dossier.extent, s.serverJson));
    return s;
}

StoreResult<QList<StoredStep>> DossierReader::steps(const QString &code) const {
    QSqlQuery q(m_connection.db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT * FROM steps WHERE dossier_code = ? ORDER BY %1 IS NULL, %1, id")
                       .arg(columns::keyOf(ProgressField::ThoiDiemXuLy))))
        return m_connection.fail(q.lastError());
    q.bindValue(0, code.trimmed());
    if (!q.exec())
        return m_connection.fail(q.lastError());
    QList<StoredStep> out;
    while (q.next()) {
        const QSqlRecord rec = q.record();
        StoredStep s;
        s.id = q.value(rec.indexOf(QStringLiteral("id"))).toLongLong();
        readRecord(q, s.step.fields);
        s.local = q.value(rec.indexOf(QStringLiteral("origin"))).toString() == u"local";
        s.syncState = syncStateFromName(q.value(rec.indexOf(QStringLiteral("sync_state"))).toString())
                          .value_or(SyncState::Synced);
        s.problems = problemsFrom(q.value(rec.indexOf(QStringLiteral("problems"))));
        s.createdAt = StoreSchema::fromIso(q.value(rec.indexOf(QStringLiteral("created_at"))));
        out << s;
    }
    return out;
}

StoreResult<QList<AuditEntry>> DossierReader::auditTrail(const QString &code) const {
    QSqlQuery q(m_connection.db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT at, who, dossier_code, entity, field, old_value, new_value FROM audit "
                             "WHERE dossier_code = ? ORDER BY id"));
    q.bindValue(0, code.trimmed());
    if (!q.exec())
        return m_connection.fail(q.lastError());
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.at = StoreSchema::fromIso(q.value(0));
        e.who = q.value(1).toString();
        e.dossierCode = q.value(2).toString();
        e.entity = q.value(3).toString();
        e.field = q.value(4).toString();
        e.oldValue = q.value(5).isNull() ? QString() : q.value(5).toString();
        e.newValue = q.value(6).isNull() ? QString() : q.value(6).toString();
        out << e;
    }
    return out;
}

// The first column of `sqlTemplate` over `codes`, its "IN (%1)" standing for the query of their texts.
StoreResult<QSet<QString>> DossierReader::codesMatching(const QString &sqlTemplate,
                                                        const QStringList &codes) const {
    QSet<QString> found;
    if (codes.isEmpty())
        return found;
    QSqlQuery q(m_connection.db);
    q.setForwardOnly(true);
    if (!q.prepare(sqlTemplate.arg(m_connection.dialect.textsOfJsonArray())))
        return m_connection.fail(q.lastError());
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(codes)).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return m_connection.fail(q.lastError());
    while (q.next())
        found.insert(q.value(0).toString());
    return found;
}

StoreResult<QSet<QString>> DossierReader::finalResultCodes(const QStringList &codes) const {
    return codesMatching(QStringLiteral("SELECT code FROM dossiers WHERE code IN (%1) AND TRIM(") +
                             columns::of(DossierField::LoaiDuLieu) + QStringLiteral(") = '100'"),
                         codes);
}

StoreResult<QSet<QString>> DossierReader::codesWithLocalEdits(const QStringList &codes) const {
    return codesMatching(
        QStringLiteral("SELECT code FROM dossiers WHERE code IN (%1) AND has_local_edits = 1"), codes);
}

StoreResult<QSet<QString>> DossierReader::codesWithLocalSteps(const QStringList &codes) const {
    return codesMatching(
        QStringLiteral(
            "SELECT DISTINCT dossier_code FROM steps WHERE origin = 'local' AND dossier_code IN (%1)"),
        codes);
}

} // namespace btxh
