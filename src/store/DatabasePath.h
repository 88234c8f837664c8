// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace btxh {

// The database the desktop app opens: AppDataLocation for organisation "BTXH", application "btxh-desktop"
// (on Linux ~/.local/share/BTXH/btxh-desktop/btxh.sqlite), whatever the calling program's own names are.
QString defaultDatabasePath();

} // namespace btxh
