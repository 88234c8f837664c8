// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace btxh {

// Which days an office works: Monday to Friday, except the official days off (Tết and the other public
// holidays, with the days the Government moves), plus the Saturdays it makes working days to make up for a
// moved day. The shipped years come from resources/calendar/vn-holidays.json (sources in SOURCES.md there);
// an administrator's changes are applied on top (DeadlineRules).
class WorkingCalendar {
    Q_DECLARE_TR_FUNCTIONS(btxh::WorkingCalendar)
public:
    WorkingCalendar() = default;

    // The calendar shipped with the application.
    static const WorkingCalendar &builtIn();
    // Reads the data file's format; std::nullopt with a reason naming the entry when it is not valid.
    static std::optional<WorkingCalendar> fromJson(const QByteArray &json, QString *error);

    void addDayOff(const QDate &day);
    void addWorkingDay(const QDate &day);

    bool isWorkingDay(const QDate &day) const;
    // Whether the official days off of the day's year are known (outside, only weekends are skipped).
    bool covers(const QDate &day) const;
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }

    // The `days`-th working day after `start` (the day of `start` itself is not counted, as the processing
    // time runs from the day after a complete dossier is received). `days` <= 0 gives `start`.
    QDate addWorkingDays(const QDate &start, int days) const;
    // Working days after `from` up to and including `to` (0 when `to` is not after `from`).
    int workingDaysBetween(const QDate &from, const QDate &to) const;

private:
    QSet<QDate> m_daysOff;
    QSet<QDate> m_workingDays;
    int m_firstYear = 0;
    int m_lastYear = -1;
};

} // namespace btxh
