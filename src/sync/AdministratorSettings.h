// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RolePolicy.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace btxh {

class Store;

// Which of the office's settings are an administrator's, and whether the office of one database may change
// them now (RolePolicy::mayChangeAdministratorSettings, with the role and the gateway stored there). The
// app's Settings and btxh (config, keys, restore) ask here, so both allow the same.
//
// An administrator's: the connection (endpoint.*, keys.profile, and the key pair in the keychain), how pulls
// reach back (sync.*), the copies kept beside the database (store.keep-copies) and the deadline rules
// (DeadlineSettings). Every role chooses the office's area and its own role, as in the app's Settings: the
// roles are the office's working arrangement, not a security boundary.
class AdministratorSettings {
    Q_DECLARE_TR_FUNCTIONS(btxh::AdministratorSettings)
public:
    static bool isAdministratorKey(const QString &key);
    // The role stored in the database; std::nullopt when none was chosen. A stored name this version does not
    // know reads as the commune officer, as the app reads it.
    static std::optional<UserRole> storedRole(Store &store);
    static bool mayChange(Store &store);
    // Why `what` (a setting's name, "the key pair"…) cannot be changed, for a refusal; translated.
    static QString refusal(Store &store, const QString &what);
};

} // namespace btxh
