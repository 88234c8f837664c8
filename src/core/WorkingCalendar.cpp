// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkingCalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace btxh {

namespace {

constexpr int MaxSpanDays = 31; // the longest official break is nine days; a longer range is a typing error

QDate dateOf(const QJsonValue &v) {
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// Reads one list of entries ("date" or "from"/"to") into `out`.
bool readDays(const QJsonArray &entries, const QString &listName, QSet<QDate> &out, QString *error) {
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries.at(i).toObject();
        QDate from = dateOf(e.value(QLatin1StringView("date")));
        QDate to = from;
        if (!from.isValid()) {
            from = dateOf(e.value(QLatin1StringView("from")));
            to = dateOf(e.value(QLatin1StringView("to")));
        }
        if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) > MaxSpanDays) {
            *error =
                WorkingCalendar::tr("entry %1 of %2 needs \"date\", or \"from\" and \"to\" up to %3 days "
                                    "apart, as yyyy-MM-dd")
                    .arg(i + 1)
                    .arg(listName)
                    .arg(MaxSpanDays);
            return false;
        }
        for (QDate d = from; d <= to; d = d.addDays(1))
            out.insert(d);
    }
    return true;
}

bool isWeekend(const QDate &day) {
    return day.dayOfWeek() >= Qt::Saturday;
}

} // namespace

const WorkingCalendar &WorkingCalendar::builtIn() {
    static const WorkingCalendar calendar = [] {
        QFile file(QStringLiteral(":/calendar/vn-holidays.json"));
        QString error;
        std::optional<WorkingCalendar> c;
        if (file.open(QIODevice::ReadOnly))
            c = fromJson(file.readAll(), &error);
        // The file is compiled in and checked by tst_workingcalendar; an empty calendar still skips weekends.
        return c ? *c : WorkingCalendar();
    }();
    return calendar;
}

std::optional<WorkingCalendar> WorkingCalendar::fromJson(const QByteArray &json, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = tr("the calendar is not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    WorkingCalendar c;
    c.m_firstYear = o.value(QLatin1StringView("firstYear")).toInt();
    c.m_lastYear = o.value(QLatin1StringView("lastYear")).toInt();
    if (c.m_firstYear <= 0 || c.m_lastYear < c.m_firstYear) {
        *error = tr("the calendar needs \"firstYear\" and \"lastYear\"");
        return std::nullopt;
    }
    if (!readDays(o.value(QLatin1StringView("daysOff")).toArray(), QStringLiteral("daysOff"), c.m_daysOff,
                  error) ||
        !readDays(o.value(QLatin1StringView("workingDays")).toArray(), QStringLiteral("workingDays"),
                  c.m_workingDays, error))
        return std::nullopt;
    for (const QDate &d : std::as_const(c.m_workingDays)) {
        if (c.m_daysOff.contains(d)) {
            *error = tr("%1 is listed both as a day off and as a working day").arg(d.toString(Qt::ISODate));
            return std::nullopt;
        }
    }
    return c;
}

void WorkingCalendar::addDayOff(const QDate &day) {
    m_workingDays.remove(day);
    m_daysOff.insert(day);
}

void WorkingCalendar::addWorkingDay(const QDate &day) {
    m_daysOff.remove(day);
    m_workingDays.insert(day);
}

bool WorkingCalendar::isWorkingDay(const QDate &day) const {
    if (m_workingDays.contains(day))
        return true;
    return !isWeekend(day) && !m_daysOff.contains(day);
}

bool WorkingCalendar::covers(const QDate &day) const {
    return day.year() >= m_firstYear && day.year() <= m_lastYear;
}

QDate WorkingCalendar::addWorkingDays(const QDate &start, int days) const {
    QDate d = start;
    for (int left = days; left > 0;) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            --left;
    }
    return d;
}

int WorkingCalendar::workingDaysBetween(const QDate &from, const QDate &to) const {
    int n = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        n += isWorkingDay(d) ? 1 : 0;
    return n;
}

} // namespace btxh
