// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Never log a CMND/CCCD number or a person's name: log MaHoSo codes, counts, field names and SQLite codes.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
