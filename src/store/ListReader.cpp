// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListReader.h"

#include "BoundQuery.h"
#include "DueDates.h"
#include "SearchCounter.h"
#include "SearchMatcher.h"
#include "SearchOrder.h"
#include "SearchText.h"
#include "ServerSearch.h"
#include "StoreSchema.h"

#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace btxh {

namespace {

// How many of a last word's indexed prefix's matches walkIndexedPrefix() reads for each one it shows.
constexpr qint64 PrefixRowsPerMatch = 16;

} // namespace

ListReader::ListReader(QSqlDatabase db, QDateTime now, const SearchPlan &plan)
    : m_db(std::move(db))
    , m_dialect(SqlDialect::of(m_db))
    , m_now(std::move(now))
    , m_narrowRows(std::max(0, plan.narrowRows))
    , m_wideRows(std::max(m_narrowRows, plan.wideRows))
    , m_walkRows(std::max(1, plan.walkRows))
    , m_searchOrder(plan.searchOrder) {}

std::optional<ListPage> ListReader::list(const ListQuery &query) {
    m_sqlError = {};
    m_error = {};
    const QString expr = ListQuerySql::sortExpression(query.sortColumn);
    if (expr.isEmpty()) {
        m_error = StoreError::make(
            StoreError::Kind::Invalid,
            tr("Cannot sort by \"%1\": it is not a column of the list.").arg(query.sortColumn));
        return std::nullopt;
    }
    const int limit = std::clamp(query.limit, 1, 1000);
    if (!m_dialect.isSqlite()) {
        // The search's matches are gathered first (ServerSearch), then paged in the list's order; the
        // ways of reading a search below are SQLite's FTS5 plans.
        if (!searchOnServer(query.filter))
            return std::nullopt;
        return pageBySql(query, expr, Way::Matches, limit);
    }
    const QString match = SearchText::matchExpression(query.filter.search);
    if (match.isEmpty())
        return pageBySql(query, expr, Way::Matches, limit);
    // Counting the matches costs in proportion to them (at a million dossiers, counting to 40,000 took
    // 3–33 ms; a code's five parts to 2,000: 2 ms), so only as far as the choice needs; for a code's
    // beginning, only whether the search index narrows it enough.
    const bool byCode = !SearchText::dossierCodePrefix(query.filter.search).isEmpty();
    // Sorted by received date, the search index hands out its matches in the list's order (SearchOrder):
    // without other filters, walking it reads no more matches than the page shows, wherever they sit.
    const bool inSearchOrder =
        m_searchOrder && expr == ListQuerySql::sortExpression(QStringLiteral("NgayTiepNhan"));
    std::optional<bool> orderHolds;
    if (inSearchOrder && !hasOtherFilters(query.filter)) {
        orderHolds = searchOrderHolds();
        if (!orderHolds)
            return std::nullopt;
        // A last word longer than the search index's prefixes ("nguyen") is gathered whole before FTS5
        // gives its first match, and one word can be most dossiers': read through its indexed prefix
        // instead, which FTS5 reads lazily in the list's order, checking each match in C++. When the word
        // is much rarer than its prefix, the walk gives up early and its own matches, fewer, are gathered
        // below. Digits are an ID number or a code's date ("22122"), whose terms each hold one dossier or
        // one day's: gathered at once (their prefix's matches, spread over every date, cost a read each).
        const QList<QStringList> phrases = SearchText::phrases(query.filter.search);
        const bool wordPrefix = !phrases.isEmpty() && std::any_of(phrases.constLast().constLast().cbegin(),
                                                                  phrases.constLast().constLast().cend(),
                                                                  [](QChar c) { return c.isLetter(); });
        if (*orderHolds && !byCode && wordPrefix && SearchText::withIndexedPrefix(phrases) != phrases) {
            bool failed = false;
            const std::optional<QList<Found>> found = walkIndexedPrefix(query, limit, &failed);
            if (failed)
                return std::nullopt;
            if (found)
                return pageOfIds(*found, limit);
        }
        if (*orderHolds)
            return pageInSearchOrder(query, limit);
    }
    // A code's beginning sorted by another column (a name) with nothing else asked: how many match decides
    // between walking that order checking codes and gathering the matches.
    const bool codesByOtherOrder =
        byCode && !ListQuerySql::indexHoldsCode(expr) && !hasOtherFilters(query.filter);
    const std::optional<int> matches =
        cappedMatchCount(match, (byCode && !codesByOtherOrder ? m_narrowRows : m_wideRows) + 1);
    if (!matches)
        return std::nullopt;
    const int n = *matches;
    if (n <= m_narrowRows)
        return pageBySql(query, expr, Way::Matches, limit);
    if (inSearchOrder && !orderHolds.has_value()) {
        // With other filters, the walk reads a row for each match until a page of them passes the filters:
        // walk when that is likely to be few rows (the filters keep a fair share of the dossiers), else
        // leave the plan to SQLite below.
        orderHolds = searchOrderHolds();
        if (!orderHolds)
            return std::nullopt;
        if (*orderHolds) {
            const std::optional<bool> walk = filtersKeepEnough(query.filter, limit);
            if (!walk)
                return std::nullopt;
            if (*walk)
                return pageInSearchOrder(query, limit);
        }
    }
    if (byCode) {
        // Many dossiers hold the typed parts of a code: walk the sort order checking each code, where an
        // index holds both (the received date's, the code's own); a code typed up to its date matches
        // dossiers that sit together far down the list, which the search index can only gather, all of
        // them. Otherwise gather; the C++ walk below checks the search index's text, not the code.
        // Sorted otherwise, walking reads a row per dossier passed: when more than m_wideRows match (a
        // code typed to its month), a page of them is met within a few thousand rows, where gathering
        // them all took 0.1-0.3 s at a million.
        const bool walkCodes = !hasOtherFilters(query.filter) &&
                               (ListQuerySql::indexHoldsCode(expr) || (codesByOtherOrder && n > m_wideRows));
        return pageBySql(query, expr, walkCodes ? Way::CodeOnly : Way::GatheredSet, limit);
    }
    // A walk pays for every row it passes, so it only suits matches spread through the sort order. Sorted by
    // name or MaHoSo, the matches of a search (which reads those) sit together, often far down; with other
    // filters, SQLite would sort the filtered rows before the walk could start. Those keep SQLite's plans.
    const bool walkable = !hasOtherFilters(query.filter) && !ListQuerySql::usesSortKeys(expr) &&
                          expr != QLatin1StringView("code");
    if (n > m_wideRows && walkable) {
        bool failed = false;
        const SearchMatcher matcher(SearchText::phrases(query.filter.search));
        const std::optional<QList<Found>> found = walk(query, expr, matcher, limit, &failed);
        if (failed)
            return std::nullopt;
        if (found)
            return pageOfIds(*found, limit);
    }
    return pageBySql(query, expr, Way::GatheredSet, limit);
}

