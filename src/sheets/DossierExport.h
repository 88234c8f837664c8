// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseListSheet.h"
#include "ListQuery.h"
#include "StoreError.h"
#include "TableWriter.h"

#include <QCoreApplication>
#include <functional>

namespace btxh {

class Store;

// Writes the dossiers a list query selects to a table file (CaseListSheet's columns), page by page: memory
// stays that of one page whatever the list's length. Runs on whatever thread owns the store; progress is
// reported after each page, and answering false there cancels (the file is then never put in place).
class DossierExport {
    Q_DECLARE_TR_FUNCTIONS(btxh::DossierExport)
public:
    // (rows written, rows in all — -1 when not counted); false = stop.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct Result {
        qint64 rows = 0;
        bool cancelled = false;
        QString error;            // translated; empty when the file was written (or cancelled)
        bool storeFailed = false; // the error is the database's (not the file's)
        bool ok() const { return error.isEmpty() && !cancelled; }
    };

    static Result run(Store &store, const ListQuery &query, qint64 limit, TableWriter &writer,
                      const CaseListSheet &sheet, const Progress &progress = {});

    // Calls `row` for each listed dossier, fetching pages of `pageSize` (never all rows at once). Returns
    // false when the store failed (then `storeError` says why) or `row` returned false.
    static bool forEachRow(Store &store, ListQuery query, qint64 limit,
                           const std::function<bool(const ListRow &)> &row, int pageSize = 500,
                           StoreError *storeError = nullptr);

    // The sheet's title: "Danh sách hồ sơ" / "Dossiers".
    static QString title();
};

} // namespace btxh
