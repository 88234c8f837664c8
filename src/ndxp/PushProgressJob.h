// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProcessingStep.h"
#include "PushJob.h"

namespace btxh {

// Service 2: one processing step of a dossier, pushed to the Ministry (XuLyHoSo).
class PushProgressJob : public PushJob {
    Q_OBJECT

public:
    PushProgressJob(const GatewayEnvironment &environment, TokenProvider *tokens, const ProcessingStep &step,
                    QObject *parent = nullptr);

    Service service() const override { return Service::PushProgress; }
    const ProcessingStep &step() const { return m_step; }
    // The gateway appends progress steps: a repeat may be stored twice. The sync engine asks TienTrinhXuLy
    // first when it does not know whether a step arrived.
    bool resendIsHarmless() const override { return false; }

protected:
    QByteArray requestBody() const override;
    QString logKey() const override { return m_step.dossierCode(); }

private:
    ProcessingStep m_step;
};

} // namespace btxh
