// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateEntry.h"

#include "WireDate.h"

#include <QRegularExpression>

namespace btxh::app {

namespace {

DateEntry::Result checked(QStringView typed, int day, int month, int year) {
    DateEntry::Result r;
    if (year < 1000) {
        r.error = DateEntry::tr("\"%1\" is not a date: write the year with four digits").arg(typed);
        return r;
    }
    if (month < 1 || month > 12) {
        r.error = DateEntry::tr("\"%1\" is not a date: there is no month %2").arg(typed).arg(month);
        return r;
    }
    const int days = QDate(year, month, 1).daysInMonth();
    if (day < 1 || day > days) {
        r.error = DateEntry::tr("\"%1\" is not a date: month %2 of %3 has %4 days")
                      .arg(typed)
                      .arg(month)
                      .arg(year)
                      .arg(days);
        return r;
    }
    r.date = QDate(year, month, day);
    return r;
}

} // namespace

DateEntry::Result DateEntry::read(QStringView typed) {
    const QString text = typed.trimmed().toString();
    if (text.isEmpty())
        return {};
    // Day first, as Vietnamese dates are written; one separator kind throughout.
    static const QRegularExpression separated(QStringLiteral("^(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{1,4})$"));
    static const QRegularExpression digits(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    static const QRegularExpression isoFirst(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    if (const QRegularExpressionMatch m = separated.match(text); m.hasMatch())
        return checked(text, m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    if (const QRegularExpressionMatch m = digits.match(text); m.hasMatch())
        return checked(text, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const QRegularExpressionMatch m = isoFirst.match(text); m.hasMatch())
        return checked(text, m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    // A date with its time, as received: the date field shows the date.
    const WireDate::Parsed wire = WireDate::parse(text);
    if (wire.isValid())
        return Result{wire.date, QString()};
    Result r;
    r.error = tr("\"%1\" is not a date: type the day, month and year, for example 12/05/1985 or 12051985")
                  .arg(text.left(40));
    return r;
}

QString DateEntry::show(const QDate &date) {
    return WireDate::formatDate(date);
}

} // namespace btxh::app
