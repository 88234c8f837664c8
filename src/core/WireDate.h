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

struct Parsed {
    QDateTime value; // invalid when the text matched no shape
    Shape shape = Shape::Invalid;
    bool isValid() const { return shape != Shape::Invalid; }
};

Parsed parse(QStringView text);

QString formatDate(const QDate &date);             // dd/MM/yyyy
QString formatDateTime(const QDateTime &dateTime); // dd/MM/yyyy HH:mm:ss

inline constexpr char DateFormat[] = "dd/MM/yyyy";
inline constexpr char DateTimeFormat[] = "dd/MM/yyyy HH:mm:ss";

} // namespace WireDate
} // namespace btxh
