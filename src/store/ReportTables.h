// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportQuery.h"
#include "ReportTable.h"

#include <QCoreApplication>
#include <functional>

namespace btxh {

// A report's result as ReportTables any exporter writes: the counts (one row per group and a total row) and
// the overdue dossiers. Names of communes come from the caller (the place-name display it uses).
class ReportTables {
    Q_DECLARE_TR_FUNCTIONS(btxh::ReportTables)
public:
    using CommuneName = std::function<QString(const QString &code)>;

    // Columns: code, name, then the measures (measureOf() tells which each is), then the on-time rate.
    static ReportTable counts(const ReportResult &result, const CommuneName &communeName);
    static ReportTable overdue(const ReportResult &result, const CommuneName &communeName);

    // The measure a column of counts() counts, DeadlineFilter::Any for `received` (and for the code and name
    // columns and the rate, which are not counts): what clicking that cell shows (ReportQuery::drillDown).
    static DeadlineFilter measureOf(int column);
    // The translated header of a measure ("Overdue"); "Received" for Any.
    static QString measureLabel(DeadlineFilter measure);
    static bool isCountColumn(int column);
    static int firstCountColumn() { return 2; }

    static QString groupLabel(ReportGrouping by, const QString &key, const CommuneName &communeName);
    static QString groupingTitle(ReportGrouping by);
    static QString periodText(const ReportQuery &query);
};

} // namespace btxh
