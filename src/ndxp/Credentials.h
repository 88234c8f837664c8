// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace btxh {

// The consumer key pair NDXP (or a province's LGSP) issued to this information system. It comes from the
// secret store (src/secrets) or the environment; this layer only uses it to ask for a token and never logs,
// stores or prints it.
struct Credentials {
    QString consumerKey;
    QString consumerSecret;

    bool isComplete() const { return !consumerKey.isEmpty() && !consumerSecret.isEmpty(); }
    bool operator==(const Credentials &o) const {
        return consumerKey == o.consumerKey && consumerSecret == o.consumerSecret;
    }
};

} // namespace btxh
