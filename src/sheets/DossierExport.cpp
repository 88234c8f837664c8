// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierExport.h"

#include "SheetsLog.h"
#include "Store.h"

namespace btxh {

QString DossierExport::title() {
    return tr("Dossiers");
}

bool DossierExport::forEachRow(Store &store, ListQuery query, qint64 limit,
                               const std::function<bool(const ListRow &)> &row, int pageSize,
                               StoreError *storeError) {
    qint64 seen = 0;
    for (;;) {
        query.limit = limit > 0 ? int(std::min<qint64>(pageSize, limit - seen)) : pageSize;
        const StoreResult<ListPage> page = store.list(query);
        if (!page) {
            if (storeError)
                *storeError = page.error();
            return false;
        }
        for (const ListRow &r : page->rows) {
            if (!row(r))
                return false;
            ++seen;
        }
        if (!page->next || (limit > 0 && seen >= limit))
            return true;
        query.after = page->next;
    }
}

DossierExport::Result DossierExport::run(Store &store, const ListQuery &query, qint64 limit,
                                         TableWriter &writer, const CaseListSheet &sheet,
                                         const Progress &progress) {
    Result result;
    qint64 total = -1;
    if (progress) {
        const StoreResult<qint64> counted = store.count(query.filter);
        if (!counted) {
            result.error = counted.error().message;
            result.storeFailed = true;
            return result;
        }
        total = limit > 0 ? std::min(*counted, limit) : *counted;
        if (!progress(0, total)) {
            result.cancelled = true;
            return result;
        }
    }
    if (!writer.begin(title(), CaseListSheet::headers(false))) {
        result.error = writer.errorString();
        return result;
    }
    bool writeFailed = false;
    StoreError storeError;
    constexpr int PageSize = 500;
    const bool walked = forEachRow(
        store, query, limit,
        [&](const ListRow &row) {
            if (!writer.addRow(sheet.cells(row))) {
                writeFailed = true;
                return false;
            }
            ++result.rows;
            if (progress && result.rows % PageSize == 0 && !progress(result.rows, total)) {
                result.cancelled = true;
                return false;
            }
            return true;
        },
        PageSize, &storeError);
    if (!walked) {
        writer.cancel();
        if (writeFailed) {
            result.error = writer.errorString();
        } else if (!result.cancelled) {
            result.error = storeError.message;
            result.storeFailed = true;
        }
        qCInfo(lcSheets) << "export stopped after" << result.rows << "rows"
                         << (result.cancelled ? "(cancelled)" : "(failed)");
        return result;
    }
    if (progress && !progress(result.rows, total)) {
        writer.cancel();
        result.cancelled = true;
        return result;
    }
    if (!writer.commit())
        result.error = writer.errorString();
    return result;
}

} // namespace btxh
