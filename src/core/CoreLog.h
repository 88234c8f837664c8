// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Never log a CMND/CCCD number, a name or a secret: log codes (MaHoSo), counts and field names only.
Q_DECLARE_LOGGING_CATEGORY(lcCore)
