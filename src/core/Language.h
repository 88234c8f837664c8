// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

namespace btxh {

// The two languages the product speaks. Vietnamese is the default; anything but English reads as Vietnamese.
enum class Language { Vietnamese, English };

inline Language currentLanguage() {
    return QLocale().language() == QLocale::English ? Language::English : Language::Vietnamese;
}

} // namespace btxh
