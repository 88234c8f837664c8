// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncLog.h"

namespace btxh {

Q_LOGGING_CATEGORY(lcSync, "btxh.sync", QtWarningMsg)

} // namespace btxh
