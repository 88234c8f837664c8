// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreOptions.h"

#include <QProcessEnvironment>
#include <QString>

namespace btxh::secrets {
class SecretStore;
}

namespace btxh::app {

// How the desktop opens its database (the window's store, and every other connection it opens with the same
// options: the list's reader, reports, imports, exports; Store::options()).
//
// The audit trail names the officer: on an office's server the database user of its address (each officer
// logs in as themselves), on a file the computer's login name. An office server's password comes from the
// OS keychain, asked once, on the first connection, and then kept in this process's memory for the app's
// other connections; never written anywhere. Not in the keychain (or no keychain): libpq reads ~/.pgpass.
class AppStoreOptions {
public:
    // `secrets` must outlive every store opened with the answer.
    static StoreOptions make(const QString &address, secrets::SecretStore *secrets,
                             const QProcessEnvironment &environment, StoreOptions base = {});
    static QString officer(const QString &address, const QProcessEnvironment &environment);
};

} // namespace btxh::app
