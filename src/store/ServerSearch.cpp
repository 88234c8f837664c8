// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerSearch.h"

#include "SearchMatcher.h"
#include "SearchText.h"
#include "ServerConnection.h"
#include "SqlDialect.h"

#include <QSqlQuery>
#include <algorithm>

namespace btxh {

namespace {

constexpr QChar LikeEscape = u'\\';

} // namespace

QString ServerSearch::likeEscaped(const QString &text) {
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'%' || c == u'_' || c == LikeEscape)
            out.append(LikeEscape);
        out.append(c);
    }
    return out;
}

QString ServerSearch::candidatesSql(const QList<QStringList> &phrases, QVariantList *values) {
    if (phrases.isEmpty())
        return {};
    QStringList conditions;
    for (const QStringList &parts : phrases) {
        QStringList escaped;
        for (const QString &part : parts)
            escaped << likeEscaped(part);
        // A superset of the phrase's tokens in a row: its parts in order, anywhere.
        conditions << QStringLiteral("text LIKE ? ESCAPE '%1'").arg(LikeEscape);
        values->append(QString(u'%' + escaped.join(u'%') + u'%'));
    }
    return QStringLiteral("SELECT id, text FROM %1 WHERE %2")
        .arg(SqlDialect::searchTable(), conditions.join(QStringLiteral(" AND ")));
}

QString ServerSearch::codePrefixSql(const QString &codePrefix, QVariantList *values) {
    values->append(QString(likeEscaped(codePrefix) + u'%'));
    return QStringLiteral("SELECT id FROM dossiers WHERE code %1 ? ESCAPE '%2'")
        .arg(SqlDialect::postgreSql().caseInsensitiveLike())
        .arg(LikeEscape);
}

StoreResult<QList<qint64>> ServerSearch::matchingIds(QSqlDatabase &db, QStringView userText,
                                                     const DatabaseLocation &location) {
    QVariantList values;
    const QString codePrefix = SearchText::dossierCodePrefix(userText);
    const QList<QStringList> phrases = SearchText::phrases(userText);
    QString sql;
    if (!codePrefix.isEmpty())
        sql = codePrefixSql(codePrefix, &values);
    else if (!phrases.isEmpty())
        sql = candidatesSql(phrases, &values);
    else
        sql = QStringLiteral("SELECT id FROM dossiers");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return ServerConnection::classify(q.lastError(), location);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return ServerConnection::classify(q.lastError(), location);
    const bool check = codePrefix.isEmpty() && !phrases.isEmpty();
    const SearchMatcher matcher(phrases);
    QList<qint64> ids;
    while (q.next())
        if (!check || matcher.matches(q.value(1).toString()))
            ids << q.value(0).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

StoreResult<std::optional<QList<qint64>>> ServerSearch::filterIds(QSqlDatabase &db, QStringView userText,
                                                                  const DatabaseLocation &location) {
    if (SearchText::matchExpression(userText).isEmpty() && SearchText::dossierCodePrefix(userText).isEmpty())
        return std::optional<QList<qint64>>();
    StoreResult<QList<qint64>> ids = matchingIds(db, userText, location);
    if (!ids)
        return ids.error();
    return std::optional<QList<qint64>>(*std::move(ids));
}

} // namespace btxh
