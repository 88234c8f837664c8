// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Credentials.h"
#include "GatewayEnvironment.h"
#include "PullDossiersJob.h"
#include "PullProgressJob.h"
#include "PullResultsJob.h"
#include "PushDossierJob.h"
#include "PushProgressJob.h"
#include "PushResultJob.h"

#include <QObject>

namespace btxh {

class TokenProvider;

// The gateway as the sync engine sees it: the six services of §3 over one endpoint profile and key pair,
// sharing one token.
//
// Asynchronous, by jobs: each call returns a job that is already scheduled (it starts when control returns
// to the event loop) and is a child of the client. Connect to GatewayJob::finished and read result() there:
//
//     auto *job = client->pushDossier(dossier);
//     connect(job, &GatewayJob::finished, this, [job] { const PushResult r = job->result(); ... });
//
// finished() fires exactly once per job, then the job deletes itself. Cancel one job with job->abort() or
// all of them with abortAll(); a cancelled job finishes with GatewayError::Kind::Cancelled.
class GatewayClient : public QObject {
    Q_OBJECT

public:
    GatewayClient(const GatewayEnvironment &environment, const Credentials &credentials,
                  QObject *parent = nullptr);
    ~GatewayClient() override;

    const EndpointProfile &profile() const { return m_env.profile; }
    const GatewayEnvironment &environment() const { return m_env; }
    TokenProvider *tokens() const { return m_tokens; }
    void setCredentials(const Credentials &credentials);

    PushDossierJob *pushDossier(const Dossier &dossier);       // 1: DongBoDVC, LoaiDuLieu 1
    PushProgressJob *pushProgress(const ProcessingStep &step); // 2: XuLyHoSo
    PushResultJob *pushResult(const Dossier &dossier);         // 3: DongBoDVC, LoaiDuLieu 100
    PullDossiersJob *pullDossiers(const Query &query);         // 4: DanhSachHoSo, LoaiDuLieu "1"
    PullProgressJob *pullProgress(const Query &query);         // 5: TienTrinhXuLy
    PullResultsJob *pullResults(const Query &query);           // 6: DanhSachHoSo, LoaiDuLieu "100"

    void abortAll();
    int runningJobs() const;

Q_SIGNALS:
    void jobStarted(btxh::GatewayJob *job);

private:
    template <typename Job> Job *launch(Job *job);

    GatewayEnvironment m_env;
    TokenProvider *m_tokens;
};

} // namespace btxh
