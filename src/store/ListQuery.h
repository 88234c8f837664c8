// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeadlineSql.h"
#include "DossierDeadline.h"
#include "Fields.h"
#include "GsoDirectory.h"
#include "Record.h"
#include "SqlDialect.h"
#include "SyncState.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QVariant>
#include <optional>

namespace btxh {

// Which dossiers a list shows.
struct ListFilter {
    QStringList statuses;                // StatusId values; any of them
    QString procedure;                   // MaTTHC
    QString province, district, commune; // MaTinh, MaHuyen, MaXa (processing area)
    // The list the area's codes belong to: only dossiers received while it was in force match (a code names
    // another place on the other side of the reform, PlaceCalendar). Unset: codes match on any date.
    std::optional<GsoList> areaList;
    QList<SyncState> syncStates;                         // any of them
    DossierField dateField = DossierField::NgayTiepNhan; // what from/to apply to (a Date/DateTime field)
    QDate from, to;                                      // inclusive; invalid = open
    // Where the dossier stands against its own legal deadline (schema 7's due dates): the filter bar's
    // "overdue", `btxh list --overdue`, a report's cell. One rule for the list, the marks and the reports.
    DeadlineFilter deadline = DeadlineFilter::Any;
    QString search; // what the user typed: accent- and case-insensitive
};

// Where the next page starts: the sort value and id of the last row shown.
struct ListCursor {
    QVariant sortValue; // null when the last row had no value in the sort column
    qint64 id = 0;
};

struct ListQuery {
    ListFilter filter;
    QString sortColumn = QStringLiteral("NgayTiepNhan"); // a dossier field's wire name, or a list column
    bool descending = true;
    int limit = 50;                  // at most 1000
    qint64 offset = 0;               // offset paging; ignored when `after` is set
    std::optional<ListCursor> after; // keyset paging
};

// One line of the list: the dossier's fields except the XML, and its bookkeeping.
struct ListRow {
    qint64 id = 0;
    QString code;
    SyncState syncState = SyncState::Synced;
    Record fields{FieldTable::dossier()};
    DossierDeadline due; // the gateway's or the computed legal deadline (StoredDossier::due)
    QDateTime updatedAt;
};

struct ListPage {
    QList<ListRow> rows;
    std::optional<ListCursor> next; // set when there may be more rows
};

// Builds the SQL of a list or a count from a filter. Values are bound, never spliced; column names come from
// the field table and a fixed list.
class ListQuerySql {
public:
    // Sort column names accepted besides the dossier fields' wire names.
    static QStringList metaSortColumns();
    // People by their given name, then family and middle names (Vietnamese order): "given_name".
    static QString givenNameSortColumn() { return QStringLiteral("given_name"); }
    // The SQL expression to sort by, or an empty string when the name is unknown. A text column the list
    // shows in Vietnamese alphabetical order sorts by its key in the sort-key table (see usesSortKeys()).
    static QString sortExpression(const QString &sortColumn);
    // Whether the expression reads the sort-key table, which the query must then join; its `id` is the
    // dossier's, and the one its index holds in order.
    static bool usesSortKeys(const QString &sortExpression);
    static QString sortKeysJoin();
    // Whether the index that gives this order also holds the dossier code, so that checking a code while
    // walking it reads no table row: the received date's (dossiers_received_code, schema 4) and the code's
    // own.
    static bool indexHoldsCode(const QString &sortExpression);
    static QString sortKeysId();

    // A wide search is answered by walking the sort column's index and keeping the rows among the gathered
    // matches, instead of fetching every match and sorting them (see ListReader).
    void setWideSearch(bool wide) { m_wideSearch = wide; }
    // A search for a dossier code's beginning (SearchText::dossierCodePrefix) is a condition on the code.
    // The search index can still narrow it first (every such dossier holds the typed parts as a phrase);
    // off, only the code is checked, which suits walking an index that holds it (see ListReader).
    void setNarrowCodeSearch(bool narrow) { m_narrowCodeSearch = narrow; }
    // A code's beginning is compared as ranges of the code's index, one per spelling in upper and lower
    // case, rather than by LIKE, which reads the whole index: for counting.
    void setCodeRanges(bool ranges) { m_codeRanges = ranges; }
    // Those ranges, [from, to) each, in order; none when the prefix is empty or has too many spellings.
    static QList<std::pair<QString, QString>> codeRanges(const QString &codePrefix);
    // The ranges of the codes that begin with any of `prefixes` (each spelt as the code is), in order and
    // apart: a prefix another one begins is left out.
    static QList<std::pair<QString, QString>> codeRanges(QStringList prefixes);
    // Every spelling of an ASCII text in upper and lower case, as LIKE matches it; none past 64 of them.
    static QStringList caseVariants(const QString &text);
    // The search index is joined as `dossier_search` (the query walks it in its rowid order, SearchOrder):
    // the search is its MATCH.
    void setSearchJoined(bool joined) { m_searchJoined = joined; }
    // The id the search and the cursor compare: the sort index's own, so walking it needs no table row.
    void setIdColumn(const QString &id) { m_id = id; }

    // The backend the SQL is for (SQLite's unless set).
    void setDialect(const SqlDialect &dialect) { m_dialect = dialect; }
    // On PostgreSQL a search is answered before the list's statement (ServerSearch): the ids of the
    // dossiers it found stand for it, as one bound array.
    void setMatchingIds(const QList<qint64> &ids) { m_matchingIds = ids; }
    void addFilter(const ListFilter &filter, const QDateTime &now);
    void addCursor(const QString &sortExpression, bool descending, const ListCursor &cursor);

    QString whereClause() const;
    const QVariantList &values() const { return m_values; }

    // "?,?,…": n parameter marks for an IN list.
    static QString placeholders(qsizetype n);

    // The GSO list a dossier's place codes are read against, as an SQL value (PlaceCalendar::listKey):
    // PlaceCalendar::listOn its received date, a dossier without one in today's two-level list, the same
    // reading as ListFilter::areaList. Its bound values are appended to `values`.
    static QString placeListExpression(QVariantList *values);

private:
    QStringList m_conditions;
    QVariantList m_values;
    bool m_wideSearch = false;
    bool m_narrowCodeSearch = true;
    bool m_searchJoined = false;
    bool m_codeRanges = false;
    QString m_id = QStringLiteral("id");
    SqlDialect m_dialect = SqlDialect::sqlite();
    std::optional<QList<qint64>> m_matchingIds;
};

} // namespace btxh
