// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dossier.h"
#include "PushJob.h"

namespace btxh {

// Service 3 (mandatory): a dossier's final result, with its result papers (DongBoDVC, LoaiDuLieu 100).
class PushResultJob : public PushJob {
    Q_OBJECT

public:
    PushResultJob(const GatewayEnvironment &environment, TokenProvider *tokens, const Dossier &dossier,
                  QObject *parent = nullptr);

    Service service() const override { return Service::PushResult; }
    const Dossier &dossier() const { return m_dossier; }

protected:
    QByteArray requestBody() const override;
    QString logKey() const override { return m_dossier.code(); }

private:
    Dossier m_dossier;
};

} // namespace btxh
