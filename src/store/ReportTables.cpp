// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTables.h"

#include "Catalogues.h"
#include "PlaceCalendar.h"

namespace btxh {

namespace {

struct Measure {
    const char *key;
    DeadlineFilter filter;
};

// After the code and name columns, in ReportCounts' order.
constexpr Measure Measures[] = {
    {"received", DeadlineFilter::Any},          {"finished", DeadlineFilter::Finished},
    {"onTime", DeadlineFilter::OnTime},         {"late", DeadlineFilter::Late},
    {"inProgress", DeadlineFilter::InProgress}, {"withinDeadline", DeadlineFilter::WithinDeadline},
    {"overdue", DeadlineFilter::Overdue},
};
constexpr int MeasureCount = int(sizeof(Measures) / sizeof(Measures[0]));

QString measureHeader(int i) {
    switch (i) {
    case 0:
        return ReportTables::tr("Received");
    case 1:
        return ReportTables::tr("Finished");
    case 2:
        return ReportTables::tr("Finished on time");
    case 3:
        return ReportTables::tr("Finished late");
    case 4:
        return ReportTables::tr("In progress");
    case 5:
        return ReportTables::tr("Within the deadline");
    case 6:
        return ReportTables::tr("Overdue");
    default:
        break;
    }
    return {};
}

QVariantList countsRow(const QString &code, const QString &name, const ReportCounts &c) {
    QVariantList row{code, name};
    for (qint64 v : {c.received, c.finished, c.onTime, c.late, c.inProgress, c.withinDeadline, c.overdue})
        row << QVariant(v);
    const std::optional<double> rate = c.onTimeRate();
    row << (rate ? QVariant(*rate) : QVariant());
    return row;
}

// Which side of the reform a list's reading counts: "2024 list, received before 01/07/2025".
QString listScope(GsoList list) {
    const QString reform = TwoLevelReformDate.toString(QStringLiteral("dd/MM/yyyy"));
    return PlaceCalendar::isTwoLevel(list)
               ? ReportTables::tr("%1 list, received from %2").arg(PlaceCalendar::listKey(list), reform)
               : ReportTables::tr("%1 list, received before %2").arg(PlaceCalendar::listKey(list), reform);
}

// An area of the report's filter: its code, and when the filter reads it in one list, its name there too.
QString areaText(PlaceLevel level, const QString &code, const std::optional<GsoList> &list) {
    if (!list)
        return code;
    return ReportTables::tr("%1 (%2)").arg(PlaceCalendar::codeAndName(level, code, *list), listScope(*list));
}

} // namespace

QString ReportTables::groupingTitle(ReportGrouping by) {
    switch (by) {
    case ReportGrouping::Procedure:
        return tr("Dossiers by procedure");
    case ReportGrouping::Commune:
        return tr("Dossiers by commune");
    case ReportGrouping::Month:
        return tr("Dossiers by month received");
    case ReportGrouping::Status:
        return tr("Dossiers by status");
    }
    return {};
}

QString ReportTables::periodText(const ReportQuery &query) {
    const ListFilter &f = query.filter;
    QString text =
        tr("Received from %1 to %2")
            .arg(f.from.isValid() ? f.from.toString(QStringLiteral("dd/MM/yyyy")) : tr("the first"),
                 f.to.isValid() ? f.to.toString(QStringLiteral("dd/MM/yyyy")) : tr("the last"));
    if (!f.commune.isEmpty())
        text += tr(", commune %1").arg(areaText(PlaceLevel::Commune, f.commune, f.areaList));
    else if (!f.district.isEmpty())
        text += tr(", district %1").arg(areaText(PlaceLevel::District, f.district, f.areaList));
    else if (!f.province.isEmpty())
        text += tr(", province %1").arg(areaText(PlaceLevel::Province, f.province, f.areaList));
    else if (f.areaList)
        text += tr(", all units of the %1").arg(listScope(*f.areaList));
    return text + tr("; deadlines as of %1").arg(query.today.toString(QStringLiteral("dd/MM/yyyy")));
}

QString ReportTables::groupLabel(ReportGrouping by, const ReportRow &row) {
    const QString &key = row.key;
    if (by == ReportGrouping::Commune && row.list) {
        const QString list = PlaceCalendar::listKey(*row.list);
        if (key.isEmpty())
            return tr("(not given, %1 list)").arg(list);
        const GsoUnit *u = PlaceCalendar::unit(PlaceLevel::Commune, key, *row.list);
        return u ? tr("%1 %2 (%3)", "commune code, its name, the GSO list's year").arg(key, u->name, list)
                 : tr("%1 (not in the %2 list)").arg(key, list);
    }
    if (key.isEmpty())
        return tr("(not given)");
    switch (by) {
    case ReportGrouping::Procedure: {
        const QString name = Catalogues::instance().name(u"procedure", key);
        return name.isEmpty() ? key : name;
    }
    case ReportGrouping::Commune:
        return key;
    case ReportGrouping::Month: {
        const QDate first = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
        return first.isValid() ? first.toString(QStringLiteral("MM/yyyy")) : key;
    }
    case ReportGrouping::Status: {
        const QString name = Catalogues::instance().name(u"status", key);
        return name.isEmpty() ? key : name;
    }
    }
    return key;
}

ReportTable ReportTables::counts(const ReportResult &result) {
    ReportTable t;
    t.title = groupingTitle(result.query.by);
    t.subtitle = periodText(result.query);
    t.columns << ReportColumn{QStringLiteral("code"), tr("Code"), ReportColumn::Kind::Text}
              << ReportColumn{QStringLiteral("name"), tr("Name"), ReportColumn::Kind::Text};
    for (int i = 0; i < MeasureCount; ++i)
        t.columns << ReportColumn{QString::fromLatin1(Measures[i].key), measureHeader(i),
                                  ReportColumn::Kind::Count};
    t.columns << ReportColumn{QStringLiteral("onTimeRate"), tr("On-time rate"), ReportColumn::Kind::Rate};
    const bool byCommune = result.query.by == ReportGrouping::Commune;
    if (byCommune)
        t.columns << ReportColumn{QStringLiteral("units"), tr("GSO list"), ReportColumn::Kind::Text};
    for (const ReportRow &r : result.rows) {
        t.rows << countsRow(r.key, groupLabel(result.query.by, r), r.counts);
        if (byCommune)
            t.rows.last() << (r.list ? PlaceCalendar::listKey(*r.list) : QString());
    }
    t.rows << countsRow(QString(), tr("Total"), result.total);
    if (byCommune)
        t.rows.last() << QString();
    return t;
}

ReportTable ReportTables::overdue(const ReportResult &result) {
    ReportTable t;
    t.title = tr("Overdue dossiers");
    t.subtitle = periodText(result.query);
    t.columns << ReportColumn{QStringLiteral("code"), tr("MaHoSo"), ReportColumn::Kind::Text}
              << ReportColumn{QStringLiteral("name"), tr("Applicant"), ReportColumn::Kind::Text}
              << ReportColumn{QStringLiteral("procedure"), tr("Procedure"), ReportColumn::Kind::Text}
              << ReportColumn{QStringLiteral("commune"), tr("Commune"), ReportColumn::Kind::Text}
              << ReportColumn{QStringLiteral("received"), tr("Received"), ReportColumn::Kind::Date}
              << ReportColumn{QStringLiteral("due"), tr("Legal deadline"), ReportColumn::Kind::Date}
              << ReportColumn{QStringLiteral("dueSource"), tr("Deadline from"), ReportColumn::Kind::Text}
              << ReportColumn{QStringLiteral("daysOverdue"), tr("Days overdue"), ReportColumn::Kind::Count};
    for (const OverdueDossier &o : result.overdue) {
        t.rows << QVariantList{
            o.code,
            o.name,
            o.procedure,
            PlaceCalendar::displayName(PlaceLevel::Commune, o.commune, PlaceCalendar::listOn(o.received)),
            o.received,
            o.due,
            DossierDeadline::sourceLabel(o.source),
            QVariant(qint64(o.due.daysTo(result.query.today)))};
    }
    return t;
}

QString ReportTables::measureLabel(DeadlineFilter measure) {
    for (int i = 0; i < MeasureCount; ++i)
        if (Measures[i].filter == measure)
            return measureHeader(i);
    return {};
}

DeadlineFilter ReportTables::measureOf(int column) {
    const int i = column - firstCountColumn();
    return i >= 0 && i < MeasureCount ? Measures[i].filter : DeadlineFilter::Any;
}

bool ReportTables::isCountColumn(int column) {
    const int i = column - firstCountColumn();
    return i >= 0 && i < MeasureCount;
}

} // namespace btxh
