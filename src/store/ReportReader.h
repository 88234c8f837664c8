// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportQuery.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <functional>
#include <optional>

namespace btxh {

// Counts a report in SQL, over the indexes schema 7 made for it: no dossier is loaded to be counted. Two
// statements — the groups' counts, then the overdue dossiers (the most overdue first).
class ReportReader {
public:
    // Told (steps done, steps in all) before each statement; answering false stops the report.
    using Progress = std::function<bool(int done, int total)>;

    explicit ReportReader(QSqlDatabase db);

    // std::nullopt on a database error (`error` set) or when `progress` stopped it (`error` left invalid).
    std::optional<ReportResult> read(const ReportQuery &query, const Progress &progress, QSqlError *error);

    // The SELECT of the counts, for tests and benchmarks that look at its plan.
    static QString countsSql(const ReportQuery &query, QVariantList *values);

private:
    QSqlDatabase m_db;
};

} // namespace btxh