bool ListReader::searchOnServer(const ListFilter &filter) {
    m_matchingIds.reset();
    StoreResult<std::optional<QList<qint64>>> ids = ServerSearch::filterIds(m_db, filter.search, m_server);
    if (!ids) {
        m_error = ids.error();
        return false;
    }
    m_matchingIds = *std::move(ids);
    return true;
}

bool ListReader::hasOtherFilters(const ListFilter &filter) const {
    // Asked of the SQL the filter makes, so that a filter added later counts without a change here.
    ListFilter others = filter;
    others.search.clear();
    ListQuerySql rest;
    rest.addFilter(others, m_now);
    return !rest.whereClause().isEmpty();
}

bool ListReader::run(QSqlQuery &q, const QString &text, const QVariantList &values) {
    return BoundQuery::run(q, text, values, &m_sqlError);
}

bool ListReader::finished(const QSqlQuery &q) {
    return BoundQuery::finished(q, &m_sqlError);
}

std::optional<bool> ListReader::searchOrderHolds() {
    const std::optional<qint64> holds =
        BoundQuery::number(m_db, SearchOrder::orderHoldsSql(), {}, &m_sqlError);
    if (!holds)
        return std::nullopt;
    return *holds != 0;
}

std::optional<bool> ListReader::filtersKeepEnough(const ListFilter &filter, int limit) {
    // Walking the matches in received order reads about (page / share of the dossiers the other filters
    // keep) rows: counted no further than needed to know that stays within the walk's bound.
    ListFilter others = filter;
    others.search.clear();
    ListQuerySql rest;
    rest.addFilter(others, m_now);
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT (SELECT max(id) FROM dossiers), (SELECT count(*) FROM (SELECT 1 FROM "
                            "dossiers%1 LIMIT ?))")
                 .arg(rest.whereClause()),
             rest.values() + QVariantList{m_wideRows}))
        return std::nullopt;
    if (!q.next()) {
        m_sqlError = q.lastError();
        return std::nullopt;
    }
    const double dossiers = q.value(0).toDouble();
    const double kept = q.value(1).toDouble();
    return kept > 0 && (limit + 1) * dossiers / kept <= m_walkRows;
}

