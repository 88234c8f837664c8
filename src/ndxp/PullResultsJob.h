// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PullJob.h"

namespace btxh {

// Service 6: final results in a time window and area (DanhSachHoSo, LoaiDuLieu "100").
class PullResultsJob : public PullJob {
    Q_OBJECT

public:
    using PullJob::PullJob;

    Service service() const override { return Service::PullResults; }

protected:
    QString dataKind() const override;
};

} // namespace btxh
