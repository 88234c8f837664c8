// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldSpec.h"
#include "GsoDirectory.h"
#include "SyncState.h"
#include "ValidationContext.h"

#include <QCoreApplication>
#include <QDateTime>

namespace btxh::app {

// How stored values read on screen: dates as dd/MM/yyyy, codes by their names, places by their GSO names.
class DisplayText {
    Q_DECLARE_TR_FUNCTIONS(btxh::app::DisplayText)
public:
    static QString date(const QString &wireValue);     // dd/MM/yyyy, or the value as it is when unreadable
    static QString dateTime(const QString &wireValue); // dd/MM/yyyy HH:mm
    // A deadline as the store keeps it (yyyy-MM-dd HH:mm:ss).
    static QDateTime fromKey(const QString &key);
    // One field of `record` as shown: a place code beside its name in the list in force on the record's
    // received date (PlaceCalendar), unless the context fixes a list.
    static QString field(const FieldSpec &spec, const Record &record, const ValidationContext &context);
    static QString status(const QString &code);
    static QString syncState(SyncState state);
    static QString relative(const QDateTime &at, const QDateTime &now); // "today 14:05", "12/03/2025 09:10"
};

} // namespace btxh::app
