// SPDX-License-Identifier: GPL-3.0-or-later
#include "PullJob.h"

#include "JsonCodec.h"

#include <QJsonDocument>

namespace btxh {

PullJob::PullJob(const GatewayEnvironment &environment, TokenProvider *tokens, const Query &query,
                 QObject *parent)
    : GatewayJob(environment, tokens, parent)
    , m_query(query) {}

PullResult PullJob::result() const {
    PullResult r = m_result;
    r.error = error();
    return r;
}

QByteArray PullJob::requestBody() const {
    Query q = m_query;
    const QString kind = dataKind();
    if (!kind.isEmpty())
        q.setValue(QueryField::LoaiDuLieu, kind);
    return QJsonDocument(JsonCodec::writeQuery(q)).toJson(QJsonDocument::Compact);
}

QString PullJob::logKey() const {
    return m_query.value(QueryField::MaTinh) + u'/' + m_query.value(QueryField::MaHuyen) + u'/' +
           m_query.value(QueryField::MaXa) + u' ' + m_query.value(QueryField::ThoiGianBatDau) + u".." +
           m_query.value(QueryField::ThoiGianKetThuc);
}

PullResult PullJob::parseReply(const QByteArray &body, qsizetype firstItem) {
    PullResult r;
    QString problem;
    std::optional<Payload> payload = PayloadReader::read(body, &problem, firstItem);
    if (!payload) {
        r.error = GatewayError::malformed(problem.isEmpty() ? tr("the reply is not valid JSON") : problem);
        return r;
    }
    if (!payload->hasResult) {
        r.error = GatewayError::malformed(tr("the reply has no \"result\" object with error_code and data"));
        return r;
    }
    if (!payload->errorCodeValid) {
        r.error = GatewayError::malformed(tr("the reply has no usable error_code"));
        return r;
    }
    if (payload->errorCode == 0 && !payload->hasData) {
        r.error = GatewayError::malformed(tr("the reply has no \"data\" list"));
        return r;
    }
    r.payload = std::move(*payload);
    if (r.payload.errorCode != 0)
        r.error = GatewayError::business(r.payload.errorCode, r.payload.message);
    return r;
}

GatewayError PullJob::readReply(const ReplyBody &body) {
    if (m_readByCaller) {
        m_body = body;
        return {};
    }
    m_result = parseReply(body.joined());
    return m_result.error;
}

} // namespace btxh
