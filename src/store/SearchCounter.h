// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>
#include <optional>

namespace btxh {

class SearchMatcher;

// Counts a search that is the list's only filter, on SQLite, without reading every dossier it matches: the
// searches typed on the way to a name or a code that match most of a large database, where counting each
// match is what takes the time (bench/README.md). Every count is exact. Each way gives nothing when it does
// not apply, and the caller counts the search index's matches; or when the database failed, and then
// *failed is set and sqlError() says why.
//
// Codes: the code index (dossiers.code, unique) counts the codes in ranges of it, or all dossiers (which
// SQLite counts from its pages, not entry by entry) less those outside the ranges, whichever a sample of the
// codes says is fewer. A search of words that every code in the ranges holds (an agency typed before its
// letter, a code's later parts typed without its beginning) also finds dossiers outside them whose other
// text holds the words: counted so only when few lie outside, whose indexed text is then checked
// (SearchMatcher).
// Words: a last word longer than the search index's prefixes is replaced by the few terms it begins, read
// from the index's vocabulary (fts5vocab), which FTS5 would otherwise gather whole, with their positions.
//
// One counter for one count: the codes it samples are read once and kept.
class SearchCounter {
public:
    SearchCounter(QSqlDatabase db, int narrowRows);

    // A code's beginning (SearchText::dossierCodePrefix).
    std::optional<qint64> codeBeginning(const QString &codePrefix, bool *failed);
    // An agency's code typed before the letter of its last part (SearchText::agencyStart).
    std::optional<qint64> agencyStart(const QString &typed, bool *failed);
    // One word of a code's parts from one of them on ("G07-2", "15.G07-24"), typed without the code's
    // beginning.
    std::optional<qint64> codeTail(const QString &typed, bool *failed);
    // A search whose last word is longer than the search index's prefixes ("nguye", "thi nguyen").
    std::optional<qint64> lastWordTerms(const QString &typed, bool *failed);

    const QSqlError &sqlError() const { return m_sqlError; }

    // The beginnings a code that starts with `head` has when it holds `tail` from the start of one of its
    // parts: for each place in the head where a part starts and the tail agrees with the rest of the head
    // (in any case), the head up to the tail's end, or the whole head followed by the tail's rest (in each
    // spelling of its case).
    static QStringList tailPrefixes(const QString &head, const QString &tail);

private:
    using Ranges = QList<std::pair<QString, QString>>;
    // Codes taken at evenly spread ids, read once for the counter's one count.
    std::optional<QStringList> sampleCodes(bool *failed);
    // The share of `codes` that lie in `ranges`; nothing when there are none.
    static std::optional<double> shareInside(const QStringList &codes, const Ranges &ranges);
    // The share of the codes that lie in `ranges`, among sampleCodes(); nothing when there are none.
    std::optional<double> sampledShare(const Ranges &ranges, bool *failed);
    // An SQL expression for the number of codes in `ranges`: the ranges' own entries, or all dossiers less
    // those outside; its values appended to `values`.
    static QString countInRanges(const Ranges &ranges, bool fromOutside, QVariantList *values);
    // All dossiers less those outside the ranges, plus those outside that `alsoMatching` matches; nothing
    // when more than `cap` lie outside.
    std::optional<qint64> byCodesOutside(const Ranges &ranges, const SearchMatcher &alsoMatching, qint64 cap,
                                         bool *failed);
    // A search of words (`typed`) that every code in `ranges` holds.
    std::optional<qint64> wordsHeldByCodes(const Ranges &ranges, const QString &typed, bool *failed);
    // A code's later parts that too many codes lie outside of to check ("G07-23"), when one of the search's
    // whole words is held nowhere but once in each code of the heads that hold it (CodeHeadPhrase).
    std::optional<qint64> wordOnlyInHeads(const QStringList &heads, const QString &typed, bool *failed);
    // Whether the index's vocabulary table can be read on this connection (made in its temp schema).
    bool hasVocabulary();
    // The codes' distinct beginnings up to their first hyphen (000.00.15.G07-); nothing past MaxHeads.
    std::optional<QStringList> codeHeads(bool *failed);
    // Runs a statement that gives one row.
    std::optional<QVariantList> row(const QString &text, const QVariantList &values, bool *failed);
    // Runs a statement that gives one number.
    std::optional<qint64> number(const QString &text, const QVariantList &values, bool *failed);

    QSqlDatabase m_db;
    int m_narrowRows;
    QSqlError m_sqlError;
    std::optional<QStringList> m_sample;
};

} // namespace btxh
