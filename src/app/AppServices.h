// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OfficeSettings.h"
#include "RolePolicy.h"
#include "ValidationContext.h"

#include <QDateTime>
#include <QProcessEnvironment>
#include <functional>

class QNetworkAccessManager;
class QSettings;

namespace btxh {
class Store;
namespace secrets {
class SecretStore;
}
} // namespace btxh

namespace btxh::app {

// What the windows need from outside, injected (CONTRIBUTING.md): the open store, the secret store, the
// network access manager, the clock, the app's own settings. Owned by DesktopApplication (or a test); the
// windows only borrow them.
struct AppServices {
    Store *store = nullptr;
    secrets::SecretStore *secrets = nullptr;
    QNetworkAccessManager *network = nullptr;
    std::function<QDateTime()> clock; // empty = the system clock
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    bool demo = false;
    // This desktop user's own settings (which database it opens, window places); null in most tests.
    QSettings *appSettings = nullptr;

    QDateTime now() const { return clock ? clock() : QDateTime::currentDateTime(); }
    OfficeSettings settings() const { return OfficeSettings(*store); }
    RolePolicy policy() const { return RolePolicy(settings().role()); }
    // Outgoing (strict) judgement as of today, against the office's place list and ethnicity coding.
    ValidationContext validationContext() const;
};

} // namespace btxh::app
