#include "DocumentsLog.h"

Q_LOGGING_CATEGORY(lcDocuments, "btxh.documents")
