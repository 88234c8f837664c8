// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace btxh {

// The date shapes §5.6 shows on the wire: dd/MM/yyyy, dd/MM/yyyy HH:mm:ss and yyyy-MM-dd HH:mm:ss
// (plus ISO 8601 with a 'T', which our own tools accept). Times are local wall-clock times, as the
// gateway sends them, with no zone.
namespace WireDate {

enum class Shape { Invalid, Date, DateTime };

// The date and the time as written. A QDateTime in local time is made only when asked for: making one asks
// the C library for the zone's offset, which reads the zone file's status on every call, and the date and
// time alone are what most readers (validation, sort keys, a dossier's calendar) need.
struct Parsed {
    QDate date; // invalid when the text matched no shape
    QTime time; // midnight for a date alone
    Shape shape = Shape::Invalid;
    bool isValid() const { return shape != Shape::Invalid; }
    QDateTime dateTime() const { return isValid() ? QDateTime(date, time) : QDateTime(); }
};

Parsed parse(QStringView text);

QString formatDate(const QDate &date);             // dd/MM/yyyy
QString formatDateTime(const QDateTime &dateTime); // dd/MM/yyyy HH:mm:ss

inline constexpr char DateFormat[] = "dd/MM/yyyy";
inline constexpr char DateTimeFormat[] = "dd/MM/yyyy HH:mm:ss";

} // namespace WireDate
} // namespace btxh
