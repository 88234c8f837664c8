// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportQuery.h"

#include "FieldTable.h"
#include "StoreColumns.h"
#include "StoreSchema.h"

namespace btxh {

ReportQuery ReportQuery::forPeriod(const QDate &from, const QDate &to, const QString &province,
                                   const QString &commune, ReportGrouping by, const QDate &today) {
    ReportQuery q;
    q.filter.dateField = DossierField::NgayTiepNhan;
    q.filter.from = from;
    q.filter.to = to;
    q.filter.province = province.trimmed();
    q.filter.commune = commune.trimmed();
    q.by = by;
    q.today = today;
    return q;
}

QString ReportQuery::groupingName(ReportGrouping by) {
    switch (by) {
    case ReportGrouping::Procedure:
        return QStringLiteral("procedure");
    case ReportGrouping::Commune:
        return QStringLiteral("commune");
    case ReportGrouping::Month:
        return QStringLiteral("month");
    case ReportGrouping::Status:
        return QStringLiteral("status");
    }
    return {};
}

std::optional<ReportGrouping> ReportQuery::groupingFromName(const QString &name) {
    for (ReportGrouping g :
         {ReportGrouping::Procedure, ReportGrouping::Commune, ReportGrouping::Month, ReportGrouping::Status})
        if (groupingName(g) == name.trimmed().toLower())
            return g;
    return std::nullopt;
}

QString ReportQuery::groupExpression(ReportGrouping by, const SqlDialect &dialect) {
    // substr() is the same function on both backends: a received key's yyyy-MM.
    switch (by) {
    case ReportGrouping::Procedure:
        return dialect.ifNull(columns::of(DossierField::MaTTHC), QStringLiteral("''"));
    case ReportGrouping::Commune:
        return dialect.ifNull(columns::of(DossierField::MaXa), QStringLiteral("''"));
    case ReportGrouping::Month:
        return dialect.ifNull(
            QStringLiteral("substr(%1, 1, 7)").arg(columns::keyOf(DossierField::NgayTiepNhan)),
            QStringLiteral("''"));
    case ReportGrouping::Status:
        return dialect.ifNull(columns::of(DossierField::StatusId), QStringLiteral("''"));
    }
    return {};
}

QString ReportQuery::listExpression(ReportGrouping by, QVariantList *values) {
    if (by == ReportGrouping::Commune)
        return ListQuerySql::placeListExpression(values);
    return QStringLiteral("NULL");
}

ListFilter ReportQuery::drillDown(const ReportRow *row, DeadlineFilter measure) const {
    ListFilter f = filter;
    f.deadline = measure;
    if (!row || row->key.isEmpty())
        return f;
    const QString &rowKey = row->key;
    switch (by) {
    case ReportGrouping::Procedure:
        f.procedure = rowKey;
        break;
    case ReportGrouping::Commune:
        f.commune = rowKey;
        if (row->list)
            f.areaList = row->list;
        break;
    case ReportGrouping::Month: {
        const QDate first = QDate::fromString(rowKey + QStringLiteral("-01"), Qt::ISODate);
        if (first.isValid()) {
            const QDate last = first.addMonths(1).addDays(-1);
            f.from = filter.from.isValid() ? std::max(filter.from, first) : first;
            f.to = filter.to.isValid() ? std::min(filter.to, last) : last;
        }
        break;
    }
    case ReportGrouping::Status:
        f.statuses = {rowKey};
        break;
    }
    return f;
}

std::optional<double> ReportCounts::onTimeRate() const {
    const qint64 judged = onTime + late;
    if (judged == 0)
        return std::nullopt;
    return double(onTime) / double(judged);
}

ReportCounts &ReportCounts::operator+=(const ReportCounts &o) {
    received += o.received;
    finished += o.finished;
    onTime += o.onTime;
    late += o.late;
    inProgress += o.inProgress;
    withinDeadline += o.withinDeadline;
    overdue += o.overdue;
    return *this;
}

} // namespace btxh
