// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dossier.h"

#include <QList>
#include <QString>

namespace btxh {

class DossierStatements;
class StoreConnection;

// Writes the audit trail: every local change, who made it and when, field by field; a removed document or
// result paper is one entry holding the whole item. Runs inside the caller's write transaction.
class AuditWriter {
public:
    AuditWriter(const StoreConnection &connection, DossierStatements &statements);

    void record(const QString &code, const QString &entity, const QString &field, const QString &oldValue,
                const QString &newValue);
    // Each field that differs (all of `after`'s when there is no `before`).
    void recordFields(const QString &code, const QString &entity, const Record *before, const Record &after);
    // The dossier's fields, documents and result papers.
    void recordDossier(const QString &code, const Dossier *before, const Dossier &after);

private:
    void recordChildren(const QString &code, const QString &entity, const QList<Record> *before,
                        const QList<Record> &after);
    void recordRemoved(const QString &code, const QString &name, const Record &removed);

    const StoreConnection &m_connection;
    DossierStatements &m_statements;
};

} // namespace btxh
