// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeadlineSql.h"

#include "DossierCodes.h"
#include "FieldTable.h"
#include "Fields.h"
#include "ListQuery.h"
#include "StoreColumns.h"
#include "StoreSchema.h"

#include <QStringList>

namespace btxh {

QString DeadlineSql::isFinishedStatus(const SqlDialect &dialect, const QString &column) {
    QStringList codes;
    for (QLatin1StringView s : DossierStatus::Finished)
        codes << u'\'' + QString(s) + u'\'';
    return QStringLiteral("%1 IN (%2)").arg(dialect.ifNull(column, QStringLiteral("''")), codes.join(u','));
}

QString DeadlineSql::finished(const SqlDialect &dialect) {
    return isFinishedStatus(dialect, columns::of(DossierField::StatusId));
}

QString DeadlineSql::dateLiteral(const QDate &day) {
    return u'\'' + day.toString(Qt::ISODate) + u'\'';
}

QString DeadlineSql::condition(const SqlDialect &dialect, DeadlineFilter filter, const QDate &today) {
    const QString f = finished(dialect);
    switch (filter) {
    case DeadlineFilter::Any:
        break;
    case DeadlineFilter::Finished:
        return f;
    case DeadlineFilter::OnTime:
        return QStringLiteral("(%1 AND finished_on <= due_date)").arg(f);
    case DeadlineFilter::Late:
        return QStringLiteral("(%1 AND finished_on > due_date)").arg(f);
    case DeadlineFilter::InProgress:
        return QStringLiteral("NOT %1").arg(f);
    case DeadlineFilter::WithinDeadline:
        return QStringLiteral("(NOT %1 AND due_date >= %2)").arg(f, dateLiteral(today));
    case DeadlineFilter::Overdue:
        return QStringLiteral("(NOT %1 AND due_date < %2)").arg(f, dateLiteral(today));
    }
    return dialect.isSqlite() ? QStringLiteral("1") : QStringLiteral("TRUE");
}

} // namespace btxh
