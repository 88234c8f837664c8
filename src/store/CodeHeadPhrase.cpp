// SPDX-License-Identifier: GPL-3.0-or-later
#include "CodeHeadPhrase.h"

#include "SearchMatcher.h"
#include "SearchText.h"

#include <algorithm>

namespace btxh {

namespace {

bool isAsciiCodeChar(QChar c) {
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

} // namespace

bool CodeHeadPhrase::isCodeWord(const QString &part) {
    return !part.isEmpty() && std::all_of(part.cbegin(), part.cend(),
                                          [](QChar c) { return isAsciiCodeChar(c) && !c.isUpper(); });
}

std::optional<QStringList> CodeHeadPhrase::words(const QString &head) {
    for (QChar c : head)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return std::nullopt;
    QStringList out;
    for (QStringView t : SearchMatcher::tokens(SearchText::fold(head)))
        out << t.toString();
    return out;
}

CodeHeadPhrase::Fit CodeHeadPhrase::fit(const QStringList &headWords, const QStringList &parts,
                                        qsizetype anchor) {
    const qsizetype n = parts.size();
    if (anchor < 0 || anchor + 1 >= n)
        return Fit::Unknown;
    const qsizetype after = n - 1 - anchor; // parts after the anchor, the last among them
    bool unknown = false, tail = false;
    for (qsizetype j = 0; j < headWords.size(); ++j) {
        if (headWords.at(j) != parts.at(anchor))
            continue;
        if (anchor > j) {
            unknown = true; // its first parts would lie before the code, in another field's words
            continue;
        }
        bool agrees = true;
        for (qsizetype p = 0; agrees && p < anchor; ++p)
            agrees = headWords.at(j - anchor + p) == parts.at(p);
        // The whole parts after the anchor that the head holds, then the last (a prefix) if it does.
        const qsizetype inHead = std::min(after, headWords.size() - 1 - j);
        for (qsizetype p = 1; agrees && p <= inHead; ++p) {
            const QString &word = headWords.at(j + p);
            agrees = p == after ? word.startsWith(parts.constLast()) : word == parts.at(anchor + p);
        }
        if (!agrees)
            continue;
        if (inHead == after)
            return Fit::Always;
        if (inHead + 1 == after)
            tail = true; // the last part falls on the first word after the head
        else
            unknown = true; // whole parts after the head: the code's later words, or the next field's
    }
    if (unknown)
        return Fit::Unknown;
    return tail ? Fit::FirstTailWord : Fit::Never;
}

} // namespace btxh
