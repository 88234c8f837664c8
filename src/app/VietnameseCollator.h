// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QStringList>

namespace btxh::app {

// Sorts names the way Vietnamese readers expect (a, ă, â, b, c, d, đ, e, ê ... with tones after the base
// letter), whatever language the interface speaks: the names themselves are Vietnamese. The order is the
// store's (VietnameseSortKey), so lists sorted here and by the store agree.
class VietnameseCollator {
public:
    static const QCollator &instance();
    static bool lessThan(const QString &a, const QString &b);
    static void sort(QStringList &names);
};

} // namespace btxh::app
