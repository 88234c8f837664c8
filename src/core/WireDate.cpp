// SPDX-License-Identifier: GPL-3.0-or-later
#include "WireDate.h"

#include <QLocale>

namespace btxh::WireDate {

namespace {

bool allDigits(QStringView s) {
    for (QChar c : s)
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    return !s.isEmpty();
}

int num(QStringView s) {
    return s.toInt();
}

// Hand-rolled rather than QDateTime::fromString: it is the hot path of every pull, and it lets us accept
// exactly the shapes the gateway sends and nothing looser.
QDate dateFrom(QStringView d) {
    if (d.size() == 10 && d[2] == u'/' && d[5] == u'/' && allDigits(d.mid(0, 2)) && allDigits(d.mid(3, 2)) &&
        allDigits(d.mid(6, 4)))
        return QDate(num(d.mid(6, 4)), num(d.mid(3, 2)), num(d.mid(0, 2)));
    if (d.size() == 10 && d[4] == u'-' && d[7] == u'-' && allDigits(d.mid(0, 4)) && allDigits(d.mid(5, 2)) &&
        allDigits(d.mid(8, 2)))
        return QDate(num(d.mid(0, 4)), num(d.mid(5, 2)), num(d.mid(8, 2)));
    return {};
}

QTime timeFrom(QStringView t) {
    // HH:mm:ss, optionally followed by a fraction of a second.
    if (t.size() >= 8 && t[2] == u':' && t[5] == u':' && allDigits(t.mid(0, 2)) && allDigits(t.mid(3, 2)) &&
        allDigits(t.mid(6, 2))) {
        QStringView rest = t.mid(8);
        if (!rest.isEmpty() && !(rest[0] == u'.' && allDigits(rest.mid(1))))
            return {};
        return QTime(num(t.mid(0, 2)), num(t.mid(3, 2)), num(t.mid(6, 2)));
    }
    if (t.size() == 5 && t[2] == u':' && allDigits(t.mid(0, 2)) && allDigits(t.mid(3, 2)))
        return QTime(num(t.mid(0, 2)), num(t.mid(3, 2)));
    return {};
}

} // namespace

Parsed parse(QStringView text) {
    const QStringView s = text.trimmed();
    if (s.size() < 10 || s.size() > 30)
        return {};
    const QDate date = dateFrom(s.left(10));
    if (!date.isValid())
        return {};
    if (s.size() == 10)
        return {date, QTime(0, 0), Shape::Date};
    if (s[10] != u' ' && s[10] != u'T')
        return {};
    const QTime time = timeFrom(s.mid(11));
    if (!time.isValid())
        return {};
    return {date, time, Shape::DateTime};
}

QString formatDate(const QDate &date) {
    return QLocale::c().toString(date, QLatin1StringView(DateFormat));
}

QString formatDateTime(const QDateTime &dateTime) {
    return QLocale::c().toString(dateTime, QLatin1StringView(DateTimeFormat));
}

} // namespace btxh::WireDate
