// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDialect.h"

#include <QDate>
#include <QString>

namespace btxh {

// Which dossiers, by where they stand against their legal deadline (DossierDeadline's rule, in SQL): the
// case list's filter for a report's cell, and the report's counts.
enum class DeadlineFilter { Any, Finished, OnTime, Late, InProgress, WithinDeadline, Overdue };

// The SQL of DossierDeadline::outcome() over the dossiers' schema-7 columns (due_date, due_source,
// finished_on: DueDates keeps them). Only constants of ours are spliced in (status codes, an ISO date).
class DeadlineSql {
public:
    // The status is one after which a dossier cannot be late any more.
    static QString finished(const SqlDialect &dialect);
    // The same test on any status column.
    static QString isFinishedStatus(const SqlDialect &dialect, const QString &column);
    // Always true for Any.
    static QString condition(const SqlDialect &dialect, DeadlineFilter filter, const QDate &today);
    static QString dateLiteral(const QDate &day);
};

} // namespace btxh
