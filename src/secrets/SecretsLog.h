// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Log profile names, entry kinds and outcomes only: never a key, a secret or anything derived from one.
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
