// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchCounter.h"

#include "BoundQuery.h"
#include "CodeHeadPhrase.h"
#include "ListQuery.h"
#include "SearchMatcher.h"
#include "SearchOrder.h"
#include "SearchText.h"

#include <QRegularExpression>
#include <algorithm>

namespace btxh {

namespace {

// Codes looked at to judge which side of the ranges is smaller.
constexpr int Samples = 32;
// A search of words is counted from the codes only when at least this share of the sampled codes hold it:
// the dossiers outside are checked one by one.
constexpr double HeldShare = 0.9;
constexpr int MaxHeads = 64;
// Each range outside which dossiers are counted is a term of one sum in one statement, and SQLite refuses an
// expression nested deeper than 1,000 (SQLITE_MAX_EXPR_DEPTH): many beginnings, each with a tail spelt in
// many ways, are left to FTS5.
constexpr int MaxRanges = 256;
// A last word beginning more terms than this is left to FTS5.
constexpr int MaxTerms = 8;

// The index's vocabulary, one row per term with the number of dossiers holding it: a table of the
// connection's own (temp), so the database file is not changed.
const QString &vocabularyTable() {
    static const QString name = QStringLiteral("temp.btxh_search_terms");
    return name;
}

struct Stretch {
    QString where;
    QVariantList values;
};

// The stretches of the code index outside `ranges` (sorted, apart).
QList<Stretch> stretchesOutside(const QList<std::pair<QString, QString>> &ranges) {
    QList<Stretch> out{{QStringLiteral("dossiers.code < ?"), {ranges.constFirst().first}}};
    for (qsizetype i = 0; i + 1 < ranges.size(); ++i)
        out << Stretch{QStringLiteral("dossiers.code >= ? AND dossiers.code < ?"),
                       {ranges.at(i).second, ranges.at(i + 1).first}};
    out << Stretch{QStringLiteral("dossiers.code >= ?"), {ranges.constLast().second}};
    return out;
}

bool inRanges(const QString &code, const QList<std::pair<QString, QString>> &ranges) {
    return std::any_of(ranges.cbegin(), ranges.cend(),
                       [&](const auto &r) { return code >= r.first && code < r.second; });
}

// Text that may be a code's parts from one of them on: a letter or digit first, then at least one dot or
// hyphen, nothing but those. (Without one, it is a word like any other.)
bool looksLikeCodeTail(const QString &typed) {
    static const QRegularExpression re(QStringLiteral("^[0-9A-Za-z]+[.-][0-9A-Za-z.-]*$"));
    return re.match(typed).hasMatch();
}

} // namespace

SearchCounter::SearchCounter(QSqlDatabase db, int narrowRows)
    : m_db(std::move(db))
    , m_narrowRows(narrowRows) {}

std::optional<qint64> SearchCounter::number(const QString &text, const QVariantList &values, bool *failed) {
    const std::optional<qint64> n = BoundQuery::number(m_db, text, values, &m_sqlError);
    if (!n)
        *failed = true;
    return n;
}

std::optional<QVariantList> SearchCounter::row(const QString &text, const QVariantList &values,
                                               bool *failed) {
    std::optional<QVariantList> r = BoundQuery::row(m_db, text, values, &m_sqlError);
    if (!r)
        *failed = true;
    return r;
}

std::optional<QStringList> SearchCounter::sampleCodes(bool *failed) {
    if (m_sample)
        return m_sample;
    QSqlQuery q(m_db);
    if (!BoundQuery::run(
            q,
            QStringLiteral("WITH RECURSIVE k(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM k WHERE "
                           "i + 1 < ?) SELECT (SELECT code FROM dossiers WHERE id >= lo + (hi - "
                           "lo) * i / ? ORDER BY id LIMIT 1) FROM k, (SELECT (SELECT min(id) FROM "
                           "dossiers) AS lo, (SELECT max(id) FROM dossiers) AS hi)"),
            {Samples, Samples - 1}, &m_sqlError)) {
        *failed = true;
        return std::nullopt;
    }
    QStringList codes;
    while (q.next())
        if (!q.value(0).isNull())
            codes << q.value(0).toString();
    if (!BoundQuery::finished(q, &m_sqlError)) {
        *failed = true;
        return std::nullopt;
    }
    m_sample = codes;
    return codes;
}

std::optional<double> SearchCounter::shareInside(const QStringList &codes, const Ranges &ranges) {
    if (codes.isEmpty())
        return std::nullopt;
    const auto inside = std::count_if(codes.cbegin(), codes.cend(),
                                      [&](const QString &code) { return inRanges(code, ranges); });
    return double(inside) / double(codes.size());
}

std::optional<double> SearchCounter::sampledShare(const Ranges &ranges, bool *failed) {
    const std::optional<QStringList> codes = sampleCodes(failed);
    return codes ? shareInside(*codes, ranges) : std::nullopt;
}

QString SearchCounter::countInRanges(const Ranges &ranges, bool fromOutside, QVariantList *values) {
    QStringList terms;
    if (!fromOutside) {
        // Each range counted on its own: SQLite answers an OR of them by collecting every row's id to drop
        // duplicates, several times slower.
        for (const auto &[from, to] : ranges) {
            terms << QStringLiteral(
                "(SELECT count(*) FROM dossiers WHERE dossiers.code >= ? AND dossiers.code < ?)");
            *values << from << to;
        }
        return u'(' + terms.join(QStringLiteral(" + ")) + u')';
    }
    // All dossiers, which SQLite counts from its pages rather than entry by entry, less those outside.
    for (const Stretch &s : stretchesOutside(ranges)) {
        terms << QStringLiteral("(SELECT count(*) FROM dossiers WHERE %1)").arg(s.where);
        *values << s.values;
    }
    return QStringLiteral("((SELECT count(*) FROM dossiers) - ") + terms.join(QStringLiteral(" - ")) + u')';
}

std::optional<qint64> SearchCounter::byCodesOutside(const Ranges &ranges, const SearchMatcher &alsoMatching,
                                                    qint64 cap, bool *failed) {
    // Each stretch outside counted on its own, no further than the cap (an OR of them would gather every row
    // of the first before the cap applies). The whole count is asked only when few lie outside (CASE), in
    // the same statement: one snapshot.
    const QList<Stretch> stretches = stretchesOutside(ranges);
    const qint64 limit = cap + 1;
    QStringList outside;
    QVariantList values{cap};
    for (const Stretch &s : stretches) {
        outside << QStringLiteral("(SELECT count(*) FROM (SELECT 1 FROM dossiers WHERE %1 LIMIT ?))")
                       .arg(s.where);
        values << s.values << limit;
    }
    const std::optional<QVariantList> counts =
        row(QStringLiteral("SELECT CASE WHEN others <= ? THEN (SELECT count(*) FROM dossiers) END, "
                           "others FROM (SELECT %1 AS others)")
                .arg(outside.join(QStringLiteral(" + "))),
            values, failed);
    if (!counts || counts->at(0).isNull())
        return std::nullopt; // failed, or many outside: counted another way
    const qint64 others = counts->at(1).toLongLong();
    qint64 n = counts->at(0).toLongLong() - others;
    if (others == 0)
        return n;

    // Asking the search index about each dossier outside costs a fraction of a millisecond; their indexed
    // text is checked here instead. A write between the two statements can only move the count by the
    // dossiers it wrote.
    QSqlQuery q(m_db);
    for (const Stretch &s : stretches) {
        if (!BoundQuery::run(q,
                             QStringLiteral("SELECT search.c0 FROM dossiers JOIN dossier_search_content AS "
                                            "search ON search.id = %1 WHERE %2 LIMIT ?")
                                 .arg(SearchOrder::rowidOfRow(), s.where),
                             s.values + QVariantList{limit}, &m_sqlError)) {
            *failed = true;
            return std::nullopt;
        }
        while (q.next())
            n += alsoMatching.matches(q.value(0).toString()) ? 1 : 0;
        if (!BoundQuery::finished(q, &m_sqlError)) {
            *failed = true;
            return std::nullopt;
        }
    }
    return n;
}

std::optional<qint64> SearchCounter::codeBeginning(const QString &codePrefix, bool *failed) {
    // Typed from its start, a code matches every dossier of the office until its date, then a year's, a
    // month's: the side of the ranges with fewer codes is counted.
    const Ranges ranges = ListQuerySql::codeRanges(codePrefix); // at most 64 spellings
    if (ranges.isEmpty())
        return std::nullopt;
    const std::optional<double> share = sampledShare(ranges, failed);
    if (*failed)
        return std::nullopt;
    QVariantList values;
    const QString count = countInRanges(ranges, share && *share >= 0.5, &values);
    return number(QStringLiteral("SELECT ") + count, values, failed);
}

std::optional<qint64> SearchCounter::wordsHeldByCodes(const Ranges &ranges, const QString &typed,
                                                      bool *failed) {
    if (ranges.isEmpty() || ranges.size() > MaxRanges)
        return std::nullopt;
    const std::optional<double> share = sampledShare(ranges, failed);
    if (*failed || !share || *share < HeldShare)
        return std::nullopt;
    const SearchMatcher words(SearchText::phrases(typed));
    return byCodesOutside(ranges, words, m_narrowRows, failed);
}

std::optional<qint64> SearchCounter::agencyStart(const QString &typed, bool *failed) {
    // Every code that begins with the typed text holds it as a phrase, in the code's own words.
    return wordsHeldByCodes(ListQuerySql::codeRanges(typed.trimmed()), typed, failed);
}

std::optional<qint64> SearchCounter::codeTail(const QString &typed, bool *failed) {
    const QString tail = typed.trimmed();
    if (!looksLikeCodeTail(tail))
        return std::nullopt;
    const std::optional<QStringList> heads = codeHeads(failed);
    if (!heads)
        return std::nullopt;
    QStringList prefixes;
    for (const QString &head : *heads)
        prefixes << tailPrefixes(head, tail);
    const std::optional<qint64> n = wordsHeldByCodes(ListQuerySql::codeRanges(prefixes), typed, failed);
    if (n || *failed)
        return n;
    return wordOnlyInHeads(*heads, typed, failed);
}

std::optional<qint64> SearchCounter::wordOnlyInHeads(const QStringList &heads, const QString &typed,
                                                     bool *failed) {
    const QList<QStringList> phrases = SearchText::phrases(typed);
    if (phrases.size() != 1 || phrases.constFirst().size() < 2)
        return std::nullopt;
    const QStringList &parts = phrases.constFirst();
    if (!std::all_of(parts.cbegin(), parts.cend(), CodeHeadPhrase::isCodeWord))
        return std::nullopt;
    QList<QStringList> headWords;
    for (const QString &head : heads) {
        std::optional<QStringList> words = CodeHeadPhrase::words(head);
        if (!words)
            return std::nullopt;
        headWords << std::move(*words);
    }
    // The anchor: a whole part some head holds, one with a letter if there is (an agency's letter and number,
    // which little but codes holds; the vocabulary then says whether anything else does).
    auto hasLetter = [](const QString &part) {
        return std::any_of(part.cbegin(), part.cend(), [](QChar c) { return c.isLetter(); });
    };
    qsizetype anchor = -1;
    for (qsizetype a = 0; a + 1 < parts.size(); ++a) {
        const bool held = std::any_of(headWords.cbegin(), headWords.cend(),
                                      [&](const QStringList &words) { return words.contains(parts.at(a)); });
        if (held && (anchor < 0 || (hasLetter(parts.at(a)) && !hasLetter(parts.at(anchor)))))
            anchor = a;
    }
    if (anchor < 0)
        return std::nullopt;

    QStringList holding, matching;
    Ranges separated; // codes whose first word after the head does not begin at once (or that end there)
    for (qsizetype i = 0; i < heads.size(); ++i) {
        const qsizetype held = headWords.at(i).count(parts.at(anchor));
        if (held == 0)
            continue;
        if (held > 1)
            return std::nullopt; // the check below takes one place per code
        const QString &head = heads.at(i);
        holding << head;
        switch (CodeHeadPhrase::fit(headWords.at(i), parts, anchor)) {
        case CodeHeadPhrase::Fit::Never:
            break;
        case CodeHeadPhrase::Fit::Always:
            matching << head;
            break;
        case CodeHeadPhrase::Fit::FirstTailWord: {
            // Digits only: a letter typed there would also match a letter with a mark in the code (Đ, Á),
            // which no range of the code index holds beside it.
            const QString &last = parts.constLast();
            if (!std::all_of(last.cbegin(), last.cend(), [](QChar c) { return c.isDigit(); }))
                return std::nullopt;
            matching << head + last;
            const QString end = ListQuerySql::codeRanges(QStringList{head}).constFirst().second;
            separated << std::pair{head, head + u'0'} << std::pair{head + u':', head + u'A'}
                      << std::pair{head + u'[', head + u'a'} << std::pair{head + u'{', end};
            break;
        }
        case CodeHeadPhrase::Fit::Unknown:
            return std::nullopt;
        }
    }
    const Ranges held = ListQuerySql::codeRanges(holding);
    const Ranges found = ListQuerySql::codeRanges(matching);
    if (held.size() + found.size() + separated.size() > MaxRanges || !hasVocabulary())
        return std::nullopt;
    const std::optional<QStringList> codes = sampleCodes(failed);
    if (!codes)
        return std::nullopt;

    // One statement, one snapshot: the word's every occurrence (the vocabulary's cnt) must be the one in
    // each code of the heads that hold it, and every such code's next word must follow its head at once;
    // then the codes that hold the phrase are its matches, counted on whichever side of their ranges the
    // sample says is smaller. Otherwise (an address quoting a code, say) FTS5 counts.
    QVariantList values{parts.at(anchor)};
    const QString expected = countInRanges(held, shareInside(*codes, held).value_or(0) >= 0.5, &values);
    QStringList firsts;
    for (const auto &[from, to] : std::as_const(separated)) {
        firsts << QStringLiteral("(SELECT count(*) FROM (SELECT 1 FROM dossiers WHERE dossiers.code >= ? AND "
                                 "dossiers.code < ? LIMIT 1))");
        values << from << to;
    }
    if (firsts.isEmpty())
        firsts << QStringLiteral("0");
    const QString counted =
        found.isEmpty() ? QStringLiteral("0")
                        : countInRanges(found, shareInside(*codes, found).value_or(0) >= 0.5, &values);
    const std::optional<QVariantList> n = row(
        QStringLiteral("SELECT CASE WHEN coalesce((SELECT cnt FROM %1 WHERE term = ?), 0) = %2 AND %3 = 0 "
                       "THEN %4 END")
            .arg(vocabularyTable(), expected, firsts.join(QStringLiteral(" + ")), counted),
        values, failed);
    if (!n || n->constFirst().isNull())
        return std::nullopt;
    return n->constFirst().toLongLong();
}

QStringList SearchCounter::tailPrefixes(const QString &head, const QString &tail) {
    QStringList out;
    for (qsizetype k = 0; k <= head.size(); ++k) {
        // A part starts at k: the tail's first part is then whole, as the search's first word must be.
        if ((k > 0 && head.at(k - 1).isLetterOrNumber()) ||
            (k < head.size() && !head.at(k).isLetterOrNumber()))
            continue;
        const qsizetype overlap = std::min(head.size() - k, tail.size());
        if (QStringView(head).mid(k, overlap).compare(QStringView(tail).left(overlap), Qt::CaseInsensitive) !=
            0)
            continue;
        if (overlap == tail.size()) {
            out << head.left(k + overlap);
            continue;
        }
        for (const QString &rest : ListQuerySql::caseVariants(tail.mid(overlap)))
            out << head + rest;
    }
    return out;
}

std::optional<QStringList> SearchCounter::codeHeads(bool *failed) {
    // The code index skipped from one beginning to the next: a seek for each. A code without a hyphen ends
    // the list early; its dossiers, and those after it, then lie outside every range.
    QSqlQuery q(m_db);
    if (!BoundQuery::run(q,
                         QStringLiteral("WITH RECURSIVE heads(head) AS (SELECT substr(min(code), 1, "
                                        "instr(min(code), '-')) FROM dossiers UNION ALL SELECT (SELECT "
                                        "substr(code, 1, instr(code, '-')) FROM dossiers WHERE code >= "
                                        "substr(heads.head, 1, length(heads.head) - 1) || '.' ORDER BY code "
                                        "LIMIT 1) FROM heads WHERE heads.head LIKE '%-' LIMIT ?) SELECT head "
                                        "FROM heads"),
                         {MaxHeads + 1}, &m_sqlError)) {
        *failed = true;
        return std::nullopt;
    }
    QStringList heads;
    int rows = 0;
    while (q.next()) {
        ++rows;
        if (!q.value(0).isNull() && !q.value(0).toString().isEmpty())
            heads << q.value(0).toString();
    }
    if (!BoundQuery::finished(q, &m_sqlError)) {
        *failed = true;
        return std::nullopt;
    }
    if (rows > MaxHeads || heads.isEmpty())
        return std::nullopt;
    return heads;
}

bool SearchCounter::hasVocabulary() {
    QSqlQuery q(m_db);
    if (BoundQuery::run(q,
                        QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS %1 USING fts5vocab(main, "
                                       "dossier_search, row)")
                            .arg(vocabularyTable()),
                        {}, &m_sqlError))
        return true;
    // Without the vocabulary (a connection that cannot make a table of its own), FTS5 counts.
    m_sqlError = {};
    return false;
}

std::optional<qint64> SearchCounter::lastWordTerms(const QString &typed, bool *failed) {
    const QList<QStringList> phrases = SearchText::phrases(typed);
    if (phrases.isEmpty() || phrases.constLast().size() != 1 ||
        SearchText::withIndexedPrefix(phrases) == phrases)
        return std::nullopt;
    const QString word = phrases.constLast().constFirst();
    if (!hasVocabulary())
        return std::nullopt;
    QSqlQuery q(m_db);
    // Terms compare as UTF-8 bytes; no character's are above U+10FFFF's.
    if (!BoundQuery::run(q,
                         QStringLiteral("SELECT term, doc FROM %1 WHERE term >= ? AND term < ? LIMIT ?")
                             .arg(vocabularyTable()),
                         {word, QString(word + QString::fromUcs4(U"\U0010FFFF")), MaxTerms + 1},
                         &m_sqlError)) {
        *failed = true;
        return std::nullopt;
    }
    QList<std::pair<QString, qint64>> terms;
    while (q.next())
        if (const QString term = q.value(0).toString(); term.startsWith(word))
            terms << std::pair{term, q.value(1).toLongLong()};
    if (!BoundQuery::finished(q, &m_sqlError)) {
        *failed = true;
        return std::nullopt;
    }
    if (terms.size() > MaxTerms)
        return std::nullopt;
    if (terms.isEmpty())
        return 0;
    // The most common term first: alone, the vocabulary holds its count.
    std::sort(terms.begin(), terms.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    auto quoted = [](const QString &term) -> QString { return u'"' + term + u'"'; };
    QStringList others;
    for (qsizetype i = 1; i < terms.size(); ++i)
        others << quoted(terms.at(i).first);
    const QString match = QStringLiteral("SELECT count(*) FROM dossier_search WHERE dossier_search MATCH ?");
    if (phrases.size() == 1) {
        if (others.isEmpty())
            return terms.constFirst().second;
        // The rarer terms' dossiers that do not hold the most common one: FTS5 reads their lists, skipping
        // through its.
        const std::optional<qint64> rest =
            number(match,
                   {QStringLiteral("(%1) NOT %2")
                        .arg(others.join(QStringLiteral(" OR ")), quoted(terms.constFirst().first))},
                   failed);
        if (!rest)
            return std::nullopt;
        return terms.constFirst().second + *rest;
    }
    QStringList words;
    for (qsizetype i = 0; i + 1 < phrases.size(); ++i)
        words << quoted(phrases.at(i).join(u' '));
    others.prepend(quoted(terms.constFirst().first));
    words << u'(' + others.join(QStringLiteral(" OR ")) + u')';
    return number(match, {words.join(QStringLiteral(" AND "))}, failed);
}

} // namespace btxh
