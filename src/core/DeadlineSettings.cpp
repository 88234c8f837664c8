// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeadlineSettings.h"

#include "Catalogues.h"
#include "DeadlineRules.h"

#include <QDate>

namespace btxh {

namespace {

constexpr int MaxProcessingDays = 365;

} // namespace

bool DeadlineSettings::isKey(const QString &name) {
    return name == daysOffKey() || name == workingDaysKey() || !procedureOf(name).isEmpty();
}

QString DeadlineSettings::procedureOf(const QString &name) {
    if (!name.startsWith(daysPrefix()))
        return {};
    return name.mid(daysPrefix().size()).trimmed();
}

QStringList DeadlineSettings::keys() {
    QStringList out{daysOffKey(), workingDaysKey()};
    if (const Catalogue *procedures = Catalogues::instance().find(u"procedure"))
        for (const CatalogueEntry &e : procedures->entries)
            out << daysKey(e.code);
    return out;
}

QString DeadlineSettings::description(const QString &name) {
    if (name == daysOffKey())
        return tr("extra days off, yyyy-MM-dd separated by commas");
    if (name == workingDaysKey())
        return tr(
            "days worked although a weekend or a holiday (make-up days), yyyy-MM-dd separated by commas");
    const QString procedure = procedureOf(name);
    return tr("processing time of procedure %1 in working days (0 = none)").arg(procedure);
}

QString DeadlineSettings::defaultValue(const QString &name) {
    const QString procedure = procedureOf(name);
    if (procedure.isEmpty())
        return {};
    const std::optional<int> days = DeadlineRules::builtIn().processingDays(procedure);
    return days ? QString::number(*days) : QString();
}

std::optional<QString> DeadlineSettings::normalise(const QString &name, const QString &value,
                                                   QString *error) {
    const QString v = value.trimmed();
    if (!procedureOf(name).isEmpty()) {
        if (!Catalogues::instance().contains(u"procedure", procedureOf(name))) {
            *error = tr("%1: there is no procedure %2 in the catalogue").arg(name, procedureOf(name));
            return std::nullopt;
        }
        if (v.isEmpty())
            return v;
        bool ok = false;
        const int days = v.toInt(&ok);
        if (!ok || days < 0 || days > MaxProcessingDays) {
            *error = tr("%1: \"%2\" is not a number of working days from 0 to %3")
                         .arg(name, value)
                         .arg(MaxProcessingDays);
            return std::nullopt;
        }
        return QString::number(days);
    }
    if (name != daysOffKey() && name != workingDaysKey()) {
        *error = tr("unknown setting \"%1\"").arg(name);
        return std::nullopt;
    }
    QStringList dates;
    const QStringList parts = v.split(u',', Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        const QDate d = QDate::fromString(p.trimmed(), Qt::ISODate);
        if (!d.isValid()) {
            *error = tr("%1: \"%2\" is not a date written yyyy-MM-dd").arg(name, p.trimmed());
            return std::nullopt;
        }
        dates << d.toString(Qt::ISODate);
    }
    dates.sort();
    dates.removeDuplicates();
    return dates.join(u',');
}

} // namespace btxh
