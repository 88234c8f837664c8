// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace btxh {

// The settings an administrator changes the deadline rules with (kept in the store's settings table, shared
// by the app and `btxh config`):
//   deadline.days.<MaTTHC>   processing time of a procedure in working days ("" = the shipped default,
//                            0 = none: its dossiers get no computed deadline)
//   calendar.days-off        extra days off, yyyy-MM-dd separated by commas (a holiday moved by a notice
//                            after this version was released)
//   calendar.working-days    days worked although a weekend or a listed day off (make-up Saturdays)
class DeadlineSettings {
    Q_DECLARE_TR_FUNCTIONS(btxh::DeadlineSettings)
public:
    static QString daysKey(const QString &procedure) { return daysPrefix() + procedure; }
    static QString daysPrefix() { return QStringLiteral("deadline.days."); }
    static QString daysOffKey() { return QStringLiteral("calendar.days-off"); }
    static QString workingDaysKey() { return QStringLiteral("calendar.working-days"); }

    static bool isKey(const QString &name);
    // The procedure a deadline.days.* key names, or an empty string for any other key.
    static QString procedureOf(const QString &name);
    // Every key: the two calendar keys, then one per procedure of the catalogue.
    static QStringList keys();
    static QString description(const QString &name); // translated
    static QString defaultValue(const QString &name);

    // The value as it will be stored, or std::nullopt with a translated reason naming the bad part.
    static std::optional<QString> normalise(const QString &name, const QString &value, QString *error);
};

} // namespace btxh
