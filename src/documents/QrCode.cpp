// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrCode.h"

#include <algorithm>
#include <qrencode.h>

namespace btxh::documents {

namespace {

constexpr int QuietZoneModules = 4;

} // namespace

QImage QrCode::image(const QString &text, int moduleSize) {
    const QByteArray bytes = text.toUtf8();
    QRcode *code = QRcode_encodeString8bit(bytes.constData(), 0, QR_ECLEVEL_M);
    if (!code)
        return {};
    const int modules = code->width;
    const int side = (modules + 2 * QuietZoneModules) * moduleSize;
    QImage out(side, side, QImage::Format_Grayscale8);
    out.fill(Qt::white);
    for (int y = 0; y < modules; ++y)
        for (int x = 0; x < modules; ++x)
            if (code->data[y * modules + x] & 1) // the low bit: a dark module
                for (int row = 0; row < moduleSize; ++row) {
                    uchar *line = out.scanLine((y + QuietZoneModules) * moduleSize + row);
                    std::fill_n(line + (x + QuietZoneModules) * moduleSize, moduleSize, uchar(0));
                }
    QRcode_free(code);
    return out;
}

} // namespace btxh::documents
