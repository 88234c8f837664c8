// SPDX-License-Identifier: GPL-3.0-or-later
#include "PushProgressJob.h"

#include "JsonCodec.h"

#include <QJsonDocument>

namespace btxh {

PushProgressJob::PushProgressJob(const GatewayEnvironment &environment, TokenProvider *tokens,
                                 const ProcessingStep &step, QObject *parent)
    : PushJob(environment, tokens, parent)
    , m_step(step) {}

QByteArray PushProgressJob::requestBody() const {
    return QJsonDocument(JsonCodec::writeStep(m_step)).toJson(QJsonDocument::Compact);
}

} // namespace btxh
