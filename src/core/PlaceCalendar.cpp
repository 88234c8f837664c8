// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaceCalendar.h"

#include "Fields.h"
#include "Record.h"
#include "WireDate.h"

namespace btxh {

GsoList PlaceCalendar::listOn(const QDate &date) {
    return isPostReform(date) ? GsoList::Units2025 : GsoList::Units2024;
}

QDate PlaceCalendar::inForceFrom(GsoList list) {
    switch (list) {
    case GsoList::Units2024:
        return QDate(2023, 4, 10);
    case GsoList::Units2025PreReform:
        return QDate(2025, 3, 1);
    case GsoList::Units2025:
        break;
    }
    return TwoLevelReformDate;
}

QString PlaceCalendar::listName(GsoList list) {
    const QString reform = TwoLevelReformDate.toString(QStringLiteral("dd/MM/yyyy"));
    switch (list) {
    case GsoList::Units2024:
        return tr("the 2024 three-level GSO list (in force before %1)").arg(reform);
    case GsoList::Units2025PreReform:
        return tr("the early-2025 three-level GSO list (in force from %1 to the reform)")
            .arg(inForceFrom(list).toString(QStringLiteral("dd/MM/yyyy")));
    case GsoList::Units2025:
        break;
    }
    return tr("the 2025 two-level GSO list (in force from %1, no districts)").arg(reform);
}

QString PlaceCalendar::listKey(GsoList list) {
    switch (list) {
    case GsoList::Units2024:
        return QStringLiteral("2024");
    case GsoList::Units2025PreReform:
        return QStringLiteral("2025-pre-reform");
    case GsoList::Units2025:
        break;
    }
    return QStringLiteral("2025");
}

std::optional<GsoList> PlaceCalendar::listFromKey(const QString &key) {
    for (GsoList list : {GsoList::Units2024, GsoList::Units2025PreReform, GsoList::Units2025})
        if (listKey(list) == key.trimmed())
            return list;
    return std::nullopt;
}

const GsoUnit *PlaceCalendar::unit(PlaceLevel level, QStringView code, GsoList list) {
    auto find = [&](GsoList in) -> const GsoUnit * {
        const GsoDirectory &gso = GsoDirectory::get(in);
        switch (level) {
        case PlaceLevel::Province:
            return gso.province(code);
        case PlaceLevel::District:
            return gso.district(code);
        case PlaceLevel::Commune:
            return gso.commune(code);
        case PlaceLevel::None:
            break;
        }
        return nullptr;
    };
    const GsoUnit *found = find(list);
    if (!found && list == GsoList::Units2024)
        found = find(GsoList::Units2025PreReform);
    return found;
}

QString PlaceCalendar::nameOn(PlaceLevel level, QStringView code, const QDate &date) {
    const GsoUnit *u = unitOn(level, code, date);
    return u ? u->name : QString();
}

QString PlaceCalendar::displayName(PlaceLevel level, const QString &code, GsoList list) {
    if (code.trimmed().isEmpty())
        return {};
    const GsoUnit *u = unit(level, code, list);
    return u ? u->name : code;
}

QString PlaceCalendar::codeAndName(PlaceLevel level, const QString &code, GsoList list) {
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return {};
    const GsoUnit *u = unit(level, trimmed, list);
    return u ? trimmed + u' ' + u->name : trimmed;
}

QDate PlaceCalendar::dossierDate(const Record &fields, const QDate &fallback) {
    if (&fields.table() != &FieldTable::dossier())
        return fallback;
    for (DossierField f : {DossierField::NgayTiepNhan, DossierField::SubmittedDate}) {
        const QDate d = WireDate::parse(fields.value(int(f))).date;
        if (d.isValid())
            return d;
    }
    return fallback;
}

} // namespace btxh
