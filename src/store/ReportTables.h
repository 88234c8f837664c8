// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportQuery.h"
#include "ReportTable.h"

#include <QCoreApplication>

namespace btxh {

// A report's result as ReportTables any exporter writes: the counts (one row per group and a total row) and
// the overdue dossiers. A commune is named in the list its dossiers' received date reads it in
// (PlaceCalendar): a code names another commune on each side of the reform.
class ReportTables {
    Q_DECLARE_TR_FUNCTIONS(btxh::ReportTables)
public:
    // Columns: code, name, then the measures (measureOf() tells which each is), then the on-time rate; by
    // commune, last, the GSO list each group's code is read in ("units": 2024 or 2025).
    static ReportTable counts(const ReportResult &result);
    static ReportTable overdue(const ReportResult &result);

    // The measure a column of counts() counts, DeadlineFilter::Any for `received` (and for the code and name
    // columns and the rate, which are not counts): what clicking that cell shows (ReportQuery::drillDown).
    static DeadlineFilter measureOf(int column);
    // The translated header of a measure ("Overdue"); "Received" for Any.
    static QString measureLabel(DeadlineFilter measure);
    static bool isCountColumn(int column);
    static int firstCountColumn() { return 2; }

    // What a group is called: a procedure's or status's name, a month; a commune's code, its name in the
    // group's list and which list ("03127 Phường Him Lam (2024)").
    static QString groupLabel(ReportGrouping by, const ReportRow &row);
    static QString groupingTitle(ReportGrouping by);
    static QString periodText(const ReportQuery &query);
};

} // namespace btxh
