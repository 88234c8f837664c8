#include "SandboxLog.h"

Q_LOGGING_CATEGORY(lcSandbox, "btxh.sandbox", QtInfoMsg)
