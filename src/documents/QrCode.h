// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QString>

namespace btxh::documents {

// A QR code (libqrencode) as a black-and-white image: `moduleSize` pixels a module, the four-module quiet
// zone readers need around it. A null image when the text cannot be encoded (too long).
class QrCode {
public:
    static QImage image(const QString &text, int moduleSize = 8);
};

} // namespace btxh::documents
