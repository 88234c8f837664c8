// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PullJob.h"

namespace btxh {

// Service 5: processing steps in a time window and area (TienTrinhXuLy).
class PullProgressJob : public PullJob {
    Q_OBJECT

public:
    using PullJob::PullJob;

    Service service() const override { return Service::PullProgress; }

protected:
    QString dataKind() const override;
};

} // namespace btxh
