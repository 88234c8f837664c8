// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainError.h"

#include <qt6keychain/keychain.h>

#include <QLatin1StringView>

namespace btxh::secrets {

bool KeychainError::looksLikeNoService(const QString &detail) {
    // GDBus, libdbus and QtKeychain's own wordings for "there is no session bus" or "nobody owns
    // org.freedesktop.secrets".
    static const QLatin1StringView markers[] = {
        QLatin1StringView("autolaunch"),
        QLatin1StringView("DBUS_SESSION_BUS_ADDRESS"),
        QLatin1StringView("org.freedesktop.secrets"),
        QLatin1StringView("ServiceUnknown"),
        QLatin1StringView("not provided by any .service files"),
        QLatin1StringView("D-Bus is not running"),
        QLatin1StringView("No keychain service"),
        QLatin1StringView("No keyring daemon"),
        QLatin1StringView("Could not connect"),
        QLatin1StringView("Connection refused"),
    };
    for (const QLatin1StringView marker : markers)
        if (detail.contains(marker, Qt::CaseInsensitive))
            return true;
    return false;
}

bool KeychainError::looksLikeLocked(const QString &detail) {
    // gnome-keyring started by D-Bus activation, never unlocked, has no login collection to write to:
    // "Object does not exist at path “/org/freedesktop/secrets/collection/login”".
    return detail.contains(QLatin1StringView("locked"), Qt::CaseInsensitive) ||
           (detail.contains(QLatin1StringView("/org/freedesktop/secrets/collection/")) &&
            detail.contains(QLatin1StringView("does not exist"), Qt::CaseInsensitive));
}

QString KeychainError::noServiceMessage(const QString &detail) {
    return tr("No keychain service is running (%1). Start gnome-keyring (or another Secret Service), or set "
              "BTXH_CONSUMER_KEY and BTXH_CONSUMER_SECRET in the environment. The keys are never kept in a "
              "plain-text file instead.")
        .arg(detail.isEmpty() ? tr("no keychain backend is available") : detail);
}

QString KeychainError::lockedMessage() {
    return tr("The keyring is locked or not set up. Unlock it (log in to the desktop session, or start "
              "gnome-keyring-daemon with --unlock) and try again.");
}

QString KeychainError::notFoundMessage(const QString &profile, SecretKind kind) {
    return tr("No %1 is stored for profile “%2”.").arg(SecretKinds::label(kind), profile);
}

QString KeychainError::timeoutMessage(int seconds) {
    return tr("The keychain did not answer within %n second(s); it may be waiting for an unlock prompt.",
              nullptr, seconds);
}

SecretResult KeychainError::toResult(int code, const QString &detail, const QString &profile,
                                     SecretKind kind) {
    switch (static_cast<QKeychain::Error>(code)) {
    case QKeychain::NoError:
        return {SecretStatus::Ok, {}, {}};
    case QKeychain::EntryNotFound:
        return {SecretStatus::NotFound, {}, notFoundMessage(profile, kind)};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {SecretStatus::NoService, {}, noServiceMessage(detail)};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        // libsecret reports a locked collection as AccessDenied.
        if (looksLikeLocked(detail))
            return {SecretStatus::Locked, {}, lockedMessage()};
        return {SecretStatus::AccessDenied, {}, tr("Access to the keychain was denied: %1").arg(detail)};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    if (looksLikeNoService(detail))
        return {SecretStatus::NoService, {}, noServiceMessage(detail)};
    if (looksLikeLocked(detail))
        return {SecretStatus::Locked, {}, lockedMessage()};
    return {SecretStatus::Failed, {}, tr("The keychain failed: %1").arg(detail)};
}

} // namespace btxh::secrets
