// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreLog.h"

Q_LOGGING_CATEGORY(lcCore, "btxh.core", QtInfoMsg)
