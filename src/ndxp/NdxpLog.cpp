// SPDX-License-Identifier: GPL-3.0-or-later
#include "NdxpLog.h"

Q_LOGGING_CATEGORY(lcNdxp, "btxh.ndxp", QtInfoMsg)
