// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace btxh {
class Store;
}

namespace btxh::cli {

// `btxh sync --report` and `--dismiss ID`: the pulled items that could not be read, kept verbatim until an
// officer dismisses them (while one waits, its window is pulled again at every sync).
class QuarantineReport {
    Q_DECLARE_TR_FUNCTIONS(QuarantineReport)

public:
    static int print(Store &store, CliContext &context);
    static int dismiss(Store &store, const QString &id, CliContext &context);
};

} // namespace btxh::cli
