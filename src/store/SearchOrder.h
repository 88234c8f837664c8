// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace btxh {

// The search index's rowid for a dossier (schema 9): its received date in seconds, then its id, so that the
// index hands out its matches in the case list's default order — received date, then id — and a search
// sorted that way reads only as many matches as its page shows, wherever they sit in the list (a code's date
// typed alone, "240612", matches dossiers received together, far down the list).
//
// The rowid is the received date's key (StoreSchema::dateKey, NULL last) in seconds since 1900, clamped to
// 33 bits, times 2^30, plus the id. Its order is the list's as long as every received date lies within
// those 272 years and every id below 2^30, which orderHoldsSql() checks before a reader relies on it; the
// rowid stays unique whatever the dates, for ids below 2^30.
class SearchOrder {
public:
    static constexpr int IdBits = 30;
    static constexpr qint64 IdMask = (qint64(1) << IdBits) - 1;

    // The rowid of a dossier whose received-date key and id are these SQL expressions.
    static QString rowidExpression(const QString &receivedKey, const QString &id);
    // The dossier id held in a search-index rowid expression.
    static QString idOf(const QString &rowid);
    // The rowid of the row of `dossiers` a statement reads.
    static QString rowidOfRow();
    // The rowid of the dossier `id` (a bound value), read from its row.
    static QString rowidOfDossier(const QString &id);

    // The statements that keep a dossier's search text: insert binds (id, text), delete binds (id). The
    // dossier's row gives the rowid, so a dossier's text is deleted before its received date changes.
    static QString insertSql();
    static QString deleteSql();

    // One row, one column: whether the search index's order is the list's on this database.
    static QString orderHoldsSql();
};

} // namespace btxh
