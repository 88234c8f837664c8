// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditWriter.h"

#include "DossierStatements.h"
#include "StoreConnection.h"
#include "StoreSchema.h"

namespace btxh {

AuditWriter::AuditWriter(const StoreConnection &connection, DossierStatements &statements)
    : m_connection(connection)
    , m_statements(statements) {}

void AuditWriter::record(const QString &code, const QString &entity, const QString &field,
                         const QString &oldValue, const QString &newValue) {
    QSqlQuery &q = m_statements.get(DossierStatements::InsertAudit);
    q.bindValue(0, StoreSchema::isoTime(m_connection.now()));
    q.bindValue(1, m_connection.options().user);
    q.bindValue(2, code);
    q.bindValue(3, entity);
    q.bindValue(4, field);
    q.bindValue(5, nullable(oldValue));
    q.bindValue(6, nullable(newValue));
    m_connection.exec(q);
}

void AuditWriter::recordFields(const QString &code, const QString &entity, const Record *before,
                               const Record &after) {
    for (const FieldSpec &f : after.table().fields()) {
        const QString oldValue = before ? before->value(f.id) : QString();
        const QString newValue = after.value(f.id);
        if (oldValue.isNull() != newValue.isNull() || oldValue != newValue)
            record(code, entity, f.wireName, oldValue, newValue);
    }
}

// A removed item: one entry, named by the list's element (TaiLieuNop, GiayToKetQua), with the whole item as
// it was.
void AuditWriter::recordRemoved(const QString &code, const QString &name, const Record &removed) {
    record(code, name, removed.table().name(), QString::fromUtf8(StoreSchema::recordJson(removed)),
           QString());
}

void AuditWriter::recordChildren(const QString &code, const QString &entity, const QList<Record> *before,
                                 const QList<Record> &after) {
    auto itemName = [&](qsizetype i) -> QString { return entity + u' ' + QString::number(i + 1); };
    if (before && after.size() < before->size()) {
        // Items taken out of the list, the others left as they were: record which ones went, not a shift of
        // every later item into its predecessor's place.
        QList<qsizetype> removed;
        qsizetype j = 0;
        for (qsizetype i = 0; i < before->size(); ++i) {
            if (j < after.size() && before->at(i) == after.at(j))
                ++j;
            else
                removed << i;
        }
        if (j == after.size()) {
            for (const qsizetype i : std::as_const(removed))
                recordRemoved(code, itemName(i), before->at(i));
            return;
        }
    }
    const qsizetype n = std::max(before ? before->size() : 0, after.size());
    for (qsizetype i = 0; i < n; ++i) {
        const Record *b = before && i < before->size() ? &before->at(i) : nullptr;
        if (i < after.size())
            recordFields(code, itemName(i), b, after.at(i));
        else
            recordRemoved(code, itemName(i), *b);
    }
}

void AuditWriter::recordDossier(const QString &code, const Dossier *before, const Dossier &after) {
    recordFields(code, QStringLiteral("dossier"), before ? &before->fields : nullptr, after.fields);
    recordChildren(code, QStringLiteral("document"), before ? &before->extent.documents : nullptr,
                   after.extent.documents);
    recordChildren(code, QStringLiteral("result paper"), before ? &before->extent.resultPapers : nullptr,
                   after.extent.resultPapers);
}

} // namespace btxh