std::optional<int> ListReader::cappedMatchCount(const QString &match, int cap) {
    const std::optional<qint64> n = BoundQuery::number(
        m_db,
        QStringLiteral(
            "SELECT count(*) FROM (SELECT rowid FROM dossier_search WHERE dossier_search MATCH ? LIMIT ?)"),
        {match, cap}, &m_sqlError);
    if (!n)
        return std::nullopt;
    return int(*n);
}

std::optional<QList<ListReader::Found>> ListReader::walk(const ListQuery &query, const QString &expr,
                                                         const SearchMatcher &matcher, int limit,
                                                         bool *failed) {
    // Only the search is checked, here, on the index's folded copy of the text: list() walks only when there
    // is no other filter and the sort column is the dossier's own (not a name's key). The cursor stays in
    // SQL.
    const QString idColumn = QStringLiteral("dossiers.id");
    ListQuerySql sql;
    sql.setIdColumn(idColumn);
    if (query.after)
        sql.addCursor(expr, query.descending, *query.after);
    const QString dir = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString text =
        QStringLiteral(
            "SELECT dossiers.id, %1, search.c0 FROM dossiers JOIN dossier_search_content AS search "
            "ON search.id = %5%2 ORDER BY %1 %3, %4 %3 LIMIT ?")
            .arg(expr, sql.whereClause(), dir, idColumn,
                 SearchOrder::rowidExpression(ListQuerySql::sortExpression(QStringLiteral("NgayTiepNhan")),
                                              idColumn));
    return walkRows(text, sql.values(), m_walkRows, matcher, query.after ? 0 : query.offset, limit, failed);
}

std::optional<QList<ListReader::Found>> ListReader::walkRows(const QString &text, const QVariantList &values,
                                                             int bound, const SearchMatcher &matcher,
                                                             qint64 skip, int limit, bool *failed) {
    QSqlQuery q(m_db);
    if (!run(q, text, values + QVariantList{bound})) {
        *failed = true;
        return std::nullopt;
    }
    int walked = 0;
    QList<Found> found;
    while (found.size() <= limit && q.next()) {
        ++walked;
        if (!matcher.matches(q.value(2).toString()))
            continue;
        if (skip > 0) {
            --skip;
            continue;
        }
        found << Found{q.value(0).toLongLong(), q.value(1)};
    }
    if (!finished(q)) {
        *failed = true;
        return std::nullopt;
    }
    if (found.size() <= limit && walked == bound)
        return std::nullopt; // the order walked holds more rows than the walk looked at
    return found;
}

QStringList ListReader::rowColumns() const {
    QStringList columns{QStringLiteral("dossiers.id"), QStringLiteral("code"), QStringLiteral("sync_state"),
                        QStringLiteral("updated_at")};
    columns << DueDates::columns();
    for (const FieldSpec &f : FieldTable::dossier().fields())
        if (f.kind != FieldKind::Xml)
            columns << StoreSchema::quoted(StoreSchema::fieldColumn(f));
    return columns;
}

