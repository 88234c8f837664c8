// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreResult.h"
#include "StoredDossier.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

namespace btxh {

class StoreConnection;

// Reads what the store holds about dossiers one at a time: a dossier with its documents and result papers,
// its steps, its audit trail, and which of a list of codes are in some state (for the sync engine). The case
// list and its counts are ListReader's, the reports ReportReader's.
class DossierReader {
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    explicit DossierReader(const StoreConnection &connection);

    // NotFound when there is no such dossier.
    StoreResult<StoredDossier> dossier(const QString &code) const;
    StoreResult<QList<StoredStep>> steps(const QString &code) const; // in time order
    StoreResult<QList<AuditEntry>> auditTrail(const QString &code) const;
    // Which of `codes` are stored as a final result (LoaiDuLieu 100): a registration pulled again after its
    // result, in the overlap of two pulls, must not take the dossier back. Codes not stored are left out.
    StoreResult<QSet<QString>> finalResultCodes(const QStringList &codes) const;
    // Which of `codes` have local edits the server has not accepted yet: a pulled copy of one of these may
    // only be our own push coming back.
    StoreResult<QSet<QString>> codesWithLocalEdits(const QStringList &codes) const;
    // Which of `codes` have at least one step entered here: those come back from the server once pushed.
    StoreResult<QSet<QString>> codesWithLocalSteps(const QStringList &codes) const;

    // A row's field values (the columns StoreSchema names) and extras into `record`.
    static void readRecord(const QSqlQuery &q, Record &record);

private:
    StoreResult<QSet<QString>> codesMatching(const QString &sqlTemplate, const QStringList &codes) const;

    const StoreConnection &m_connection;
};

} // namespace btxh
