// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace btxh::app {

// A date as an officer types it: 12051985, 12/5/1985, 12-05-1985, 12.05.1985 (day first, a four-digit year),
// or as the gateway sends it (yyyy-MM-dd, with or without a time, which a date field does not show). Read
// into a date shown dd/MM/yyyy, or refused with a message that says what is wrong ("February 2024 has 29
// days").
class DateEntry {
    Q_DECLARE_TR_FUNCTIONS(btxh::app::DateEntry)
public:
    struct Result {
        QDate date;    // invalid when refused (or when nothing was typed)
        QString error; // empty when read, or when nothing was typed
        bool isValid() const { return date.isValid(); }
    };

    static Result read(QStringView typed);
    static QString show(const QDate &date); // dd/MM/yyyy
};

} // namespace btxh::app
