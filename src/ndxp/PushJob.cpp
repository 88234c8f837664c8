// SPDX-License-Identifier: GPL-3.0-or-later
#include "PushJob.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace btxh {

namespace {

// Keys compared without case or surrounding spaces, as the gateway's spelling drifts (§5.1).
QJsonValue findKey(const QJsonObject &o, QLatin1StringView key) {
    const QJsonValue exact = o.value(key);
    if (!exact.isUndefined())
        return exact;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key().trimmed().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

PushResult PushJob::result() const {
    PushResult r = m_result;
    r.error = error();
    return r;
}

PushResult PushJob::parseReply(const QByteArray &body) {
    PushResult r;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        r.error =
            GatewayError::malformed(tr("the reply is not valid JSON (%1 at byte %2); it may have been cut "
                                       "short")
                                        .arg(parseError.errorString())
                                        .arg(parseError.offset));
        return r;
    }
    if (!doc.isObject()) {
        r.error = GatewayError::malformed(tr("the reply is not a JSON object"));
        return r;
    }
    QJsonObject o = doc.object();
    if (findKey(o, QLatin1StringView("error_code")).isUndefined() &&
        findKey(o, QLatin1StringView("result")).isObject())
        o = findKey(o, QLatin1StringView("result")).toObject();

    const QJsonValue code = findKey(o, QLatin1StringView("error_code"));
    if (code.isUndefined() || code.isNull()) {
        r.error = GatewayError::malformed(tr("the reply has no error_code"));
        return r;
    }
    bool ok = false;
    int value = 0;
    if (code.isDouble()) {
        const double d = code.toDouble();
        ok = d == double(int(d));
        value = int(d);
    } else if (code.isString()) {
        value = code.toString().trimmed().toInt(&ok);
    }
    if (!ok) {
        r.error = GatewayError::malformed(tr("error_code is not a whole number"));
        return r;
    }
    const QJsonValue message = findKey(o, QLatin1StringView("message"));
    if (!message.isUndefined() && !message.isNull() && !message.isString()) {
        if (message.isDouble())
            r.message = QString::number(message.toDouble());
        else {
            r.error = GatewayError::malformed(tr("message is not text"));
            return r;
        }
    } else {
        r.message = message.toString();
    }
    r.hasReply = true;
    r.errorCode = value;
    if (value != 0)
        r.error = GatewayError::business(value, r.message);
    return r;
}

GatewayError PushJob::readReply(const ReplyBody &body) {
    m_result = parseReply(body.joined());
    return m_result.error;
}

} // namespace btxh
