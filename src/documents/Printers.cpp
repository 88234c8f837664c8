// SPDX-License-Identifier: GPL-3.0-or-later
#include "Printers.h"

#include <QPrinterInfo>

namespace btxh::documents {

bool Printers::available() {
    return !QPrinterInfo::availablePrinters().isEmpty();
}

QString Printers::noPrinterMessage() {
    return tr("No printer is installed on this computer. The document can still be saved as a PDF file and "
              "printed elsewhere.");
}

} // namespace btxh::documents
