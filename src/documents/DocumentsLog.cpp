// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentsLog.h"

Q_LOGGING_CATEGORY(lcDocuments, "btxh.documents")
