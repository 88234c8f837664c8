// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace btxh {

// The gateway's MToken answer to POST /token (§2).
struct TokenResponse {
    QString accessToken;
    QString scope;
    QString tokenType;
    qint64 expiresInSeconds = 0;
};

} // namespace btxh