QList<std::pair<int, int>> ListReader::fieldIndexes(const QSqlRecord &rec) const {
    QList<std::pair<int, int>> out; // (column, field id)
    for (const FieldSpec &f : FieldTable::dossier().fields()) {
        const int i = rec.indexOf(StoreSchema::fieldColumn(f));
        if (i >= 0)
            out << std::pair{i, f.id};
    }
    return out;
}

ListRow ListReader::readRow(const QSqlQuery &q, const QList<std::pair<int, int>> &fieldIndexes) const {
    ListRow row;
    row.id = q.value(0).toLongLong();
    row.code = q.value(1).toString();
    row.syncState = syncStateFromName(q.value(2).toString()).value_or(SyncState::Synced);
    row.updatedAt = StoreSchema::fromIso(q.value(3));
    for (const auto &[i, field] : fieldIndexes) {
        const QVariant v = q.value(i);
        row.fields.setValue(field, v.isNull() ? QString() : v.toString());
    }
    row.due =
        DueDates::read(q.value(4), q.value(5), q.value(6), row.fields.value(int(DossierField::StatusId)));
    return row;
}

std::optional<QList<ListReader::Found>> ListReader::walkIndexedPrefix(const ListQuery &query, int limit,
                                                                      bool *failed) {
    const QList<QStringList> phrases = SearchText::phrases(query.filter.search);
    const SearchMatcher matcher(phrases);
    // Only the search: list() reads so only without other filters.
    QVariantList values{SearchText::matchExpression(SearchText::withIndexedPrefix(phrases))};
    QString where = QStringLiteral(" WHERE dossier_search MATCH ?");
    if (query.after) {
        where += QStringLiteral(" AND dossier_search.rowid %1 %2")
                     .arg(query.descending ? QStringLiteral("<") : QStringLiteral(">"))
                     .arg(SearchOrder::rowidExpression(QStringLiteral("?"), QStringLiteral("?")));
        values << query.after->sortValue << query.after->id;
    }
    // The index's own text, stored in its order: no dossier's row is read until the page's. The sort value is
    // read for the page's last row only, below.
    const QString rowid = QStringLiteral("dossier_search.rowid");
    const QString text =
        QStringLiteral("SELECT %1, NULL, dossier_search.text FROM dossier_search%2 ORDER BY %3 %4 LIMIT ?")
            .arg(SearchOrder::idOf(rowid), where, rowid,
                 query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    qint64 skip = query.after ? 0 : query.offset;
    // Checking a row costs about as much as FTS5 gathering a dozen: walk on only while the prefix's matches
    // are mostly the word's (a common name). A word much rarer than its prefix (a code's day within its
    // month, an ID number) has few matches of its own, which gathering gives sooner.
    const int bound = int(std::min<qint64>(m_walkRows, PrefixRowsPerMatch * (skip + limit + 1)));
    std::optional<QList<Found>> found = walkRows(text, values, bound, matcher, skip, limit, failed);
    if (!found)
        return std::nullopt; // failed, or the prefix matches more than the walk looked at
    if (found->size() > limit) {
        QSqlQuery q(m_db);
        // The cursor holds the page's last received date, which the index's rowid holds only in seconds.
        if (!run(q,
                 QStringLiteral("SELECT %1 FROM dossiers WHERE id = ?")
                     .arg(ListQuerySql::sortExpression(QStringLiteral("NgayTiepNhan"))),
                 {found->at(limit - 1).id}) ||
            !q.next()) {
            if (!m_sqlError.isValid())
                m_sqlError = q.lastError();
            *failed = true;
            return std::nullopt;
        }
        (*found)[limit - 1].sortValue = q.value(0);
    }
    return found;
}

std::optional<ListPage> ListReader::pageOfIds(const QList<Found> &found, int limit) {
    ListPage page;
    if (found.isEmpty())
        return page;
    const qsizetype shown = std::min<qsizetype>(found.size(), limit);
    QVariantList ids;
    for (qsizetype i = 0; i < shown; ++i)
        ids << found.at(i).id;
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT %1 FROM dossiers WHERE id IN (%2)")
                 .arg(rowColumns().join(u','), ListQuerySql::placeholders(shown)),
             ids))
        return std::nullopt;
    const QList<std::pair<int, int>> indexes = fieldIndexes(q.record());
    QHash<qint64, ListRow> rows;
    while (q.next()) {
        ListRow row = readRow(q, indexes);
        rows.insert(row.id, std::move(row));
    }
    if (!finished(q))
        return std::nullopt;
    for (qsizetype i = 0; i < shown; ++i) {
        // A dossier cannot vanish between the walk and this read: both run on this connection, in turn.
        if (auto it = rows.constFind(found.at(i).id); it != rows.constEnd())
            page.rows << *it;
    }
    if (found.size() > limit)
        page.next = ListCursor{found.at(limit - 1).sortValue, found.at(limit - 1).id};
    return page;
}

