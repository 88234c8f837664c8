// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchMatcher.h"

#include <QVarLengthArray>

namespace btxh {

namespace {

// unicode61's default token characters: the categories L*, N* and Co.
bool isTokenChar(char32_t c) {
    if (c < 0x80) // the folded text is nearly all ASCII
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z');
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return false;
    }
}

using TokenList = QVarLengthArray<QStringView, 48>;

template <typename Out> void splitTokens(QStringView text, Out &out) {
    qsizetype start = -1;
    for (qsizetype pos = 0; pos < text.size();) {
        char32_t c = text.at(pos).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && pos + 1 < text.size() && text.at(pos + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(pos), text.at(pos + 1));
            width = 2;
        }
        const bool token = isTokenChar(c);
        if (token && start < 0) {
            start = pos;
        } else if (!token && start >= 0) {
            out.append(text.sliced(start, pos - start));
            start = -1;
        }
        pos += width;
    }
    if (start >= 0)
        out.append(text.sliced(start));
}

bool phraseAt(const TokenList &tokens, qsizetype at, const QStringList &parts, bool lastIsPrefix) {
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringView token = tokens.at(at + i);
        const bool prefix = lastIsPrefix && i == parts.size() - 1;
        if (prefix ? !token.startsWith(parts.at(i)) : token != parts.at(i))
            return false;
    }
    return true;
}

} // namespace

SearchMatcher::SearchMatcher(QList<QStringList> phrases)
    : m_phrases(std::move(phrases)) {}

QList<QStringView> SearchMatcher::tokens(QStringView text) {
    QList<QStringView> out;
    splitTokens(text, out);
    return out;
}

bool SearchMatcher::matches(QStringView foldedText) const {
    if (m_phrases.isEmpty())
        return true;
    // On the stack: this runs for every row a walk passes (tens of thousands per keystroke).
    TokenList words;
    splitTokens(foldedText, words);
    for (qsizetype p = 0; p < m_phrases.size(); ++p) {
        const QStringList &parts = m_phrases.at(p);
        const bool lastIsPrefix = p == m_phrases.size() - 1;
        bool found = false;
        for (qsizetype at = 0; !found && at + parts.size() <= words.size(); ++at)
            found = phraseAt(words, at, parts, lastIsPrefix);
        if (!found)
            return false;
    }
    return true;
}

} // namespace btxh
