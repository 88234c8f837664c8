// SPDX-License-Identifier: GPL-3.0-or-later
#include "PullResultsJob.h"

namespace btxh {

QString PullResultsJob::dataKind() const {
    return QStringLiteral("100");
}

} // namespace btxh
