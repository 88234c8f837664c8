// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseLocation.h"
#include "ListQuery.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <optional>

namespace btxh {

class SearchMatcher;

// How a search is read: the thresholds, measured at a million dossiers (bench/README.md); tests lower them to
// reach every way with a few hundred.
struct SearchPlan {
    int narrowRows = 2000; // at most this many matches: fetch them and sort
    int wideRows = 40000;  // more than this: walk the sort order, checking rows in C++
    int walkRows = 40000;  // a walk looks at this many rows at most before it gives up
    // Sorted by received date, read the search index in its own order, which is the list's (SearchOrder).
    bool searchOrder = true;
};

// Reads the case list and its counts for Store::list and Store::count, on the store's connection.
//
// A search is answered one of three ways, by how many dossiers it matches (counted no further than needed):
// - few: its matches are fetched from the search index and sorted;
// - more: SQLite gathers the matches as a set and walks the sort index against it, stopping at a full page;
// - most (an ID prefix shared by a whole province, "nguyen"): gathering them all would cost more than the
//   page, so the sort order is walked and each row's indexed text checked in C++ (SearchMatcher), which meets
//   a page of matches within a few thousand rows. Only without other filters and when the sort column is not
//   one the search reads (name, MaHoSo), where matches sit together, and only for a bounded number of rows;
//   otherwise, or when the walk gives up, the set is gathered as above.
// Sorted by received date (the list's default), a search is read in the search index's own rowid order,
// which is the list's (SearchOrder, schema 9): a page costs its own matches, wherever in the list they sit;
// with other filters only when they keep a fair share of the dossiers.
// A search for the beginning of a dossier code (SearchText::dossierCodePrefix) finds the dossiers whose code
// begins with it. Few: narrowed by the search index, then checked. Many, in the order of an index that holds
// the code (received date, code): that index is walked alone, checking the code; in another order (a name),
// when very many match, that order is walked checking each row's code.
class ListReader {
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    ListReader(QSqlDatabase db, QDateTime now, const SearchPlan &plan);

    // The list of an office's PostgreSQL database at `server` (the connection's): a search is answered by
    // ServerSearch, then the page read by the filters, the order and the paging as on SQLite.
    void setServer(const DatabaseLocation &server) { m_server = server; }

    std::optional<ListPage> list(const ListQuery &query);
    std::optional<qint64> count(const ListFilter &filter);

    // Why the last call failed: an SQL error (sqlError().isValid()) or a refused request (error()).
    const QSqlError &sqlError() const { return m_sqlError; }
    const StoreError &error() const { return m_error; }

private:
    // How pageBySql() reads a search: the search index's matches first; the sort index first, against the
    // matches gathered as a set; or, for a code's beginning, the sort index alone, checking each code.
    enum class Way { Matches, GatheredSet, CodeOnly };
    struct Found {
        qint64 id;
        QVariant sortValue;
    };
    // Prepares `text`, binds `values` in order and runs it, forward only; on failure m_sqlError says why.
    bool run(class QSqlQuery &q, const QString &text, const QVariantList &values);
    // After the last row: whether stepping through them went well (else m_sqlError says why).
    bool finished(const class QSqlQuery &q);
    // Whether the filter asks for anything besides the search.
    bool hasOtherFilters(const ListFilter &filter) const;
    std::optional<int> cappedMatchCount(const QString &match, int cap);
    // The ids (in list order) of up to limit + 1 matches after the query's offset, or nothing when the walk
    // gave up after m_walkRows rows; *failed (and m_sqlError) when the database failed.
    std::optional<QList<Found>> walk(const ListQuery &query, const QString &expr,
                                     const SearchMatcher &matcher, int limit, bool *failed);
    // A search sorted by received date with a last word longer than the search index's prefixes, without
    // other filters and not a code's beginning: the search index read in its own order through the word's
    // indexed prefix, each match checked against the whole search. The ids as walk() gives
    // them, or nothing when the prefix's matches it reads (a bounded number: PrefixRowsPerMatch for each
    // row the page shows, at most m_walkRows) did not fill the page.
    std::optional<QList<Found>> walkIndexedPrefix(const ListQuery &query, int limit, bool *failed);
    // Both walks' reading: runs `text` (its last value the LIMIT, `bound`) and reads its rows — the dossier's
    // id, the sort value a cursor needs, the search index's folded text — until limit + 1 of them match after
    // `skip` matches. Nothing when all `bound` rows gave no more page, or *failed when the database failed.
    std::optional<QList<Found>> walkRows(const QString &text, const QVariantList &values, int bound,
                                         const SearchMatcher &matcher, qint64 skip, int limit, bool *failed);
    std::optional<ListPage> pageOfIds(const QList<Found> &found, int limit);
    std::optional<ListPage> pageBySql(const ListQuery &query, const QString &expr, Way way, int limit);
    // A search sorted by received date, read in the search index's own order (SearchOrder).
    std::optional<ListPage> pageInSearchOrder(const ListQuery &query, int limit);
    std::optional<ListPage> readPage(const QString &text, const QVariantList &values, int limit);
    // On PostgreSQL: whether the filter searches, and then the ids of the dossiers the search finds (into
    // m_matchingIds); false with m_error set when the server failed.
    bool searchOnServer(const ListFilter &filter);
    // Whether the search index's rowid order is the list's on this database (SearchOrder::orderHoldsSql).
    std::optional<bool> searchOrderHolds();
    // Whether the filters besides the search keep enough dossiers for a walk in the search index's order
    // to fill a page within m_walkRows rows.
    std::optional<bool> filtersKeepEnough(const ListFilter &filter, int limit);
    QStringList rowColumns() const;
    ListRow readRow(const class QSqlQuery &q, const QList<std::pair<int, int>> &fieldIndexes) const;
    QList<std::pair<int, int>> fieldIndexes(const class QSqlRecord &rec) const;

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    DatabaseLocation m_server;
    std::optional<QList<qint64>> m_matchingIds;
    QDateTime m_now;
    int m_narrowRows;
    int m_wideRows;
    int m_walkRows;
    bool m_searchOrder;
    QSqlError m_sqlError;
    StoreError m_error;
};

} // namespace btxh
