// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace btxh {

// btxh.sync (warnings by default; QT_LOGGING_RULES="btxh.sync.info=true" shows each run, item and window):
// MaHoSo codes, counts, windows and error kinds only; never names, CMND/CCCD numbers or secrets.
Q_DECLARE_LOGGING_CATEGORY(lcSync)

} // namespace btxh
