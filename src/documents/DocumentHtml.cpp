// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentHtml.h"

#include "PageSetup.h"

#include <QTextDocument>
#include <QTextOption>
#include <QUrl>

namespace btxh::documents {

namespace {

// The QR code's printed size in CSS pixels (1/96 inch): about 28 mm, readable by a phone and by zbarimg.
constexpr int QrPrintedPixels = 106;

} // namespace

QString DocumentHtml::esc(const QString &text) {
    return text.toHtmlEscaped();
}

QString DocumentHtml::heading(const QString &office, const QString &title, const QString &code,
                              const QString &qrResource) {
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                                  "<td width=\"42%\" align=\"center\"><b>%1</b></td>"
                                  "<td width=\"58%\" align=\"center\"><b>%2</b><br/><b><u>%3</u></b></td>"
                                  "</tr></table>")
                       .arg(esc(office.toUpper()), esc(tr("SOCIALIST REPUBLIC OF VIET NAM")),
                            esc(tr("Independence - Freedom - Happiness")));
    const QString titleHtml = QStringLiteral("<p align=\"center\" style=\"font-size:large\"><b>%1</b></p>"
                                             "<p align=\"center\">%2 <b>%3</b></p>")
                                  .arg(esc(title), esc(tr("Dossier code:")), esc(code));
    if (qrResource.isEmpty())
        return html + titleHtml;
    return html +
           QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                          "<td width=\"80%\" valign=\"middle\">%1</td>"
                          "<td width=\"20%\" align=\"right\"><img src=\"%2\" width=\"%3\" height=\"%3\"/>"
                          "</td></tr></table>")
               .arg(titleHtml, qrResource, QString::number(QrPrintedPixels));
}

QString DocumentHtml::blank() {
    return QStringLiteral("…………………………………………");
}

QString DocumentHtml::line(const QString &label, const QString &value) {
    const QString shown = value.trimmed().isEmpty() ? blank() : QStringLiteral("<b>%1</b>").arg(esc(value));
    return QStringLiteral("<p>%1: %2</p>").arg(esc(label), shown);
}

QString DocumentHtml::signatures(const QString &leftTitle, const QString &leftName, const QString &rightTitle,
                                 const QString &rightName) {
    const QString hint = esc(tr("(signature and full name)"));
    const QString cell = QStringLiteral("<td width=\"50%\" align=\"center\"><b>%1</b><br/><i>%2</i>"
                                        "<br/><br/><br/><br/><br/><b>%3</b></td>");
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr>") +
           cell.arg(esc(leftTitle), hint, esc(leftName)) + cell.arg(esc(rightTitle), hint, esc(rightName)) +
           QStringLiteral("</tr></table>");
}

void DocumentHtml::prepare(QTextDocument &document, qreal pointSize) {
    document.setDefaultFont(PageSetup::bodyFont(pointSize));
    QTextOption option = document.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document.setDefaultTextOption(option);
    document.setDocumentMargin(0);
}

QString DocumentHtml::qrResource() {
    return QStringLiteral("qr:dossier-code");
}

void DocumentHtml::addImage(QTextDocument &document, const QString &name, const QImage &image) {
    if (!image.isNull())
        document.addResource(QTextDocument::ImageResource, QUrl(name), image);
}

} // namespace btxh::documents
