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

QString SearchText::fold(QStringView text) {
    if (isAscii(text))
        return text.toString().toLower();
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
    QStringList terms;
    for (const QStringList &parts : phrases(userText))
        terms << u'"' + parts.join(u' ') + u'"';
    // Only the last word may be unfinished: whole words are exact terms, which FTS5 intersects far faster
    // than prefixes over a large index.
    if (!terms.isEmpty())
        terms.last().append(u'*');
    return terms.join(u' ');
}

QString SearchText::dossierCodePrefix(QStringView userText) {
    const QStringView typed = userText.trimmed();
    return DossierCode::looksLikeCodeStart(typed) ? typed.toString() : QString();
}

} // namespace btxh
