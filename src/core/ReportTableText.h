// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace btxh {

// Writes a ReportTable as text: aligned columns for a terminal, CSV (UTF-8 with a byte-order mark, so that
// Excel reads Vietnamese correctly; counts as plain numbers, rates as percentages with one decimal) and JSON
// (column keys as names, rates as numbers from 0 to 1, dates yyyy-MM-dd).
class ReportTableText {
    Q_DECLARE_TR_FUNCTIONS(btxh::ReportTableText)
public:
    static QString plain(const ReportTable &table);
    static QByteArray csv(const ReportTable &table);
    static QByteArray json(const ReportTable &table);
    // One value as people read it: a count as is, a rate as "93.5%", a date dd/MM/yyyy, nothing as "–".
    static QString display(const ReportColumn &column, const QVariant &value);
};

} // namespace btxh
