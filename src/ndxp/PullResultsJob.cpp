// SPDX-License-Identifier: GPL-3.0-or-later
#include "PullResultsJob.h"

#include "DossierCodes.h"

namespace btxh {

QString PullResultsJob::dataKind() const {
    return DataKind::FinalResult;
}

} // namespace btxh