std::optional<ListPage> ListReader::pageBySql(const ListQuery &query, const QString &expr, Way way,
                                              int limit) {
    ListQuerySql sql;
    sql.setDialect(m_dialect);
    if (m_matchingIds)
        sql.setMatchingIds(*m_matchingIds);
    sql.setWideSearch(way == Way::GatheredSet);
    sql.setNarrowCodeSearch(way != Way::CodeOnly);
    // A name sorts by its Vietnamese key, in a table of its own: join it, and page by its id.
    const bool keyed = ListQuerySql::usesSortKeys(expr);
    const QString idColumn = keyed ? ListQuerySql::sortKeysId() : QStringLiteral("id");
    sql.setIdColumn(idColumn);
    sql.addFilter(query.filter, m_now);
    if (query.after)
        sql.addCursor(expr, query.descending, *query.after);
    const QString dir = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QString text =
        QStringLiteral("SELECT %1, %2 AS sort_value FROM dossiers%3%4 ORDER BY %2 %5%7, %6 %5 LIMIT ?")
            .arg(rowColumns().join(u','), expr, keyed ? ListQuerySql::sortKeysJoin() : QString(),
                 sql.whereClause(), dir, idColumn, m_dialect.nullsOrder(query.descending));
    QVariantList values = sql.values();
    values << limit + 1;
    if (!query.after && query.offset > 0) {
        text += QStringLiteral(" OFFSET ?");
        values << query.offset;
    }
    return readPage(text, values, limit);
}

