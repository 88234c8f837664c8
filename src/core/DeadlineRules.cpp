// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeadlineRules.h"

#include "Catalogues.h"
#include "DeadlineSettings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace btxh {

namespace {

QHash<QString, int> shippedProcessingDays() {
    QHash<QString, int> days;
    QFile file(QStringLiteral(":/calendar/processing-times.json"));
    if (!file.open(QIODevice::ReadOnly))
        return days;
    const QJsonArray list =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1StringView("procedures")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const int n = o.value(QLatin1StringView("days")).toInt();
        if (n > 0)
            days.insert(o.value(QLatin1StringView("code")).toString(), n);
    }
    return days;
}

QList<QDate> datesIn(const QString &list) {
    QList<QDate> out;
    const QStringList parts = list.split(u',', Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        const QDate d = QDate::fromString(p.trimmed(), Qt::ISODate);
        if (d.isValid())
            out << d;
    }
    return out;
}

} // namespace

DeadlineRules::DeadlineRules(WorkingCalendar calendar, QHash<QString, int> processingDays)
    : m_calendar(std::move(calendar))
    , m_days(std::move(processingDays)) {}

const DeadlineRules &DeadlineRules::builtIn() {
    static const DeadlineRules rules(WorkingCalendar::builtIn(), shippedProcessingDays());
    return rules;
}

DeadlineRules DeadlineRules::withSettings(const QHash<QString, QString> &settings) {
    DeadlineRules rules = builtIn();
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        const QString procedure = DeadlineSettings::procedureOf(it.key());
        if (procedure.isEmpty())
            continue;
        bool ok = false;
        const int days = it.value().trimmed().toInt(&ok);
        if (it.value().trimmed().isEmpty())
            continue; // back to the shipped default
        if (ok && days >= 0)
            rules.setProcessingDays(procedure, days);
    }
    for (const QDate &d : datesIn(settings.value(DeadlineSettings::daysOffKey())))
        rules.m_calendar.addDayOff(d);
    for (const QDate &d : datesIn(settings.value(DeadlineSettings::workingDaysKey())))
        rules.m_calendar.addWorkingDay(d);
    return rules;
}

std::optional<int> DeadlineRules::processingDays(const QString &procedure) const {
    const auto it = m_days.constFind(procedure.trimmed());
    if (it == m_days.cend())
        return std::nullopt;
    return *it;
}

void DeadlineRules::setProcessingDays(const QString &procedure, int days) {
    if (days <= 0)
        m_days.remove(procedure.trimmed());
    else
        m_days.insert(procedure.trimmed(), days);
}

std::optional<QDate> DeadlineRules::dueDate(const QString &procedure, const QDate &received,
                                            QString *error) const {
    if (!received.isValid()) {
        if (error)
            *error = tr("the received date is missing or not a date, so no deadline can be computed");
        return std::nullopt;
    }
    const std::optional<int> days = processingDays(procedure);
    if (!days) {
        if (error) {
            const QString name = Catalogues::instance().name(u"procedure", procedure.trimmed());
            *error =
                tr("no processing time is configured for the procedure %1%2, so no deadline can be "
                   "computed: an administrator sets it in Settings or with \"btxh config set %3 DAYS\"")
                    .arg(procedure.trimmed().isEmpty() ? tr("(none given)") : procedure.trimmed(),
                         name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(name),
                         DeadlineSettings::daysKey(procedure.trimmed().isEmpty() ? QStringLiteral("MaTTHC")
                                                                                 : procedure.trimmed()));
        }
        return std::nullopt;
    }
    return m_calendar.addWorkingDays(received, *days);
}

} // namespace btxh
