// SPDX-License-Identifier: GPL-3.0-or-later
#include "PagedDocument.h"

#include "PageSetup.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace btxh::documents {

QString PagedDocument::pageFooter(int page, int pages) {
    return pages > 0 ? tr("Page %1 of %2").arg(page).arg(pages) : tr("Page %1").arg(page);
}

bool PagedDocument::print(QTextDocument &document, QPagedPaintDevice *device, bool pageNumbers,
                          QString *error) {
    QPainter painter;
    if (!painter.begin(device)) {
        *error = tr("the document cannot be printed there (is the file writable?)");
        return false;
    }
    // Laid out for the device itself, so point sizes are the same on paper as on screen.
    document.documentLayout()->setPaintDevice(device);
    const QFont footerFont = PageSetup::bodyFont(8);
    const QFontMetricsF footerMetrics(footerFont, device);
    const qreal width = device->width();
    const qreal footer = pageNumbers ? footerMetrics.height() * 2 : 0;
    const qreal bodyHeight = device->height() - footer;
    document.setPageSize(QSizeF(width, bodyHeight));
    const int pages = document.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
        painter.save();
        const QRectF clip(0, i * bodyHeight, width, bodyHeight);
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        if (pageNumbers) {
            painter.setFont(footerFont);
            painter.drawText(QRectF(0, bodyHeight, width, footer), Qt::AlignRight | Qt::AlignBottom,
                             pageFooter(i + 1, pages));
        }
    }
    return painter.end();
}

} // namespace btxh::documents
