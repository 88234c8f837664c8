// SPDX-License-Identifier: GPL-3.0-or-later
#include "VietnameseCollator.h"

#include "VietnameseSortKey.h"

#include <algorithm>

namespace btxh::app {

const QCollator &VietnameseCollator::instance() {
    static const QCollator collator = [] {
        QCollator c(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        c.setCaseSensitivity(Qt::CaseInsensitive);
        c.setNumericMode(true); // "Tổ 2" before "Tổ 10"
        return c;
    }();
    return collator;
}

bool VietnameseCollator::lessThan(const QString &a, const QString &b) {
    // The store's key, so that a list the store sorted and one sorted here agree; the ICU collator only
    // breaks ties (texts that differ in case or punctuation alone).
    const QString ka = VietnameseSortKey::of(a);
    const QString kb = VietnameseSortKey::of(b);
    if (ka != kb)
        return ka < kb;
    return instance().compare(a, b) < 0;
}

void VietnameseCollator::sort(QStringList &names) {
    std::sort(names.begin(), names.end(), lessThan);
}

} // namespace btxh::app
