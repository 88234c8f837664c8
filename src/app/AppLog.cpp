// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppLog.h"

namespace btxh::app {

Q_LOGGING_CATEGORY(lcApp, "btxh.app")

} // namespace btxh::app
