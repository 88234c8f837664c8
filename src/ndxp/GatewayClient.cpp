// SPDX-License-Identifier: GPL-3.0-or-later
#include "GatewayClient.h"

#include "TokenProvider.h"

namespace btxh {

GatewayClient::GatewayClient(const GatewayEnvironment &environment, const Credentials &credentials,
                             QObject *parent)
    : QObject(parent)
    , m_env(environment)
    , m_tokens(new TokenProvider(environment, credentials, this)) {}

GatewayClient::~GatewayClient() = default;

void GatewayClient::setCredentials(const Credentials &credentials) {
    m_tokens->setCredentials(credentials);
}

template <typename Job> Job *GatewayClient::launch(Job *job) {
    job->start();
    Q_EMIT jobStarted(job);
    return job;
}

PushDossierJob *GatewayClient::pushDossier(const Dossier &dossier) {
    return launch(new PushDossierJob(m_env, m_tokens, dossier, this));
}

PushProgressJob *GatewayClient::pushProgress(const ProcessingStep &step) {
    return launch(new PushProgressJob(m_env, m_tokens, step, this));
}

PushResultJob *GatewayClient::pushResult(const Dossier &dossier) {
    return launch(new PushResultJob(m_env, m_tokens, dossier, this));
}

PullDossiersJob *GatewayClient::pullDossiers(const Query &query) {
    return launch(new PullDossiersJob(m_env, m_tokens, query, this));
}

PullProgressJob *GatewayClient::pullProgress(const Query &query) {
    return launch(new PullProgressJob(m_env, m_tokens, query, this));
}

PullResultsJob *GatewayClient::pullResults(const Query &query) {
    return launch(new PullResultsJob(m_env, m_tokens, query, this));
}

void GatewayClient::abortAll() {
    const QList<GatewayJob *> jobs = findChildren<GatewayJob *>(Qt::FindDirectChildrenOnly);
    for (GatewayJob *job : jobs)
        job->abort();
}

int GatewayClient::runningJobs() const {
    int n = 0;
    const QList<GatewayJob *> jobs = findChildren<GatewayJob *>(Qt::FindDirectChildrenOnly);
    for (const GatewayJob *job : jobs)
        n += job->isRunning() ? 1 : 0;
    return n;
}

} // namespace btxh
