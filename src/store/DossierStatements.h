// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dossier.h"
#include "SqliteRow.h"
#include "SyncState.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlQuery>
#include <array>
#include <memory>

namespace btxh {

class StoreConnection;
struct PreparedDossier;

// A dossier's row as a write sets it, besides its fields.
struct DossierRow {
    SyncState state = SyncState::Synced;
    bool hasLocalEdits = false;
    QString contentHash;
    QByteArray serverJson; // empty = NULL
    QString serverHash;
    QDateTime serverReceivedAt;
    QByteArray problems; // empty = NULL
    // Derived ahead (Store::prepare) from the dossier this row is written with, or null: derived here.
    const PreparedDossier *prepared = nullptr;
    bool readFromCopy = false; // the dossier is what was read from serverJson (ExtentStorage::keep)
};

// The write path's statements, prepared once per connection, and how rows are bound to them: an insert and an
// update of a dossier take the same columns in the same order, from one list (columns::DossierMeta, then the
// fields' columns), so no statement counts positions by hand.
class DossierStatements {
public:
    enum Statement {
        FindDossier,
        InsertDossier,
        UpdateDossier,
        UpdateServerCopy,
        DeleteDocuments,
        DeleteResultPapers,
        InsertDocument,
        InsertResultPaper,
        DeleteSearch,
        InsertSearch,
        InsertSortKeys,
        UpdateSortKeys,
        FindStep,
        HasSteps,
        InsertStep,
        UpdateDeadline,
        InsertAudit,
        StatementCount
    };

    explicit DossierStatements(const StoreConnection &connection);

    // Prepared on first use; a failure unwinds the write (WriteFailure).
    QSqlQuery &get(Statement s);
    // The same statement run through SQLite's own API (SqliteRow), for the lookups and inserts a load makes
    // for every dossier and document, on an SQLite connection; nullptr otherwise: get(s) then.
    SqliteRow *row(Statement s);
    void clear();

    // Binds a dossier's row from `pos` on: its own columns, then its fields (with their sort keys), in the
    // shape of the connection's schema (columns::isWritten): from schema 10 the server's copy encoded and the
    // documents' XML kept once (ExtentStorage). `Query`: QSqlQuery or SqliteRow.
    template <typename Query>
    void bindDossier(Query &q, int &pos, const DossierRow &row, const Dossier &dossier,
                     const QString &at) const;
    // Binds the derived value columns of a record, in StoreSchema::columnNames() order; the field `replaced`
    // (when >= 0) binds `replacement` instead of its value.
    template <typename Query>
    static void bindRecord(Query &q, int &pos, const Record &record, int replaced = -1,
                           const QVariant &replacement = {});
    QString sql(Statement s) const; // in the connection's dialect
    bool isLean() const;

private:
    const StoreConnection &m_connection;
    std::array<std::unique_ptr<QSqlQuery>, StatementCount> m_statements;
    std::array<std::unique_ptr<SqliteRow>, StatementCount> m_rows;
};

} // namespace btxh
