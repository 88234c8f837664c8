// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Like the client: MaHoSo codes, counts and paths only; the sandbox's data may be copied from real dossiers.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
