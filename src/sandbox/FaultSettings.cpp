// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultSettings.h"

namespace btxh {

QJsonObject FaultSettings::toJson() const {
    return {
        {QStringLiteral("latencyMs"), latencyMs},
        {QStringLiteral("errorRate"), errorRate},
        {QStringLiteral("failStatus"), failStatus},
        {QStringLiteral("retryAfterSeconds"), retryAfterSeconds},
        {QStringLiteral("dropRate"), dropRate},
        {QStringLiteral("truncateRate"), truncateRate},
        {QStringLiteral("hangRate"), hangRate},
        {QStringLiteral("htmlRate"), htmlRate},
        {QStringLiteral("malformedRate"), malformedRate},
        {QStringLiteral("pullDefect"), pullDefect},
    };
}

bool FaultSettings::apply(const QJsonObject &json, QString *error) {
    FaultSettings next = *this;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!it.value().isDouble()) {
            *error = QStringLiteral("%1 must be a number").arg(it.key());
            return false;
        }
        const double v = it.value().toDouble();
        const QString &k = it.key();
        if (k == u"latencyMs")
            next.latencyMs = int(v);
        else if (k == u"errorRate")
            next.errorRate = v;
        else if (k == u"failStatus")
            next.failStatus = int(v);
        else if (k == u"retryAfterSeconds")
            next.retryAfterSeconds = int(v);
        else if (k == u"dropRate")
            next.dropRate = v;
        else if (k == u"truncateRate")
            next.truncateRate = v;
        else if (k == u"hangRate")
            next.hangRate = v;
        else if (k == u"htmlRate")
            next.htmlRate = v;
        else if (k == u"malformedRate")
            next.malformedRate = v;
        else if (k == u"pullDefect")
            next.pullDefect = int(v);
        else {
            *error = QStringLiteral("unknown fault \"%1\"").arg(k);
            return false;
        }
    }
    const QString invalid = next.validationError();
    if (!invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    *this = next;
    return true;
}

QString FaultSettings::validationError() const {
    for (double rate : {errorRate, dropRate, truncateRate, hangRate, htmlRate, malformedRate}) {
        if (rate < 0 || rate > 1)
            return QStringLiteral("rates must be between 0 and 1");
    }
    // 302, 403 and 404 stand for a gateway that is set up wrong (a captive portal, a refused application,
    // a wrong path): every call gets them.
    if (failStatus != 500 && failStatus != 503 && failStatus != 429 && failStatus != 302 &&
        failStatus != 403 && failStatus != 404)
        return QStringLiteral("failStatus must be 500, 503, 429, 302, 403 or 404");
    if (pullDefect < NoPullDefect || pullDefect > UnreadableItem)
        return QStringLiteral("pullDefect must be 0, 1, 2 or 3");
    if (latencyMs < 0 || retryAfterSeconds < 0)
        return QStringLiteral("latencyMs and retryAfterSeconds must not be negative");
    return {};
}

} // namespace btxh
