#include "StoreLog.h"

Q_LOGGING_CATEGORY(lcStore, "btxh.store", QtInfoMsg)
