// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListQuery.h"

#include "PlaceCalendar.h"
#include "SearchOrder.h"
#include "SearchText.h"
#include "StoreSchema.h"

#include <algorithm>

namespace btxh {

namespace {

QString fieldColumn(DossierField f) {
    return StoreSchema::quoted(StoreSchema::fieldColumn(FieldTable::dossier().at(int(f))));
}

// The received date's sortable key, and the reform day's: the two sides of the reform in SQL.
QString receivedKeyColumn() {
    return StoreSchema::quoted(
        StoreSchema::keyColumn(FieldTable::dossier().at(int(DossierField::NgayTiepNhan))));
}

QString reformDayKey() {
    return StoreSchema::dateKey(TwoLevelReformDate.startOfDay());
}

} // namespace

QStringList ListQuerySql::caseVariants(const QString &text) {
    QStringList out{QString()};
    for (QChar c : text) {
        const QChar lower = c.toLower(), upper = c.toUpper();
        QStringList next;
        for (const QString &v : out) {
            next << v + lower;
            if (upper != lower)
                next << v + upper;
        }
        if (next.size() > 64)
            return {};
        out = next;
    }
    return text.isEmpty() ? QStringList() : out;
}

QList<std::pair<QString, QString>> ListQuerySql::codeRanges(const QString &codePrefix) {
    return codeRanges(caseVariants(codePrefix));
}

QList<std::pair<QString, QString>> ListQuerySql::codeRanges(QStringList prefixes) {
    // The codes that begin with a prefix lie between it and the same text with its last character one higher
    // (ASCII, so UTF-8 bytes and characters agree): ranges of the code's index. Sorted, a prefix that another
    // begins follows it at once (or after others it begins too), and its range lies inside: left out, the
    // rest do not overlap.
    std::sort(prefixes.begin(), prefixes.end());
    QList<std::pair<QString, QString>> out;
    QString kept;
    for (const QString &p : std::as_const(prefixes)) {
        if (p.isEmpty() || (!kept.isEmpty() && p.startsWith(kept)))
            continue;
        kept = p;
        QString end = p;
        end.back() = QChar(end.back().unicode() + 1);
        out << std::pair{p, end};
    }
    return out;
}

QString ListQuerySql::placeListExpression(QVariantList *values) {
    // NULL < ? is not true: an undated dossier falls to the ELSE, today's list.
    *values << reformDayKey() << PlaceCalendar::listKey(GsoList::Units2024)
            << PlaceCalendar::listKey(GsoList::Units2025);
    return QStringLiteral("CASE WHEN %1 < ? THEN ? ELSE ? END").arg(receivedKeyColumn());
}

QString ListQuerySql::placeholders(qsizetype n) {
    return QStringList(n, QStringLiteral("?")).join(u',');
}

QStringList ListQuerySql::metaSortColumns() {
    return {QStringLiteral("code"),       QStringLiteral("sync_state"), QStringLiteral("updated_at"),
            QStringLiteral("created_at"), QStringLiteral("deadline"),   givenNameSortColumn()};
}

QString ListQuerySql::sortExpression(const QString &sortColumn) {
    const QString name = sortColumn.trimmed();
    if (name.compare(QLatin1StringView("deadline"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("due_date");
    if (name.compare(givenNameSortColumn(), Qt::CaseInsensitive) == 0)
        return StoreSchema::sortKeysTable() + u'.' + StoreSchema::quoted(StoreSchema::givenNameKeyColumn());
    for (const QString &meta : metaSortColumns())
        if (meta.compare(name, Qt::CaseInsensitive) == 0)
            return meta;
    const FieldSpec *spec = FieldTable::dossier().find(name);
    if (!spec || spec->kind == FieldKind::Xml)
        return {};
    // MaHoSo is also kept, trimmed, in the unique `code` column: sort by its index.
    if (spec->id == int(DossierField::MaHoSo))
        return QStringLiteral("code");
    if (StoreSchema::hasCollationKey(*spec))
        return StoreSchema::sortKeysTable() + u'.' +
               StoreSchema::quoted(StoreSchema::collationKeyColumn(*spec));
    return StoreSchema::quoted(StoreSchema::hasKeyColumn(*spec) ? StoreSchema::keyColumn(*spec)
                                                                : StoreSchema::fieldColumn(*spec));
}

bool ListQuerySql::usesSortKeys(const QString &sortExpression) {
    return sortExpression.startsWith(StoreSchema::sortKeysTable() + u'.');
}

bool ListQuerySql::indexHoldsCode(const QString &sortExpression) {
    return sortExpression == u"code" ||
           sortExpression == ListQuerySql::sortExpression(QStringLiteral("NgayTiepNhan"));
}

QString ListQuerySql::sortKeysJoin() {
    // Every dossier has its row of keys (written with it, in the same transaction).
    return QStringLiteral(" JOIN %1 ON %1.id = dossiers.id").arg(StoreSchema::sortKeysTable());
}

QString ListQuerySql::sortKeysId() {
    return StoreSchema::sortKeysTable() + QStringLiteral(".id");
}

void ListQuerySql::addFilter(const ListFilter &filter, const QDateTime &now) {
    if (!filter.statuses.isEmpty()) {
        m_conditions << QStringLiteral("%1 IN (%2)")
                            .arg(fieldColumn(DossierField::StatusId), placeholders(filter.statuses.size()));
        for (const QString &s : filter.statuses)
            m_values << s.trimmed();
    }
    const std::pair<DossierField, QString> exact[] = {
        {DossierField::MaTTHC, filter.procedure},
        {DossierField::MaTinh, filter.province},
        {DossierField::MaHuyen, filter.district},
        {DossierField::MaXa, filter.commune},
    };
    for (const auto &[field, value] : exact) {
        if (value.trimmed().isEmpty())
            continue;
        m_conditions << fieldColumn(field) + QStringLiteral(" = ?");
        m_values << value.trimmed();
    }
    if (filter.areaList) {
        // Undated dossiers are new ones, read in today's two-level world like PlaceCalendar::listOn does.
        const QString received = receivedKeyColumn();
        if (PlaceCalendar::isTwoLevel(*filter.areaList))
            m_conditions << QStringLiteral("(%1 IS NULL OR %1 >= ?)").arg(received);
        else
            m_conditions << received + QStringLiteral(" < ?");
        m_values << reformDayKey();
    }
    if (!filter.syncStates.isEmpty()) {
        m_conditions << QStringLiteral("sync_state IN (%1)").arg(placeholders(filter.syncStates.size()));
        for (SyncState s : filter.syncStates)
            m_values << syncStateName(s);
    }
    const FieldSpec &dateSpec = FieldTable::dossier().at(int(filter.dateField));
    if ((filter.from.isValid() || filter.to.isValid()) && StoreSchema::hasKeyColumn(dateSpec)) {
        const QString key = StoreSchema::quoted(StoreSchema::keyColumn(dateSpec));
        if (filter.from.isValid()) {
            m_conditions << key + QStringLiteral(" >= ?");
            m_values << StoreSchema::dateKey(filter.from.startOfDay());
        }
        if (filter.to.isValid()) {
            m_conditions << key + QStringLiteral(" <= ?");
            m_values << StoreSchema::dateKey(QDateTime(filter.to, QTime(23, 59, 59)));
        }
    }
    if (filter.deadline != DeadlineFilter::Any)
        m_conditions << DeadlineSql::condition(m_dialect, filter.deadline, now.toLocalTime().date());
    if (!m_dialect.isSqlite()) {
        if (m_matchingIds) {
            QStringList ids;
            ids.reserve(m_matchingIds->size());
            for (qint64 id : std::as_const(*m_matchingIds))
                ids << QString::number(id);
            m_conditions << m_id + QStringLiteral(" = ANY(CAST(? AS BIGINT[]))");
            m_values << QString(u'{' + ids.join(u',') + u'}');
        }
        return;
    }
    const QString codePrefix = SearchText::dossierCodePrefix(filter.search);
    const QList<std::pair<QString, QString>> codeRanges =
        m_codeRanges ? ListQuerySql::codeRanges(codePrefix) : QList<std::pair<QString, QString>>();
    if (!codePrefix.isEmpty() && !codeRanges.isEmpty()) {
        QStringList ranges;
        for (const auto &[from, to] : codeRanges) {
            ranges << QStringLiteral("(dossiers.code >= ? AND dossiers.code < ?)");
            m_values << from << to;
        }
        m_conditions << u'(' + ranges.join(QStringLiteral(" OR ")) + u')';
    } else if (!codePrefix.isEmpty()) {
        // LIKE ignores the case of ASCII letters; the prefix holds no % or _ (dossierCodePrefix).
        m_conditions << QStringLiteral("dossiers.code LIKE ?");
        m_values << QString(codePrefix + u'%');
    }
    const QString match = SearchText::matchExpression(filter.search);
    if (!match.isEmpty() && m_searchJoined) {
        m_conditions << QStringLiteral("dossier_search MATCH ?");
        m_values << match;
    } else if (!match.isEmpty() && (codePrefix.isEmpty() || m_narrowCodeSearch)) {
        // "+id" keeps SQLite from driving the query by the matches' rowids, so it walks the sort index.
        m_conditions << (m_wideSearch ? u'+' + m_id : m_id) +
                            QStringLiteral(" IN (SELECT %1 FROM dossier_search WHERE dossier_search MATCH ?)")
                                .arg(SearchOrder::idOf(QStringLiteral("rowid")));
        m_values << match;
    }
}

void ListQuerySql::addCursor(const QString &expr, bool descending, const ListCursor &cursor) {
    // SQLite sorts NULL first ascending and last descending; the row-value comparisons let it seek the index.
    if (cursor.sortValue.isNull()) {
        if (descending) {
            m_conditions << QStringLiteral("(%1 IS NULL AND %2 < ?)").arg(expr, m_id);
        } else {
            m_conditions << QStringLiteral("((%1 IS NULL AND %2 > ?) OR %1 IS NOT NULL)").arg(expr, m_id);
        }
        m_values << cursor.id;
        return;
    }
    if (descending)
        m_conditions << QStringLiteral("((%1, %2) < (?, ?) OR %1 IS NULL)").arg(expr, m_id);
    else
        m_conditions << QStringLiteral("(%1, %2) > (?, ?)").arg(expr, m_id);
    m_values << cursor.sortValue << cursor.id;
}

QString ListQuerySql::whereClause() const {
    if (m_conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + m_conditions.join(QStringLiteral(" AND "));
}

} // namespace btxh
