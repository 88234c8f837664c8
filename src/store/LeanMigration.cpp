// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeanMigration.h"

#include "DossierReader.h"
#include "ExtentStorage.h"
#include "Fields.h"
#include "ServerCopy.h"
#include "SqlDialect.h"
#include "StoreColumns.h"
#include "StoreLog.h"
#include "StoreSchema.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace btxh {

namespace {

QString extentColumn() {
    return StoreSchema::quoted(
        StoreSchema::fieldColumn(FieldTable::dossier().at(int(DossierField::CertificateExtentData))));
}

// Rows rewritten per read of migration 10: a batch is held in memory, then written.
constexpr int LeanBatchRows = 500;

// The dossiers of ids after `after`, as migration 10 needs them: the server's copy (text) and the documents'
// XML with the documents' rows.
struct LeanDossier {
    qint64 id = 0;
    QByteArray serverJson;
    Dossier dossier;
};

bool readLeanBatch(QSqlDatabase &db, qint64 after, QList<LeanDossier> *batch, QSqlError *error) {
    const QString xml = extentColumn();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT id, server_json, %1, has_document_list, has_result_list FROM dossiers "
                           "WHERE id > ? AND (server_json IS NOT NULL OR %1 IS NOT NULL) ORDER BY id "
                           "LIMIT %2")
                .arg(xml)
                .arg(LeanBatchRows))) {
        *error = q.lastError();
        return false;
    }
    q.bindValue(0, after);
    if (!q.exec()) {
        *error = q.lastError();
        return false;
    }
    while (q.next()) {
        LeanDossier d;
        d.id = q.value(0).toLongLong();
        if (!q.value(1).isNull())
            d.serverJson = q.value(1).toString().toUtf8();
        if (!q.value(2).isNull())
            d.dossier.fields.setValue(int(DossierField::CertificateExtentData), q.value(2).toString());
        d.dossier.extent.hasDocumentList = q.value(3).toBool();
        d.dossier.extent.hasResultList = q.value(4).toBool();
        batch->append(d);
    }
    q.finish();
    // The documents' rows only matter where there is XML to compare them with.
    const std::pair<QString, const FieldTable *> children[] = {
        {QStringLiteral("documents"), &FieldTable::submittedDocument()},
        {QStringLiteral("result_papers"), &FieldTable::resultPaper()},
    };
    for (const auto &[table, fields] : children) {
        QSqlQuery c(db);
        c.setForwardOnly(true);
        if (!c.prepare(
                QStringLiteral("SELECT * FROM %1 WHERE dossier_id = ? ORDER BY position").arg(table))) {
            *error = c.lastError();
            return false;
        }
        for (LeanDossier &d : *batch) {
            if (d.dossier.value(DossierField::CertificateExtentData).isNull())
                continue;
            c.bindValue(0, d.id);
            if (!c.exec()) {
                *error = c.lastError();
                return false;
            }
            QList<Record> &target =
                table == u"documents" ? d.dossier.extent.documents : d.dossier.extent.resultPapers;
            while (c.next()) {
                Record r(*fields);
                DossierReader::readRecord(c, r);
                target << r;
            }
        }
    }
    return true;
}

qint64 countWhere(QSqlDatabase &db, const QString &sql, QSqlError *error) {
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        *error = q.lastError();
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace

bool LeanMigration::apply(QSqlDatabase &db, QSqlError *error, const Migrations::Progress &progress) {
    const SqlDialect dialect = SqlDialect::of(db);
    const QString blob = dialect.typeName(SqlType::Blob);
    const QString integer = dialect.typeName(SqlType::Integer);
    const QStringList statements = {
        dialect.createTable(ServerCopy::dictionaryTableSchema()),
        QStringLiteral("ALTER TABLE dossiers ADD COLUMN server_copy %1").arg(blob),
        QStringLiteral("ALTER TABLE dossiers ADD COLUMN extent_source %1 NOT NULL DEFAULT 0").arg(integer),
        QStringLiteral("ALTER TABLE steps ADD COLUMN server_copy %1").arg(blob)};
    QSqlQuery alter(db);
    for (const QString &sql : statements)
        if (!alter.exec(sql)) {
            *error = alter.lastError();
            return false;
        }
    if (!ServerCopy::recordDictionaries(db, error))
        return false;
    const QString xml = extentColumn();
    const qint64 dossiers = countWhere(
        db,
        QStringLiteral("SELECT count(*) FROM dossiers WHERE server_json IS NOT NULL OR %1 IS NOT NULL")
            .arg(xml),
        error);
    const qint64 steps =
        countWhere(db, QStringLiteral("SELECT count(*) FROM steps WHERE server_json IS NOT NULL"), error);
    if (dossiers < 0 || steps < 0)
        return false;
    const qint64 total = dossiers + steps;
    qint64 done = 0;
    if (progress)
        progress(columns::LeanSchemaVersion, done, total);

    QSqlQuery update(db);
    if (!update.prepare(QStringLiteral("UPDATE dossiers SET server_copy = ?, server_json = NULL, %1 = ?, "
                                       "extent_source = ? WHERE id = ?")
                            .arg(xml))) {
        *error = update.lastError();
        return false;
    }
    for (qint64 after = 0;;) {
        QList<LeanDossier> batch;
        if (!readLeanBatch(db, after, &batch, error))
            return false;
        if (batch.isEmpty())
            break;
        for (const LeanDossier &d : std::as_const(batch)) {
            const ExtentStorage::Kept extent = ExtentStorage::keep(d.dossier, d.serverJson);
            update.bindValue(0, d.serverJson.isEmpty()
                                    ? QVariant()
                                    : QVariant(ServerCopy::encode(d.serverJson, ServerCopy::Kind::Dossier)));
            update.bindValue(1, extent.column);
            update.bindValue(2, int(extent.source));
            update.bindValue(3, d.id);
            if (!update.exec()) {
                *error = update.lastError();
                return false;
            }
        }
        after = batch.constLast().id;
        done += batch.size();
        if (progress)
            progress(columns::LeanSchemaVersion, done, total);
    }

    QSqlQuery stepUpdate(db);
    if (!stepUpdate.prepare(
            QStringLiteral("UPDATE steps SET server_copy = ?, server_json = NULL WHERE id = ?"))) {
        *error = stepUpdate.lastError();
        return false;
    }
    for (qint64 after = 0;;) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(
                QStringLiteral("SELECT id, server_json FROM steps WHERE id > ? AND server_json IS NOT NULL "
                               "ORDER BY id LIMIT %1")
                    .arg(LeanBatchRows))) {
            *error = q.lastError();
            return false;
        }
        q.bindValue(0, after);
        if (!q.exec()) {
            *error = q.lastError();
            return false;
        }
        QList<std::pair<qint64, QByteArray>> batch;
        while (q.next())
            batch.append({q.value(0).toLongLong(), q.value(1).toString().toUtf8()});
        q.finish();
        if (batch.isEmpty())
            break;
        for (const auto &[id, json] : std::as_const(batch)) {
            stepUpdate.bindValue(0, ServerCopy::encode(json, ServerCopy::Kind::Step));
            stepUpdate.bindValue(1, id);
            if (!stepUpdate.exec()) {
                *error = stepUpdate.lastError();
                return false;
            }
        }
        after = batch.constLast().first;
        done += batch.size();
        if (progress)
            progress(columns::LeanSchemaVersion, done, total);
    }
    qCInfo(lcStore) << "lean storage:" << dossiers << "dossiers and" << steps << "steps rewritten";
    return true;
}

} // namespace btxh
