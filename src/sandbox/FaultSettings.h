// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace btxh {

// What the sandbox does wrong on purpose, per request to /token and the six services (never /__admin).
// Rates are fractions in [0, 1], each rolled independently in this order: hang, error, then the request is
// processed (a push is stored), then drop, truncate, html, malformed.
struct FaultSettings {
    int latencyMs = 0;         // added before every answer
    double errorRate = 0;      // answered `failStatus` without processing
    int failStatus = 500;      // 500, 503 (an HTML page, as a proxy would send) or 429 (with Retry-After)
    int retryAfterSeconds = 1; // sent with 429 and 503
    double dropRate = 0;       // processed, then the connection is closed without an answer (a lost reply)
    double truncateRate = 0;   // processed, then half of the body is sent and the connection closed
    double hangRate = 0;       // never answered, never processed
    double htmlRate = 0;       // HTTP 200 with an HTML page instead of JSON
    double malformedRate = 0;  // HTTP 200 with JSON cut in the middle (Content-Length matching)
    // Every pull answer, well-formed JSON yet not what it should be: 1 without error_code, 2 without data,
    // 3 with an item that is neither a dossier nor a step added to data. 0: none.
    int pullDefect = 0;
    enum PullDefect { NoPullDefect, NoErrorCode, NoData, UnreadableItem };

    QJsonObject toJson() const;
    // Applies the keys present in `json` (the names toJson() uses); false with a reason when a value is bad.
    bool apply(const QJsonObject &json, QString *error);
    QString validationError() const;
};

} // namespace btxh
