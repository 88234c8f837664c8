// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseLocation.h"
#include "ReportQuery.h"
#include "StoreError.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <functional>
#include <optional>

namespace btxh {

// Counts a report in SQL, over the indexes schema 7 made for it: no dossier is loaded to be counted. Two
// statements — the groups' counts, then the overdue dossiers (the most overdue first) — in the SQL of the
// connection's backend (SqlDialect). On an office's PostgreSQL database a search in the filter is answered
// first, by the list's own ServerSearch, and its ids stand for it in both statements.
class ReportReader {
public:
    // Told (steps done, steps in all) before each statement; answering false stops the report.
    using Progress = std::function<bool(int done, int total)>;

    explicit ReportReader(QSqlDatabase db);

    // The office's PostgreSQL database at `server` (the connection's): named in a failed search's message.
    void setServer(const DatabaseLocation &server) { m_server = server; }

    // std::nullopt on a database error (sqlError() or error() says which) or when `progress` stopped it
    // (both left invalid).
    std::optional<ReportResult> read(const ReportQuery &query, const Progress &progress);

    const QSqlError &sqlError() const { return m_sqlError; }
    const StoreError &error() const { return m_error; }

    // The SELECT of the counts, for tests and benchmarks that look at its plan. On PostgreSQL a search
    // stands for the ids it found (`matchingIds`, ServerSearch::filterIds); without them it is not
    // a condition.
    static QString countsSql(const ReportQuery &query, QVariantList *values,
                             const SqlDialect &dialect = SqlDialect::sqlite(),
                             const std::optional<QList<qint64>> &matchingIds = std::nullopt);

private:
    bool run(class QSqlQuery &q, const QString &text, const QVariantList &values);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    DatabaseLocation m_server;
    QSqlError m_sqlError;
    StoreError m_error;
};

} // namespace btxh
