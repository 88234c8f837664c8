// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <optional>

class QPagedPaintDevice;

namespace btxh::documents {

enum class Paper { A4, A5 };

// Paper, orientation and margins of the printed documents, and the fonts they use: Noto, which Debian's
// fonts-noto-core installs, has every Vietnamese letter with its tone marks.
class PageSetup {
    Q_DECLARE_TR_FUNCTIONS(btxh::documents::PageSetup)
public:
    static std::optional<Paper> paperFromName(const QString &name); // "A4", "a5"
    static QPageLayout layout(Paper paper, QPageLayout::Orientation orientation);
    static void apply(QPagedPaintDevice *device, Paper paper, QPageLayout::Orientation orientation);

    static QFont bodyFont(qreal pointSize = 11);
    static QString fontFamily();
};

} // namespace btxh::documents
