// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the application's SVG icon at build time into the PNG sizes of the hicolor theme and one Windows
// .ico holding the same sizes, so packaging needs no converter beyond Qt Svg, which the desktop app links
// anyway.
//
// Usage: btxh_icon_render ICON.svg OUT_PREFIX SIZE...
//        writes OUT_PREFIX-SIZE.png for each SIZE, and OUT_PREFIX.ico with every SIZE up to 256.
#include <QBuffer>
#include <QByteArray>
#include <QDataStream>
#include <QFile>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

namespace {

QImage render(QSvgRenderer &renderer, int size) {
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

// One .ico entry: PNG for 256 px (as Windows itself does), an uncompressed 32-bit DIB below that, which every
// consumer reads, NSIS's icon replacement and old shell versions included.
QByteArray icoEntry(const QImage &image) {
    QByteArray data;
    if (image.width() >= 256) {
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return data;
    }
    const int size = image.width();
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    // BITMAPINFOHEADER; the height counts the XOR (colour) and AND (mask) bitmaps together.
    out << quint32(40) << qint32(size) << qint32(size * 2) << quint16(1) << quint16(32) << quint32(0)
        << quint32(0) << qint32(0) << qint32(0) << quint32(0) << quint32(0);
    for (int y = size - 1; y >= 0; --y) { // bottom-up rows, BGRA
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < size; ++x)
            out << quint8(qBlue(line[x])) << quint8(qGreen(line[x])) << quint8(qRed(line[x]))
                << quint8(qAlpha(line[x]));
    }
    // The AND mask is ignored for 32-bit images but must be present: all zero, rows padded to 32 bits.
    const int maskRowBytes = ((size + 31) / 32) * 4;
    for (int i = 0; i < maskRowBytes * size; ++i)
        out << quint8(0);
    return data;
}

bool writeIco(const QString &path, const QList<QImage> &images) {
    QList<QByteArray> entries;
    for (const QImage &image : images)
        entries << icoEntry(image);
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out << quint16(0) << quint16(1) << quint16(images.size()); // ICONDIR: reserved, type 1 = icon, count
    quint32 offset = 6 + 16 * quint32(images.size());
    for (qsizetype i = 0; i < images.size(); ++i) {
        const int size = images.at(i).width();
        const quint8 side = size >= 256 ? 0 : quint8(size); // 0 means 256
        out << side << side << quint8(0) << quint8(0) << quint16(1) << quint16(32)
            << quint32(entries.at(i).size()) << offset;
        offset += quint32(entries.at(i).size());
    }
    for (const QByteArray &entry : entries)
        data.append(entry);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

int main(int argc, char *argv[]) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s ICON.svg OUT_PREFIX SIZE...\n", argv[0]);
        return 2;
    }
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "%s: not a valid SVG file\n", argv[1]);
        return 1;
    }
    const QString prefix = QString::fromLocal8Bit(argv[2]);
    QList<QImage> icoImages;
    for (int i = 3; i < argc; ++i) {
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        if (!ok || size < 1 || size > 1024) {
            std::fprintf(stderr, "%s: not a size in pixels (1 to 1024)\n", argv[i]);
            return 2;
        }
        const QImage image = render(renderer, size);
        const QString out = prefix + u'-' + QString::number(size) + QStringLiteral(".png");
        if (!image.save(out, "PNG")) {
            std::fprintf(stderr, "%s: cannot be written\n", qPrintable(out));
            return 1;
        }
        if (size <= 256)
            icoImages << image;
    }
    const QString ico = prefix + QStringLiteral(".ico");
    if (!writeIco(ico, icoImages)) {
        std::fprintf(stderr, "%s: cannot be written\n", qPrintable(ico));
        return 1;
    }
    return 0;
}
