// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace btxh {

// Where a search's one phrase can lie on the codes that begin with a head (a code up to its first hyphen,
// "000.00.15.G07-"), when one of its whole words, the anchor, is held by no dossier anywhere but once in
// such heads. Every match then holds the phrase across that one place, and the code alone says whether a
// dossier matches: SearchCounter counts such a search ("G07-23", "15.G07-23") from the code index.
class CodeHeadPhrase {
public:
    enum class Fit {
        Never,         // no code with this head holds the phrase there
        Always,        // every code with this head holds it
        FirstTailWord, // a code holds it when the word after its head begins with the phrase's last part
        Unknown,       // the phrase runs into the text before the code or past that word: not from the code
    };

    // The head's words as the search index holds them (folded), or nothing when the head holds anything but
    // ASCII letters, digits and separators (whose folding the code index's ranges could not follow).
    static std::optional<QStringList> words(const QString &head);
    // Whether `parts` (one phrase as SearchText::phrases gives it; the last part a prefix, the others whole)
    // fits the head's words with its part `anchor` (not the last) on each place the head holds it.
    static Fit fit(const QStringList &headWords, const QStringList &parts, qsizetype anchor);
    // Whether a folded part is ASCII letters and digits only, as a code's words are.
    static bool isCodeWord(const QString &part);
};

} // namespace btxh
