#include "CoreLog.h"

Q_LOGGING_CATEGORY(lcCore, "btxh.core", QtInfoMsg)
