// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>

class QTextDocument;

namespace btxh::documents {

// The pieces the receipt and the dossier sheet share, as the rich text QTextDocument reads: the heading with
// the office and the national motto, label-value lines, the QR code, and a new document in the print font.
class DocumentHtml {
    Q_DECLARE_TR_FUNCTIONS(btxh::documents::DocumentHtml)
public:
    static QString esc(const QString &text);
    // The office on the left, "SOCIALIST REPUBLIC OF VIET NAM / Independence - Freedom - Happiness" on the
    // right, then the title and the dossier code (with its QR code beside it when `qrResource` is set).
    static QString heading(const QString &office, const QString &title, const QString &code,
                           const QString &qrResource);
    // "Label: value" with the value in bold, or a dotted line to fill in by hand when it is empty.
    static QString line(const QString &label, const QString &value);
    static QString blank();
    // Two signature blocks side by side, each with its caption and the name under the space to sign.
    static QString signatures(const QString &leftTitle, const QString &leftName, const QString &rightTitle,
                              const QString &rightName);

    // A document in the print font that wraps long words anywhere rather than running off the page.
    static void prepare(QTextDocument &document, qreal pointSize);
    // The name the heading gives the QR code's image; add it to the document after setHtml().
    static QString qrResource();
    static void addImage(QTextDocument &document, const QString &name, const QImage &image);
};

} // namespace btxh::documents
