// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace btxh {

// Why a gateway call did not succeed, in words an officer can act on (`text`, translated), plus what the
// sync engine needs to decide what to do next (`kind`, `isTransient()`).
//
// The gateway's own verdict is kept verbatim: `gatewayCode` is its error_code and `gatewayMessage` its
// message, whenever a reply carried them (a business error, or a 4xx/5xx with a JSON body).
struct GatewayError {
    Q_DECLARE_TR_FUNCTIONS(btxh::GatewayError)

public:
    enum class Kind {
        None,
        Configuration,  // the profile or the credentials cannot be used; nothing was sent
        Network,        // no connection, connection dropped, reply cut short
        Timeout,        // nothing moved for the profile's timeout
        Tls,            // the certificate could not be verified
        Unauthorized,   // the key pair was refused, or the token was refused twice
        HttpStatus,     // another non-2xx answer (after retries for 5xx and 429)
        Business,       // HTTP 200 with error_code != 0
        MalformedReply, // not the JSON we expect: HTML, truncated, wrong types
        TooLarge,       // the reply exceeded the profile's maximum size
        Cancelled,
    };

    Kind kind = Kind::None;
    QString text;       // translated, for the officer
    int httpStatus = 0; // 0 when no HTTP answer arrived
    bool hasGatewayCode = false;
    int gatewayCode = 0;        // error_code, verbatim
    QString gatewayMessage;     // message, verbatim
    int attempts = 0;           // how many requests were sent for this call
    int retryAfterSeconds = -1; // a Retry-After the call did not wait for (too long), else -1
    // The gateway may have acted on the request although we have no usable answer (a timeout, a dropped
    // connection, a 5xx, an unreadable 2xx, a cancel mid-request).
    bool outcomeUnknown = false;

    bool isError() const { return kind != Kind::None; }
    // Worth trying again later as it is: the sync engine keeps the item queued ("working offline").
    bool isTransient() const;
    // Not about one item but about how we reach the gateway: a redirect (a captive portal), the token refused
    // even fresh, 403, 404 on the service path. Every further call would fail alike.
    bool isGatewayLevel() const;
    QString kindName() const;

    static GatewayError configuration(const QString &reason);
    static GatewayError network(const QString &qtReason);
    static GatewayError timeout(int seconds);
    static GatewayError tls(const QString &qtReason);
    static GatewayError unauthorized(bool tokenEndpoint, int httpStatus);
    static GatewayError httpStatusError(int status, const QString &reason);
    static GatewayError business(int code, const QString &message);
    static GatewayError malformed(const QString &problem);
    static GatewayError tooLarge(qint64 limitBytes);
    static GatewayError cancelled();
};

} // namespace btxh
