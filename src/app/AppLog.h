// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace btxh::app {

// "btxh.app": the desktop app. Log MaHoSo codes, counts and field names; never a name, an ID number or a
// secret.
Q_DECLARE_LOGGING_CATEGORY(lcApp)

} // namespace btxh::app
