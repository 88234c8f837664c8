// SPDX-License-Identifier: GPL-3.0-or-later
#include "PushResultJob.h"

#include "JsonCodec.h"

#include <QJsonDocument>

namespace btxh {

PushResultJob::PushResultJob(const GatewayEnvironment &environment, TokenProvider *tokens,
                             const Dossier &dossier, QObject *parent)
    : PushJob(environment, tokens, parent)
    // What goes on the wire follows the profile's choice for post-reform dossiers; the stored one is
    // untouched.
    , m_dossier(environment.profile.postReform.requestForm(dossier, environment.now().date())) {
    m_dossier.setValue(DossierField::LoaiDuLieu, DataKind::FinalResult);
}

QByteArray PushResultJob::requestBody() const {
    return QJsonDocument(JsonCodec::writeDossier(m_dossier)).toJson(QJsonDocument::Compact);
}

} // namespace btxh