std::optional<ListPage> ListReader::pageInSearchOrder(const ListQuery &query, int limit) {
    // The search index drives (CROSS JOIN keeps it outside), in its rowid order, which is the list's
    // (received date, then id); each match's row is read for the page and for the other filters.
    ListQuerySql sql;
    sql.setSearchJoined(true);
    sql.setIdColumn(QStringLiteral("dossiers.id"));
    sql.addFilter(query.filter, m_now);
    const QString expr = ListQuerySql::sortExpression(QStringLiteral("NgayTiepNhan"));
    QVariantList values = sql.values();
    QString where = sql.whereClause();
    if (query.after) {
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
                 QStringLiteral("dossier_search.rowid %1 %2")
                     .arg(query.descending ? QStringLiteral("<") : QStringLiteral(">"))
                     .arg(SearchOrder::rowidExpression(QStringLiteral("?"), QStringLiteral("?")));
        values << query.after->sortValue << query.after->id;
    }
    QString text =
        QStringLiteral("SELECT %1, %2 AS sort_value FROM dossier_search CROSS JOIN dossiers ON "
                       "dossiers.id = %3%4 ORDER BY dossier_search.rowid %5 LIMIT ?")
            .arg(rowColumns().join(u','), expr, SearchOrder::idOf(QStringLiteral("dossier_search.rowid")),
                 where, query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    values << limit + 1;
    if (!query.after && query.offset > 0) {
        text += QStringLiteral(" OFFSET ?");
        values << query.offset;
    }
    return readPage(text, values, limit);
}

std::optional<ListPage> ListReader::readPage(const QString &text, const QVariantList &values, int limit) {
    QSqlQuery q(m_db);
    if (!run(q, text, values))
        return std::nullopt;
    ListPage page;
    const QSqlRecord rec = q.record();
    const int sortIndex = rec.indexOf(QStringLiteral("sort_value"));
    const QList<std::pair<int, int>> indexes = fieldIndexes(rec);
    QVariant lastSort;
    while (q.next()) {
        if (page.rows.size() == limit) {
            page.next = ListCursor{lastSort, page.rows.constLast().id};
            break;
        }
        page.rows << readRow(q, indexes);
        lastSort = q.value(sortIndex);
    }
    if (!finished(q))
        return std::nullopt;
    return page;
}

std::optional<qint64> ListReader::count(const ListFilter &filter) {
    m_sqlError = {};
    m_error = {};
    ListQuerySql sql;
    if (!m_dialect.isSqlite()) {
        if (!searchOnServer(filter))
            return std::nullopt;
        if (m_matchingIds && !hasOtherFilters(filter))
            return qint64(m_matchingIds->size());
        sql.setDialect(m_dialect);
        if (m_matchingIds)
            sql.setMatchingIds(*m_matchingIds);
        sql.addFilter(filter, m_now);
        return BoundQuery::number(m_db, QStringLiteral("SELECT count(*) FROM dossiers") + sql.whereClause(),
                                  sql.values(), &m_sqlError);
    }
    const bool byCode = !SearchText::dossierCodePrefix(filter.search).isEmpty();
    const bool alone = !hasOtherFilters(filter);
    SearchCounter counter(m_db, m_narrowRows);
    bool failed = false;
    std::optional<qint64> counted;
    if (byCode) {
        // Few dossiers holding the typed parts: check the code of those. Many: count the code index's
        // entries in the ranges its spellings cover, rather than checking every code with LIKE.
        const std::optional<int> n =
            cappedMatchCount(SearchText::matchExpression(filter.search), m_narrowRows + 1);
        if (!n)
            return std::nullopt;
        sql.setNarrowCodeSearch(*n <= m_narrowRows);
        // Alone, the code index's ranges count it; with other filters SQLite would read a row for every
        // code in them, where checking codes on the filters' rows reads fewer.
        sql.setCodeRanges(alone);
        if (*n > m_narrowRows && alone)
            counted = counter.codeBeginning(SearchText::dossierCodePrefix(filter.search), &failed);
    } else if (alone && !SearchText::agencyStart(filter.search).isEmpty()) {
        // An agency typed before its letter ("000.00.1") is a search of words that every code beginning with
        // it holds as a phrase: the search index would read each such dossier's positions to count it.
        counted = counter.agencyStart(filter.search, &failed);
    } else if (alone) {
        // A code's later parts ("G07-2") are such a phrase too; a last word longer than the index's prefixes
        // is every term it begins, which FTS5 would gather whole to count.
        counted = counter.codeTail(filter.search, &failed);
        if (!counted && !failed)
            counted = counter.lastWordTerms(filter.search, &failed);
    }
    if (failed) {
        m_sqlError = counter.sqlError();
        return std::nullopt;
    }
    if (counted)
        return *counted;
    sql.addFilter(filter, m_now);
    // A search and nothing else: the search index counts its matches on its own (each of its rows is a
    // dossier's, written in the same transaction), without gathering them to look the dossiers up — at a
    // million dossiers, 2–430 ms instead of 0.09–3.3 s (bench/README.md).
    const bool searchOnly = !byCode && alone && !sql.whereClause().isEmpty();
    const QString text =
        searchOnly ? QStringLiteral("SELECT count(*) FROM dossier_search WHERE dossier_search MATCH ?")
                   : QStringLiteral("SELECT count(*) FROM dossiers") + sql.whereClause();
    return BoundQuery::number(m_db, text, sql.values(), &m_sqlError);
}

} // namespace btxh
