// SPDX-License-Identifier: GPL-3.0-or-later
#include "PullProgressJob.h"

namespace btxh {

QString PullProgressJob::dataKind() const {
    // The table lists no LoaiDuLieu; the example sends "100" (profile setting, see EndpointProfile).
    if (!query().value(QueryField::LoaiDuLieu).isEmpty())
        return {};
    return environment().profile.progressDataKind;
}

} // namespace btxh
