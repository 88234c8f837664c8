// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetsLog.h"

Q_LOGGING_CATEGORY(lcSheets, "btxh.sheets")
