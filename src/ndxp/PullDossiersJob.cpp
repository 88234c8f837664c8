// SPDX-License-Identifier: GPL-3.0-or-later
#include "PullDossiersJob.h"

namespace btxh {

QString PullDossiersJob::dataKind() const {
    return QStringLiteral("1");
}

} // namespace btxh
