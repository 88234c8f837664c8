// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PullJob.h"

namespace btxh {

// Service 4: dossiers registered on the Ministry's system in a time window and area (DanhSachHoSo, LoaiDuLieu
// "1").
class PullDossiersJob : public PullJob {
    Q_OBJECT

public:
    using PullJob::PullJob;

    Service service() const override { return Service::PullDossiers; }

protected:
    QString dataKind() const override;
};

} // namespace btxh
