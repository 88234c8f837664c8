// SPDX-License-Identifier: GPL-3.0-or-later
#include "VietnameseSortKey.h"

#include <array>

namespace btxh {

namespace {

// Primary weights: the Vietnamese alphabet with the four Latin letters it borrows, from 'A' (0x41) upwards.
// Word separators (0x21) and digit runs (0x30-0x40) sort below every letter; other characters above ('~').
enum : char16_t { Breve = 0x0306, Circumflex = 0x0302, Horn = 0x031B };
constexpr char WordSeparator = '!';
constexpr char LevelSeparator = ' ';

constexpr std::array<char16_t, 33> Alphabet = {u'a',   0x0103, 0x00E2, u'b', u'c', u'd', 0x0111, u'e', 0x00EA,
                                               u'f',   u'g',   u'h',   u'i', u'j', u'k', u'l',   u'm', u'n',
                                               u'o',   0x00F4, 0x01A1, u'p', u'q', u'r', u's',   u't', u'u',
                                               0x01B0, u'v',   u'w',   u'x', u'y', u'z'};

// The letter a base character and its modifier mark make (a + breve = ă ...), lower case.
char16_t vietnameseLetter(char16_t base, char16_t modifier) {
    switch (modifier) {
    case Breve:
        return base == u'a' ? char16_t(0x0103) : base;
    case Circumflex:
        return base == u'a'   ? char16_t(0x00E2)
               : base == u'e' ? char16_t(0x00EA)
               : base == u'o' ? char16_t(0x00F4)
                              : base;
    case Horn:
        return base == u'o' ? char16_t(0x01A1) : base == u'u' ? char16_t(0x01B0) : base;
    default:
        return base;
    }
}

int letterWeight(char16_t letter) {
    for (std::size_t i = 0; i < Alphabet.size(); ++i)
        if (Alphabet[i] == letter)
            return int(i);
    return -1;
}

char toneWeight(char16_t mark) {
    switch (mark) {
    case 0x0300: // huyền
        return '1';
    case 0x0309: // hỏi
        return '2';
    case 0x0303: // ngã
        return '3';
    case 0x0301: // sắc
        return '4';
    case 0x0323: // nặng
        return '5';
    default:
        return 0;
    }
}

bool isMark(QChar c) {
    const QChar::Category category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

bool isDLike(char16_t c) {
    // đ Đ, and the look-alikes some keyboards produce (as SearchText folds them).
    return c == 0x0111 || c == 0x0110 || c == 0x00D0 || c == 0x00F0 || c == 0x0189 || c == 0x0256;
}

} // namespace

QString VietnameseSortKey::of(QStringView text) {
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D).toLower();
    QByteArray primary;
    QByteArray tones;
    primary.reserve(decomposed.size() + 8);
    tones.reserve(decomposed.size());
    bool pendingSeparator = false;
    const qsizetype n = decomposed.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = decomposed.at(i);
        if (c.isDigit() && c.unicode() < 0x80) {
            // A run of digits: its length (leading zeros dropped) first, so numbers compare by value.
            qsizetype end = i;
            while (end < n && decomposed.at(end).isDigit() && decomposed.at(end).unicode() < 0x80)
                ++end;
            qsizetype start = i;
            while (start < end - 1 && decomposed.at(start) == u'0')
                ++start;
            if (pendingSeparator && !primary.isEmpty())
                primary.append(WordSeparator);
            pendingSeparator = false;
            primary.append(char('0' + std::min<qsizetype>(end - start, 16)));
            for (qsizetype k = start; k < end; ++k)
                primary.append(char(decomposed.at(k).unicode()));
            i = end;
            continue;
        }
        if (isMark(c)) { // a mark with no letter before it
            ++i;
            continue;
        }
        if (!c.isLetterOrNumber()) {
            pendingSeparator = true;
            ++i;
            continue;
        }
        char16_t base = c.unicode();
        char tone = '0';
        ++i;
        for (; i < n && isMark(decomposed.at(i)); ++i) {
            const char16_t mark = decomposed.at(i).unicode();
            if (const char t = toneWeight(mark))
                tone = t;
            else
                base = vietnameseLetter(base, mark);
        }
        if (isDLike(base))
            base = 0x0111;
        if (pendingSeparator && !primary.isEmpty())
            primary.append(WordSeparator);
        pendingSeparator = false;
        const int weight = letterWeight(base);
        if (weight >= 0) {
            primary.append(char('A' + weight));
            tones.append(tone);
        } else {
            // Any other letter, by its code: '~' and four hex digits.
            primary.append('~');
            primary.append(QByteArray::number(base, 16).rightJustified(4, '0'));
        }
    }
    // Texts equal in their letters have as many tones: trailing "no tone" marks change no comparison.
    while (!tones.isEmpty() && tones.endsWith('0'))
        tones.chop(1);
    if (!tones.isEmpty())
        primary.append(LevelSeparator).append(tones);
    return QString::fromLatin1(primary);
}

} // namespace btxh
