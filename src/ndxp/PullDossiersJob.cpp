// SPDX-License-Identifier: GPL-3.0-or-later
#include "PullDossiersJob.h"

#include "DossierCodes.h"

namespace btxh {

QString PullDossiersJob::dataKind() const {
    return DataKind::NewDossier;
}

} // namespace btxh
