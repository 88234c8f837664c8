// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretsLog.h"

Q_LOGGING_CATEGORY(lcSecrets, "btxh.secrets", QtInfoMsg)
