#include "SecretsLog.h"

Q_LOGGING_CATEGORY(lcSecrets, "btxh.secrets", QtInfoMsg)
