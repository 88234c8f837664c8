// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatabaseLocation.h"
#include "StoreResult.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QStringView>
#include <QVariantList>
#include <optional>

namespace btxh {

// The case list's search on an office's PostgreSQL database: the dossiers a search finds, the same ones the
// SQLite store's FTS5 index finds for the same typed text.
//
// Both hold the same folded text (SearchText::fold, in C++) and fold the query the same way. PostgreSQL has
// no FTS5 tokens, so the answer comes in two steps: the trigram index (pg_trgm, dossier_search_trigrams)
// narrows the rows to those holding each typed word's parts, in order, anywhere in the text (LIKE
// '%nguyen%van%'); then SearchMatcher, which answers as FTS5's MATCH does (tst_searchtext compares the two),
// keeps the rows whose tokens match: every word whole but the last, a prefix. A search that begins like a
// dossier code finds the codes beginning with it, in any case, as on SQLite.
class ServerSearch {
public:
    // The statement that narrows the search table to the candidates of `phrases` (SearchText::phrases): it
    // selects id and text; `*values` gets the values to bind, in order. Empty when there is nothing to
    // search.
    static QString candidatesSql(const QList<QStringList> &phrases, QVariantList *values);
    // The statement that finds the dossiers whose code begins with `codePrefix` in any case; binds one value.
    static QString codePrefixSql(const QString &codePrefix, QVariantList *values);

    // The ids of the dossiers `userText` finds, ascending. Everything when it holds nothing to search for.
    static StoreResult<QList<qint64>> matchingIds(QSqlDatabase &db, QStringView userText,
                                                  const DatabaseLocation &location);
    // What a list filter's search stands for in its statement (ListQuerySql::setMatchingIds): the ids
    // matchingIds() finds, or nothing when the text holds nothing to search for (no condition, as on SQLite).
    // One answer for the list, its counts and the reports.
    static StoreResult<std::optional<QList<qint64>>> filterIds(QSqlDatabase &db, QStringView userText,
                                                               const DatabaseLocation &location);

    // Escapes LIKE's wildcards and its escape character in `text`.
    static QString likeEscaped(const QString &text);
};

} // namespace btxh
