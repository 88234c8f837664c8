// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dossier.h"
#include "PushJob.h"

namespace btxh {

// Service 1: a dossier received locally, pushed to the Ministry (DongBoDVC, LoaiDuLieu 1).
class PushDossierJob : public PushJob {
    Q_OBJECT

public:
    PushDossierJob(const GatewayEnvironment &environment, TokenProvider *tokens, const Dossier &dossier,
                   QObject *parent = nullptr);

    Service service() const override { return Service::PushDossier; }
    const Dossier &dossier() const { return m_dossier; }

protected:
    QByteArray requestBody() const override;
    QString logKey() const override { return m_dossier.code(); }

private:
    Dossier m_dossier;
};

} // namespace btxh
