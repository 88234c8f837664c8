// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace btxh::secrets {

// The gateway's client_credentials pair for one profile. Keep it in memory only as long as needed; never put
// it in settings, the database, a log line or a command line.
struct ConsumerCredentials {
    QString consumerKey;
    QString consumerSecret;

    bool isComplete() const { return !consumerKey.isEmpty() && !consumerSecret.isEmpty(); }
};

} // namespace btxh::secrets
