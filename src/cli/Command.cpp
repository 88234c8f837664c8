// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

namespace btxh::cli {

QString Command::serverRefusal() const {
    return tr("this command does not work on an office's PostgreSQL database yet; btxh import, import-sheet, "
              "list, show, export, report, pull, push, sync and db do.");
}

} // namespace btxh::cli
