// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdministratorSettings.h"

#include "DeadlineSettings.h"
#include "Store.h"
#include "SyncSettings.h"

namespace btxh {

bool AdministratorSettings::isAdministratorKey(const QString &key) {
    if (DeadlineSettings::isKey(key))
        return true;
    for (const SyncSettings::Key &k : SyncSettings::keys()) {
        if (k.name == key)
            return k.administrator;
    }
    return false;
}

std::optional<UserRole> AdministratorSettings::storedRole(Store &store) {
    const QString name =
        store.settings().value(QString(RolePolicy::settingKey)).value_or(QString()).trimmed();
    if (name.isEmpty())
        return std::nullopt;
    return RolePolicy::fromName(name).value_or(UserRole::CommuneOfficer);
}

bool AdministratorSettings::mayChange(Store &store) {
    return RolePolicy::mayChangeAdministratorSettings(storedRole(store), SyncSettings::gatewayChosen(store));
}

QString AdministratorSettings::refusal(Store &store, const QString &what) {
    const UserRole role = storedRole(store).value_or(UserRole::CommuneOfficer);
    return tr("only an administrator changes %1, and the role of this database is %2. Nothing was changed. "
              "(The role is chosen in the app's Settings, or with btxh config set %3.)")
        .arg(what, RolePolicy::label(role), RolePolicy::settingKey);
}

} // namespace btxh
