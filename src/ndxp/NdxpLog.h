// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Log service names, MaHoSo codes, counts, HTTP statuses and timings only: never a token, a consumer key or
// secret, a request or reply body, a name or a CMND/CCCD number.
Q_DECLARE_LOGGING_CATEGORY(lcNdxp)
