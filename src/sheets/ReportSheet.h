// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportTable.h"
#include "TableWriter.h"

#include <QString>

namespace btxh {

// A report's table (ReportTables: counts or the overdue list) as a workbook or CSV through the table writers:
// counts and rates are numbers, dates real dates, so that the office can go on computing with them.
class ReportSheet {
public:
    // The file appears whole or not at all; false with `error` naming the problem.
    static bool write(const ReportTable &table, TableFormat format, const QString &path, QString *error);
};

} // namespace btxh
