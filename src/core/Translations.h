// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Language.h"

#include <QString>

namespace btxh {

// Installs the product's translations for a language on the running application and makes it the default
// locale, so tr() strings, field labels and catalogue names all follow. Vietnamese is the default.
namespace Translations {

// "vi" or "en" (also "vi_VN", "en_GB", ...). Anything else: nullopt-like false via ok.
Language parse(QStringView name, bool *ok = nullptr);
void install(Language language);

} // namespace Translations
} // namespace btxh
