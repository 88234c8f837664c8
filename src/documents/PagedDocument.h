// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace btxh::documents {

// Lays a rich-text document out on the pages of a printer or a PDF writer and paints it, with "Page n of N"
// at the foot of each page when asked. The same for print preview, a printer and a PDF file.
class PagedDocument {
    Q_DECLARE_TR_FUNCTIONS(btxh::documents::PagedDocument)
public:
    // False with *error when the device cannot be painted on (a PDF file that cannot be written).
    static bool print(QTextDocument &document, QPagedPaintDevice *device, bool pageNumbers, QString *error);
    static QString pageFooter(int page, int pages);
};

} // namespace btxh::documents
