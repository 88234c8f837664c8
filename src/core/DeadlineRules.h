// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkingCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <optional>

namespace btxh {

// How the application computes a legal deadline itself: each procedure's processing time in working days
// (defaults from resources/calendar/processing-times.json, see docs/decisions.md) counted on the working-day
// calendar. An administrator's changes (DeadlineSettings keys, kept in the store's settings) are applied on
// top of the shipped defaults with withSettings().
class DeadlineRules {
    Q_DECLARE_TR_FUNCTIONS(btxh::DeadlineRules)
public:
    DeadlineRules() = default;
    DeadlineRules(WorkingCalendar calendar, QHash<QString, int> processingDays);

    static const DeadlineRules &builtIn();
    // The shipped rules with the settings applied: deadline.days.<MaTTHC>, calendar.days-off,
    // calendar.working-days. Values DeadlineSettings::normalise() would refuse are ignored.
    static DeadlineRules withSettings(const QHash<QString, QString> &settings);

    const WorkingCalendar &calendar() const { return m_calendar; }
    std::optional<int> processingDays(const QString &procedure) const;
    const QHash<QString, int> &processingTimes() const { return m_days; }
    void setProcessingDays(const QString &procedure, int days); // days <= 0 removes it

    // The appointment date for the result and the legal deadline of a dossier of `procedure` received on
    // `received`; std::nullopt with a translated reason naming the procedure when its processing time is not
    // configured.
    std::optional<QDate> dueDate(const QString &procedure, const QDate &received, QString *error) const;

private:
    WorkingCalendar m_calendar;
    QHash<QString, int> m_days;
};

} // namespace btxh
