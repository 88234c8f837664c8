// SPDX-License-Identifier: GPL-3.0-or-later
#include "EndpointProfile.h"

#include <QFileInfo>
#include <QHostAddress>

namespace btxh {

QUrl EndpointProfile::ndxpUrl() {
    return QUrl(QStringLiteral("https://api.ngsp.gov.vn"));
}

EndpointProfile EndpointProfile::ndxpProduction() {
    EndpointProfile p;
    p.kind = Kind::NdxpProduction;
    p.name = QStringLiteral("NDXP");
    p.baseUrl = ndxpUrl();
    return p;
}

EndpointProfile EndpointProfile::ndxpSandbox() {
    EndpointProfile p;
    p.kind = Kind::NdxpSandbox;
    p.name = QStringLiteral("NDXP Sandbox");
    p.baseUrl = ndxpUrl();
    return p;
}

EndpointProfile EndpointProfile::provinceLgsp(const QUrl &baseUrl) {
    EndpointProfile p;
    p.kind = Kind::ProvinceLgsp;
    p.name = QStringLiteral("LGSP");
    p.baseUrl = baseUrl;
    return p;
}

EndpointProfile EndpointProfile::custom(const QUrl &baseUrl) {
    EndpointProfile p;
    p.kind = Kind::Custom;
    p.name = baseUrl.host();
    p.baseUrl = baseUrl;
    return p;
}

QUrl EndpointProfile::resolved(const QString &path) const {
    QUrl url = baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    return url;
}

QUrl EndpointProfile::tokenUrl() const {
    return resolved(QStringLiteral("/token"));
}

QUrl EndpointProfile::serviceUrl(const QString &service) const {
    return resolved(QStringLiteral("/apiBTXH/1.0/") + service);
}

bool EndpointProfile::isLoopbackHost(const QString &host) {
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString EndpointProfile::validationError() const {
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return tr("The gateway address \"%1\" is not a valid URL.").arg(baseUrl.toDisplayString());
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme == u"http") {
        if (!isLoopbackHost(baseUrl.host()))
            return tr("The gateway address must use https://; plain http:// is only allowed for a sandbox "
                      "on this computer (127.0.0.1).");
    } else if (scheme != u"https") {
        return tr("The gateway address must start with https://.");
    }
    if (baseUrl.hasQuery() || baseUrl.hasFragment())
        return tr("The gateway address must not contain a query or a fragment.");
    if (!trustedCaFile.isEmpty() && !QFileInfo(trustedCaFile).isReadable())
        return tr("The trusted certificate file \"%1\" cannot be read.").arg(trustedCaFile);
    if (transferTimeoutMs <= 0 || tokenTimeoutMs <= 0)
        return tr("The gateway timeouts must be positive.");
    if (maxResponseBytes <= 0)
        return tr("The maximum reply size must be positive.");
    for (char c : extraTokenHeader) {
        // RFC 9110 token characters; anything else would corrupt the request.
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return tr("The extra header name \"%1\" is not a valid HTTP header name.")
                .arg(QString::fromLatin1(extraTokenHeader));
    }
    return {};
}

QString EndpointProfile::kindName(Kind kind) {
    switch (kind) {
    case Kind::NdxpProduction:
        return QStringLiteral("ndxp");
    case Kind::NdxpSandbox:
        return QStringLiteral("ndxp-sandbox");
    case Kind::ProvinceLgsp:
        return QStringLiteral("lgsp");
    case Kind::Custom:
        break;
    }
    return QStringLiteral("custom");
}

} // namespace btxh
