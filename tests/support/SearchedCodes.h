// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ListQuery.h"
#include "Store.h"

#include <QStringList>

namespace btxh::test {

// The codes of the dossiers the case list finds for `typed` in `store` (up to 1,000), sorted; one
// "<error: …>" entry when the list fails. For comparing what two databases find.
inline QStringList searchedCodes(Store &store, const QString &typed) {
    ListQuery q;
    q.filter.search = typed;
    q.sortColumn = QStringLiteral("MaHoSo");
    q.descending = false;
    q.limit = 1000;
    const auto page = store.list(q);
    if (!page)
        return {QStringLiteral("<error: %1>").arg(page.error().message)};
    QStringList out;
    for (const ListRow &r : page->rows)
        out << r.code;
    out.sort();
    return out;
}

} // namespace btxh::test
