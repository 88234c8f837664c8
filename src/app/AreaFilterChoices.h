// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GsoDirectory.h"
#include "ListQuery.h"
#include "SyncArea.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <utility>

namespace btxh::app {

// The case list's area filter: today's units (the list the office's area is in, the 2025 two-level list by
// default) and yesterday's (the other list), each choice tied to its list. A code then matches only dossiers
// received while its list was in force: 03127 picked as Phường Điện Biên Phủ never finds the Phường Him Lam
// dossiers of 2024. Yesterday's units are offered as they were, never mapped to today's (there is no
// official crosswalk).
class AreaFilterChoices {
    Q_DECLARE_TR_FUNCTIONS(btxh::app::AreaFilterChoices)
public:
    // (data, text) pairs for the filter's combo box, in order.
    static QList<std::pair<QString, QString>> choices(const SyncArea &office, GsoList officeList);
    // Narrows `filter` to what `choice` (a data value of choices()) names; an empty choice leaves it open.
    static void apply(const QString &choice, ListFilter &filter);

private:
    static QList<std::pair<QString, QString>> section(const SyncArea &office, GsoList list, bool narrow);
};

} // namespace btxh::app
