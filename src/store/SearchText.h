// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace btxh {

// The text the search index holds and the queries it answers, folded the way Vietnamese users type:
// without tone marks, with đ as d, in any case. SQLite cannot do this itself (FTS5's remove_diacritics keeps
// đ, LIKE folds ASCII only), so both sides are folded here, in C++.
class SearchText {
public:
    // NFD, combining marks removed, đ/Đ (and look-alikes Ð, Ɖ) to d, case-folded.
    static QString fold(QStringView text);

    // An FTS5 MATCH expression for what a user typed: every word must match, the last one as a prefix (it
    // may still be being typed), the others whole; a word with
    // punctuation inside (a MaHoSo, a date) becomes a phrase of its parts. Empty when there is nothing to
    // search for. Only letters and digits reach the expression, so user text cannot change its syntax.
    static QString matchExpression(QStringView userText);

    // The same search as a list of phrases, each the folded parts of one word in order: what
    // matchExpression() renders for FTS5 and SearchMatcher checks in C++, so both answer alike.
    static QList<QStringList> phrases(QStringView userText);
    // The MATCH expression of phrases (as phrases() gives them): matchExpression(t) is
    // matchExpression(phrases(t)).
    static QString matchExpression(const QList<QStringList> &phrases);
    // The search index keeps prefixes of 1 to 4 characters (SqlDialect): a last word longer than that is
    // answered by FTS5 only after it has gathered every term it begins. The same phrases with the last part
    // cut to those 4 characters: a search whose matches include the typed one's, read from a prefix index
    // lazily, in the index's order (checked in C++ by SearchMatcher to give the typed one's).
    static QList<QStringList> withIndexedPrefix(QList<QStringList> phrases);
    // The longest prefix the search index keeps, in characters.
    static constexpr int IndexedPrefix = 4;

    // What the user typed, trimmed, when it begins like a dossier code (DossierCode::looksLikeCodeStart:
    // `000.00.15.G…`), else an empty string. Such a search finds the dossiers whose code begins with it, in
    // any case; it holds only ASCII letters, digits, dots and hyphens.
    static QString dossierCodePrefix(QStringView userText);
    // What the user typed, trimmed, when it is an agency's code typed before the letter that makes it a
    // code's beginning (DossierCode::looksLikeAgencyStart: `000.00.1`), else an empty string. Still a search
    // of words, but every dossier whose code begins with it holds it as a phrase.
    static QString agencyStart(QStringView userText);
};

} // namespace btxh
