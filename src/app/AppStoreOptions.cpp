// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppStoreOptions.h"

#include "DatabaseLocation.h"
#include "SecretKind.h"
#include "SecretStore.h"

#include <QHash>
#include <memory>
#include <mutex>

namespace btxh::app {

namespace {

// Shared by the copies of the options: the password is asked once however many connections open.
struct PasswordCache {
    std::mutex mutex;
    QHash<QString, QString> passwords; // by the address's keychain key
};

} // namespace

QString AppStoreOptions::officer(const QString &address, const QProcessEnvironment &environment) {
    QString error;
    const DatabaseLocation location = DatabaseLocation::parse(address, &error);
    if (location.isServer() && !location.user().isEmpty())
        return location.user();
    for (const QString &variable :
         {QStringLiteral("USER"), QStringLiteral("USERNAME"), QStringLiteral("LOGNAME")})
        if (const QString name = environment.value(variable).trimmed(); !name.isEmpty())
            return name;
    return StoreOptions().user;
}

StoreOptions AppStoreOptions::make(const QString &address, secrets::SecretStore *secrets,
                                   const QProcessEnvironment &environment, StoreOptions base) {
    base.user = officer(address, environment);
    if (!secrets)
        return base;
    auto cache = std::make_shared<PasswordCache>();
    base.serverPassword = [cache, secrets](const QString &keychainKey) {
        const std::lock_guard<std::mutex> lock(cache->mutex);
        const auto known = cache->passwords.constFind(keychainKey);
        if (known != cache->passwords.cend())
            return *known;
        const secrets::SecretResult r = secrets->readSync(secrets::SecretKinds::databaseProfile(keychainKey),
                                                          secrets::SecretKind::DatabasePassword);
        return *cache->passwords.insert(keychainKey, r.ok() ? r.value : QString());
    };
    return base;
}

} // namespace btxh::app
