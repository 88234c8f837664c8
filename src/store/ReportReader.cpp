// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportReader.h"

#include "BoundQuery.h"
#include "FieldTable.h"
#include "PlaceCalendar.h"
#include "ServerSearch.h"
#include "StoreColumns.h"
#include "StoreLog.h"
#include "StoreSchema.h"

#include <QSqlQuery>

namespace btxh {

namespace {

QString countOf(const QString &condition) {
    return QStringLiteral("SUM(CASE WHEN %1 THEN 1 ELSE 0 END)").arg(condition);
}

// The measures in ReportCounts' order, after COUNT(*) for `received`.
const DeadlineFilter Measures[] = {DeadlineFilter::Finished,       DeadlineFilter::OnTime,
                                   DeadlineFilter::Late,           DeadlineFilter::InProgress,
                                   DeadlineFilter::WithinDeadline, DeadlineFilter::Overdue};

ListQuerySql filterSql(const ListFilter &filter, const QDate &today, const SqlDialect &dialect,
                       const std::optional<QList<qint64>> &matchingIds) {
    ListQuerySql sql;
    sql.setDialect(dialect);
    if (matchingIds)
        sql.setMatchingIds(*matchingIds);
    sql.addFilter(filter, today.startOfDay());
    return sql;
}

} // namespace

ReportReader::ReportReader(QSqlDatabase db)
    : m_db(std::move(db))
    , m_dialect(SqlDialect::of(m_db)) {}

bool ReportReader::run(QSqlQuery &q, const QString &text, const QVariantList &values) {
    return BoundQuery::run(q, text, values, &m_sqlError);
}

QString ReportReader::countsSql(const ReportQuery &query, QVariantList *values, const SqlDialect &dialect,
                                const std::optional<QList<qint64>> &matchingIds) {
    const ListQuerySql sql = filterSql(query.filter, query.today, dialect, matchingIds);
    values->clear();
    // The select list's values come first: they are bound in the order their marks appear.
    const QString list = ReportQuery::listExpression(query.by, values);
    *values << sql.values();
    QStringList measures{QStringLiteral("COUNT(*)")};
    for (DeadlineFilter m : Measures)
        measures << countOf(DeadlineSql::condition(dialect, m, query.today));
    return QStringLiteral("SELECT %1 AS g, %2 AS l, %3 FROM dossiers%4 GROUP BY g, l ORDER BY g, l")
        .arg(ReportQuery::groupExpression(query.by, dialect), list, measures.join(QStringLiteral(", ")),
             sql.whereClause());
}

std::optional<ReportResult> ReportReader::read(const ReportQuery &query, const Progress &progress) {
    m_sqlError = {};
    m_error = {};
    constexpr int Steps = 2;
    ReportResult result;
    result.query = query;
    if (progress && !progress(0, Steps))
        return std::nullopt;
    // On the server the search is answered once, before both statements (SQLite's is a condition of each).
    std::optional<QList<qint64>> matchingIds;
    if (!m_dialect.isSqlite()) {
        StoreResult<std::optional<QList<qint64>>> ids =
            ServerSearch::filterIds(m_db, query.filter.search, m_server);
        if (!ids) {
            m_error = ids.error();
            return std::nullopt;
        }
        matchingIds = *std::move(ids);
    }
    {
        QVariantList values;
        const QString text = countsSql(query, &values, m_dialect, matchingIds);
        QSqlQuery q(m_db);
        if (!run(q, text, values))
            return std::nullopt;
        while (q.next()) {
            ReportRow row;
            row.key = q.value(0).toString();
            if (!q.isNull(1))
                row.list = PlaceCalendar::listFromKey(q.value(1).toString());
            qint64 *fields[] = {&row.counts.received, &row.counts.finished,   &row.counts.onTime,
                                &row.counts.late,     &row.counts.inProgress, &row.counts.withinDeadline,
                                &row.counts.overdue};
            for (int i = 0; i < 7; ++i)
                *fields[i] = q.value(i + 2).toLongLong();
            result.total += row.counts;
            result.rows << row;
        }
        if (q.lastError().isValid()) {
            m_sqlError = q.lastError();
            return std::nullopt;
        }
    }
    if (progress && !progress(1, Steps))
        return std::nullopt;
    {
        ListFilter f = query.filter;
        f.deadline = DeadlineFilter::Overdue;
        const ListQuerySql sql = filterSql(f, query.today, m_dialect, matchingIds);
        // The most overdue are chosen first and only their rows read: on SQLite from the report's covering
        // index alone; PostgreSQL walks dossiers_due in order, checking each row against the filter.
        const QString text =
            QStringLiteral("SELECT code, %1, %2, %3, substr(%4, 1, 10), due_date, due_source FROM dossiers "
                           "WHERE id IN (SELECT id FROM dossiers%5 ORDER BY due_date, id LIMIT %6) "
                           "ORDER BY due_date, id")
                .arg(columns::of(DossierField::HoVaTen), columns::of(DossierField::MaTTHC),
                     columns::of(DossierField::MaXa), columns::keyOf(DossierField::NgayTiepNhan),
                     sql.whereClause())
                .arg(std::max(0, query.overdueLimit));
        QSqlQuery q(m_db);
        if (!run(q, text, sql.values()))
            return std::nullopt;
        while (q.next()) {
            OverdueDossier o;
            o.code = q.value(0).toString();
            o.name = q.value(1).toString();
            o.procedure = q.value(2).toString();
            o.commune = q.value(3).toString();
            o.received = QDate::fromString(q.value(4).toString(), Qt::ISODate);
            o.due = QDate::fromString(q.value(5).toString(), Qt::ISODate);
            o.source = DossierDeadline::sourceFromKey(q.value(6).toString());
            result.overdue << o;
        }
        if (q.lastError().isValid()) {
            m_sqlError = q.lastError();
            return std::nullopt;
        }
    }
    if (progress)
        progress(Steps, Steps);
    qCDebug(lcStore) << "report counted" << result.total.received << "dossiers in" << result.rows.size()
                     << "groups";
    return result;
}

} // namespace btxh
