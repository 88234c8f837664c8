#include "PushResultJob.h"

#include "JsonCodec.h"

#include <QJsonDocument>

namespace btxh {

PushResultJob::PushResultJob(const GatewayEnvironment &environment, TokenProvider *tokens,
                             const Dossier &dossier, QObject *parent)
    : PushJob(environment, tokens, parent)
    , m_dossier(dossier) {
    m_dossier.setValue(DossierField::LoaiDuLieu, QStringLiteral("100"));
}

QByteArray PushResultJob::requestBody() const {
    return QJsonDocument(JsonCodec::writeDossier(m_dossier)).toJson(QJsonDocument::Compact);
}

} // namespace btxh
