// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeadlineSql.h"
#include "DossierDeadline.h"
#include "ListQuery.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace btxh {

enum class ReportGrouping { Procedure, Commune, Month, Status };

struct ReportRow;

// What a report counts: the dossiers the case list's filter selects (a period of received dates and an
// area; ReportQuery::forPeriod), grouped one way, judged against their deadlines as of `today`.
struct ReportQuery {
    ListFilter filter;
    ReportGrouping by = ReportGrouping::Month;
    QDate today;            // the injected clock's day: what is overdue
    int overdueLimit = 500; // how many overdue dossiers the list carries (all are counted)

    static ReportQuery forPeriod(const QDate &from, const QDate &to, const QString &province,
                                 const QString &commune, ReportGrouping by, const QDate &today);

    static QString groupingName(ReportGrouping by); // "procedure", "commune", "month", "status"
    static std::optional<ReportGrouping> groupingFromName(const QString &name);
    // The SQL value a row is grouped by, in the backend's SQL.
    static QString groupExpression(ReportGrouping by, const SqlDialect &dialect);
    // The SQL value a row is grouped by besides it: for communes the GSO list the code is read against (the
    // same code names another commune on each side of the reform), NULL otherwise. Bound values are appended.
    static QString listExpression(ReportGrouping by, QVariantList *values);

    // The case list's filter that shows a report cell's dossiers: the report's filter, the row's group (null
    // = the total row) and the column's measure.
    ListFilter drillDown(const ReportRow *row, DeadlineFilter measure) const;
};

// The counts of one group (or of all).
struct ReportCounts {
    qint64 received = 0;
    qint64 finished = 0;
    qint64 onTime = 0;
    qint64 late = 0;
    qint64 inProgress = 0;
    qint64 withinDeadline = 0;
    qint64 overdue = 0;

    // On time among the finished dossiers judged against a deadline; nothing when none was.
    std::optional<double> onTimeRate() const;
    ReportCounts &operator+=(const ReportCounts &o);
};

struct ReportRow {
    QString key; // the group's value: MaTTHC, MaXa, yyyy-MM, StatusId (may be empty: none given)
    // A commune group's list (PlaceCalendar::listOn its dossiers' received date): 03127 received in 2024
    // and 03127 received in 2026 are two groups, Phường Him Lam and Phường Điện Biên Phủ.
    std::optional<GsoList> list;
    ReportCounts counts;
};

struct OverdueDossier {
    QString code;
    QString name;
    QString procedure;
    QString commune;
    QDate received;
    QDate due;
    DeadlineSource source = DeadlineSource::None;
};

struct ReportResult {
    ReportQuery query;
    QList<ReportRow> rows; // in key order
    ReportCounts total;
    QList<OverdueDossier> overdue; // the most overdue first, at most query.overdueLimit
};

} // namespace btxh
