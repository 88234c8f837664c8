// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace btxh::secrets {

// What is kept per profile. The keychain entry is "<profile>/consumer-key" or "<profile>/consumer-secret".
enum class SecretKind { ConsumerKey, ConsumerSecret, DatabasePassword };

class SecretKinds {
    Q_DECLARE_TR_FUNCTIONS(SecretKinds)
public:
    static QString entrySuffix(SecretKind kind); // "consumer-key", "consumer-secret" (not translated)
    static QString label(SecretKind kind);       // "consumer key", translated
    // The profile an office database's password is kept under: "db-" and a digest of its address
    // (postgresql://user@host:port/dbname), since an address holds characters a profile name may not.
    static QString databaseProfile(const QString &address);
};

} // namespace btxh::secrets
