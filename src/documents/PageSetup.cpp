// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageSetup.h"

#include <QPagedPaintDevice>

namespace btxh::documents {

namespace {

// The margins of an administrative paper (left wider for binding into the file).
constexpr QMarginsF PortraitMarginsMm(20, 15, 15, 15);
constexpr QMarginsF LandscapeMarginsMm(15, 12, 12, 12);

} // namespace

std::optional<Paper> PageSetup::paperFromName(const QString &name) {
    if (name.compare(u"A4", Qt::CaseInsensitive) == 0)
        return Paper::A4;
    if (name.compare(u"A5", Qt::CaseInsensitive) == 0)
        return Paper::A5;
    return std::nullopt;
}

QPageLayout PageSetup::layout(Paper paper, QPageLayout::Orientation orientation) {
    const QPageSize size(paper == Paper::A5 ? QPageSize::A5 : QPageSize::A4);
    const QMarginsF margins = orientation == QPageLayout::Landscape ? LandscapeMarginsMm : PortraitMarginsMm;
    // An A5 receipt keeps more of its small page for the text.
    return QPageLayout(size, orientation, paper == Paper::A5 ? margins * 0.6 : margins,
                       QPageLayout::Millimeter);
}

void PageSetup::apply(QPagedPaintDevice *device, Paper paper, QPageLayout::Orientation orientation) {
    device->setPageLayout(layout(paper, orientation));
}

QString PageSetup::fontFamily() {
    return QStringLiteral("Noto Serif");
}

QFont PageSetup::bodyFont(qreal pointSize) {
    QFont font(fontFamily());
    font.setPointSizeF(pointSize);
    font.setStyleHint(QFont::Serif);
    // No ligatures: "fi" stays two letters, so the PDF's text can be searched and copied as it was typed.
    // Vietnamese needs no shaping either: its letters with their tone marks are single characters.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace btxh::documents
