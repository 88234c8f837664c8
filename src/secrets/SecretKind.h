// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace btxh::secrets {

// What is kept per profile. The keychain entry is "<profile>/consumer-key" or "<profile>/consumer-secret".
enum class SecretKind { ConsumerKey, ConsumerSecret };

class SecretKinds {
    Q_DECLARE_TR_FUNCTIONS(SecretKinds)
public:
    static QString entrySuffix(SecretKind kind); // "consumer-key", "consumer-secret" (not translated)
    static QString label(SecretKind kind);       // "consumer key", translated
};

} // namespace btxh::secrets
