#include "NdxpLog.h"

Q_LOGGING_CATEGORY(lcNdxp, "btxh.ndxp", QtInfoMsg)
