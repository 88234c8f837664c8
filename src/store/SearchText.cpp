// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchText.h"

#include "DossierCode.h"

#include <QStringList>

namespace btxh {

namespace {

bool isAscii(QStringView text) {
    for (QChar c : text)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

bool isDLike(char16_t c) {
    // đ Đ, and the Icelandic eth and African D that some keyboards and old fonts put in their place.
    return c == 0x0111 || c == 0x0110 || c == 0x00D0 || c == 0x00F0 || c == 0x0189 || c == 0x0256;
}

} // namespace

namespace {

// NFD, the marks dropped, đ as d, case-folded: the fold of any text.
QString foldGeneral(QStringView text) {
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        if (isDLike(c.unicode())) {
            out.append(u'd');
            continue;
        }
        out.append(c);
    }
    return out.toCaseFolded();
}

// The fold of each precomposed Latin letter Vietnamese text is made of (Latin-1, Latin Extended-A and -B,
// Latin Extended Additional), computed once by foldGeneral. A text of ASCII and these letters folds letter by
// letter to what foldGeneral gives for the whole: each of them decomposes into a letter followed by its own
// marks, so the marks dropped can never be reordered across letters, and case folding is per character.
class LatinFolds {
public:
    LatinFolds() {
        for (const auto &[from, to] : kRanges)
            for (char32_t c = from; c <= to; ++c) {
                const QString one{QChar(char16_t(c))};
                const QString decomposed = one.normalized(QString::NormalizationForm_D);
                if (!decomposed.isEmpty() && decomposed.front().combiningClass() == 0)
                    m_folds[index(char16_t(c))] = foldGeneral(one);
            }
    }
    // Null when the letter is not in the table (or does not start with a letter when decomposed).
    const QString *fold(char16_t c) const {
        const qsizetype i = index(c);
        return i < 0 || m_folds[i].isNull() ? nullptr : &m_folds[i];
    }

private:
    static constexpr std::pair<char16_t, char16_t> kRanges[] = {{0x00C0, 0x024F}, {0x1E00, 0x1EFF}};
    static constexpr qsizetype kFirstSize = 0x024F - 0x00C0 + 1;
    static qsizetype index(char16_t c) {
        if (c >= 0x00C0 && c <= 0x024F)
            return c - 0x00C0;
        if (c >= 0x1E00 && c <= 0x1EFF)
            return kFirstSize + (c - 0x1E00);
        return -1;
    }
    QString m_folds[kFirstSize + 0x100];
};

} // namespace

QString SearchText::fold(QStringView text) {
    if (isAscii(text))
        return text.toString().toLower();
    static const LatinFolds latin;
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            out.append(u >= u'A' && u <= u'Z' ? QChar(char16_t(u + (u'a' - u'A'))) : c);
        } else if (const QString *folded = latin.fold(u)) {
            out.append(*folded);
        } else {
            return foldGeneral(text); // other scripts, combining marks, symbols: the general way
        }
    }
    return out;
}

QList<QStringList> SearchText::phrases(QStringView userText) {
    const QString folded = fold(userText);
    QList<QStringList> out;
    for (QStringView word : QStringView(folded).split(u' ', Qt::SkipEmptyParts)) {
        QStringList parts;
        QString current;
        for (QChar c : word) {
            if (c.isLetterOrNumber()) {
                current.append(c);
            } else if (!current.isEmpty()) {
                parts << current;
                current.clear();
            }
        }
        if (!current.isEmpty())
            parts << current;
        if (!parts.isEmpty())
            out << parts;
    }
    return out;
}

QString SearchText::matchExpression(QStringView userText) {
    return matchExpression(phrases(userText));
}

QString SearchText::matchExpression(const QList<QStringList> &phrases) {
    QStringList terms;
    for (const QStringList &parts : phrases)
        terms << u'"' + parts.join(u' ') + u'"';
    // Only the last word may be unfinished: whole words are exact terms, which FTS5 intersects far faster
    // than prefixes over a large index.
    if (!terms.isEmpty())
        terms.last().append(u'*');
    return terms.join(u' ');
}

QList<QStringList> SearchText::withIndexedPrefix(QList<QStringList> phrases) {
    if (phrases.isEmpty())
        return phrases;
    QString &last = phrases.last().last();
    // FTS5 counts a prefix in characters (code points), not in UTF-16 units.
    qsizetype end = 0;
    for (int n = 0; n < IndexedPrefix && end < last.size(); ++n)
        end += last.at(end).isHighSurrogate() && end + 1 < last.size() ? 2 : 1;
    last.truncate(end);
    return phrases;
}

QString SearchText::dossierCodePrefix(QStringView userText) {
    const QStringView typed = userText.trimmed();
    return DossierCode::looksLikeCodeStart(typed) ? typed.toString() : QString();
}

QString SearchText::agencyStart(QStringView userText) {
    const QStringView typed = userText.trimmed();
    return DossierCode::looksLikeAgencyStart(typed) ? typed.toString() : QString();
}

} // namespace btxh
