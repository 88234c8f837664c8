#include "VietnameseCollator.h"

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
    return instance().compare(a, b) < 0;
}

void VietnameseCollator::sort(QStringList &names) {
    std::sort(names.begin(), names.end(), lessThan);
}

} // namespace btxh::app
