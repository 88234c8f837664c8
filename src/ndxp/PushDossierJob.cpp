#include "PushDossierJob.h"

#include "JsonCodec.h"

#include <QJsonDocument>

namespace btxh {

PushDossierJob::PushDossierJob(const GatewayEnvironment &environment, TokenProvider *tokens,
                               const Dossier &dossier, QObject *parent)
    : PushJob(environment, tokens, parent)
    , m_dossier(dossier) {
    m_dossier.setValue(DossierField::LoaiDuLieu, QStringLiteral("1"));
}

QByteArray PushDossierJob::requestBody() const {
    return QJsonDocument(JsonCodec::writeDossier(m_dossier)).toJson(QJsonDocument::Compact);
}

} // namespace btxh
