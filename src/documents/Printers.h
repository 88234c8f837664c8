// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace btxh::documents {

// Whether this computer has a printer to send to. Without one, print preview and PDF files still work.
class Printers {
    Q_DECLARE_TR_FUNCTIONS(btxh::documents::Printers)
public:
    static bool available();
    static QString noPrinterMessage();
};

} // namespace btxh::documents
