#include "SheetsLog.h"

Q_LOGGING_CATEGORY(lcSheets, "btxh.sheets")
