// SPDX-License-Identifier: GPL-3.0-or-later
#include "AreaFilterChoices.h"

#include "PlaceCalendar.h"
#include "PlacePicker.h"

namespace btxh::app {

namespace {

QString choice(GsoList list, QStringView kind, const QString &code) {
    return PlaceCalendar::listKey(list) + u'|' + kind + code;
}

} // namespace

QList<std::pair<QString, QString>> AreaFilterChoices::choices(const SyncArea &office, GsoList officeList) {
    const GsoList today = PlaceCalendar::isTwoLevel(officeList) ? officeList : GsoList::Units2025;
    const GsoList yesterday = PlaceCalendar::isTwoLevel(officeList) ? GsoList::Units2024 : officeList;
    // The office's own list comes first: that is where its work is.
    const bool officeInToday = PlaceCalendar::isTwoLevel(officeList);
    QList<std::pair<QString, QString>> out = section(office, officeInToday ? today : yesterday, true);
    out << section(office, officeInToday ? yesterday : today, false);
    return out;
}

// One list's choices: the whole period, then the office's province and its units as that list has them.
// `narrow` keeps the office's district and commune; the other list gets the province's units only.
QList<std::pair<QString, QString>> AreaFilterChoices::section(const SyncArea &office, GsoList list,
                                                              bool narrow) {
    const QString reform = TwoLevelReformDate.toString(QStringLiteral("dd/MM/yyyy"));
    QList<std::pair<QString, QString>> out;
    out << std::pair{choice(list, u"", QString()),
                     PlaceCalendar::isTwoLevel(list)
                         ? tr("Received from %1 (2025 two-level list)").arg(reform)
                         : tr("Received before %1 (2024 three-level list)").arg(reform)};
    const GsoDirectory &gso = GsoDirectory::get(list);
    const GsoUnit *province = gso.province(office.province);
    if (!province)
        return out;
    const QString indent = QStringLiteral("   ");
    out << std::pair{choice(list, u"P:", province->code), indent + province->name};
    const GsoUnit *district = narrow && gso.hasDistricts() ? gso.district(office.district) : nullptr;
    if (district) {
        out << std::pair{choice(list, u"D:", district->code), indent + indent + district->name};
        for (const CodeComboBox::Entry &e : PlacePicker::entries(gso.communesOf(district->code)))
            out << std::pair{choice(list, u"C:", e.code), indent + indent + indent + e.name};
        return out;
    }
    const auto children =
        gso.hasDistricts() ? gso.districtsOf(province->code) : gso.communesOf(province->code);
    const QStringView kind = gso.hasDistricts() ? u"D:" : u"C:";
    for (const CodeComboBox::Entry &e : PlacePicker::entries(children))
        out << std::pair{choice(list, kind, e.code), indent + indent + e.name};
    return out;
}

void AreaFilterChoices::apply(const QString &value, ListFilter &filter) {
    const qsizetype bar = value.indexOf(u'|');
    if (bar < 0)
        return;
    const std::optional<GsoList> list = PlaceCalendar::listFromKey(value.left(bar));
    if (!list)
        return;
    filter.areaList = list;
    const QString rest = value.mid(bar + 1);
    const QString code = rest.mid(2);
    if (rest.startsWith(u"P:"))
        filter.province = code;
    else if (rest.startsWith(u"D:"))
        filter.district = code;
    else if (rest.startsWith(u"C:"))
        filter.commune = code;
}

} // namespace btxh::app
