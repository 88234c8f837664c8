// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretKind.h"
#include "SecretResult.h"

#include <QCoreApplication>
#include <QString>

namespace btxh::secrets {

// Turns a QtKeychain outcome into a SecretResult an officer can act on. QtKeychain reports a missing D-Bus or
// Secret Service and a locked collection mostly as OtherError/AccessDenied with the backend's own words, so
// the words are looked at too. `detail` is the job's errorString(): the backend's text, never the secret.
class KeychainError {
    Q_DECLARE_TR_FUNCTIONS(KeychainError)
public:
    // `code` is a QKeychain::Error (kept as int so this header needs no QtKeychain include).
    static SecretResult toResult(int code, const QString &detail, const QString &profile, SecretKind kind);

    static bool looksLikeNoService(const QString &detail);
    static bool looksLikeLocked(const QString &detail);

    static QString noServiceMessage(const QString &detail);
    static QString lockedMessage();
    static QString notFoundMessage(const QString &profile, SecretKind kind);
    static QString timeoutMessage(int seconds);
};

} // namespace btxh::secrets
