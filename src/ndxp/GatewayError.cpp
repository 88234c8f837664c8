// SPDX-License-Identifier: GPL-3.0-or-later
#include "GatewayError.h"

#include <QLocale>

namespace btxh {

bool GatewayError::isTransient() const {
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::HttpStatus:
        return httpStatus >= 500 || httpStatus == 429 || httpStatus == 408;
    default:
        return false;
    }
}

bool GatewayError::isGatewayLevel() const {
    if (kind == Kind::Unauthorized)
        return true;
    if (kind != Kind::HttpStatus)
        return false;
    return (httpStatus >= 300 && httpStatus <= 399) || httpStatus == 403 || httpStatus == 404;
}

QString GatewayError::kindName() const {
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Configuration:
        return QStringLiteral("configuration");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::HttpStatus:
        return QStringLiteral("http-status");
    case Kind::Business:
        return QStringLiteral("business");
    case Kind::MalformedReply:
        return QStringLiteral("malformed-reply");
    case Kind::TooLarge:
        return QStringLiteral("too-large");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

GatewayError GatewayError::configuration(const QString &reason) {
    GatewayError e;
    e.kind = Kind::Configuration;
    e.text = reason;
    return e;
}

GatewayError GatewayError::network(const QString &qtReason) {
    GatewayError e;
    e.kind = Kind::Network;
    e.text = tr("The gateway could not be reached (%1). The work stays queued and is sent when the "
                "connection is back.")
                 .arg(qtReason);
    return e;
}

GatewayError GatewayError::timeout(int seconds) {
    GatewayError e;
    e.kind = Kind::Timeout;
    e.text = tr("The gateway did not answer within %n second(s).", nullptr, seconds);
    return e;
}

GatewayError GatewayError::tls(const QString &qtReason) {
    GatewayError e;
    e.kind = Kind::Tls;
    e.text = tr("The gateway's certificate could not be verified (%1). Nothing was sent. Ask the "
                "administrator to check the address or to add the province's CA certificate.")
                 .arg(qtReason);
    return e;
}

GatewayError GatewayError::unauthorized(bool tokenEndpoint, int status) {
    GatewayError e;
    e.kind = Kind::Unauthorized;
    e.httpStatus = status;
    e.text = tokenEndpoint ? tr("The gateway refused the consumer key and secret (HTTP %1). Check the keys "
                                "set for this connection.")
                                 .arg(status)
                           : tr("The gateway refused the access token even after a new one was fetched "
                                "(HTTP %1). This connection may not be allowed to use this service.")
                                 .arg(status);
    return e;
}

GatewayError GatewayError::httpStatusError(int status, const QString &reason) {
    GatewayError e;
    e.kind = Kind::HttpStatus;
    e.httpStatus = status;
    e.text = reason.isEmpty() ? tr("The gateway answered HTTP %1.").arg(status)
                              : tr("The gateway answered HTTP %1 (%2).").arg(status).arg(reason);
    return e;
}

GatewayError GatewayError::business(int code, const QString &message) {
    GatewayError e;
    e.kind = Kind::Business;
    e.httpStatus = 200;
    e.hasGatewayCode = true;
    e.gatewayCode = code;
    e.gatewayMessage = message;
    e.text = message.isEmpty() ? tr("The gateway refused the data: error %1.").arg(code)
                               : tr("The gateway refused the data: error %1: %2").arg(code).arg(message);
    return e;
}

GatewayError GatewayError::malformed(const QString &problem) {
    GatewayError e;
    e.kind = Kind::MalformedReply;
    e.text = tr("The gateway's reply could not be read: %1").arg(problem);
    return e;
}

GatewayError GatewayError::tooLarge(qint64 limitBytes) {
    GatewayError e;
    e.kind = Kind::TooLarge;
    e.text = tr("The gateway's reply is larger than %1 and was refused. Pull a shorter time window.")
                 .arg(QLocale().formattedDataSize(limitBytes));
    return e;
}

GatewayError GatewayError::cancelled() {
    GatewayError e;
    e.kind = Kind::Cancelled;
    e.text = tr("Cancelled.");
    return e;
}

} // namespace btxh
