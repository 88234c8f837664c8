// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretKind.h"

#include <QCryptographicHash>

namespace btxh::secrets {

QString SecretKinds::entrySuffix(SecretKind kind) {
    switch (kind) {
    case SecretKind::ConsumerKey:
        return QStringLiteral("consumer-key");
    case SecretKind::ConsumerSecret:
        return QStringLiteral("consumer-secret");
    case SecretKind::DatabasePassword:
        return QStringLiteral("database-password");
    }
    return {};
}

QString SecretKinds::label(SecretKind kind) {
    switch (kind) {
    case SecretKind::ConsumerKey:
        return tr("consumer key");
    case SecretKind::ConsumerSecret:
        return tr("consumer secret");
    case SecretKind::DatabasePassword:
        return tr("database password");
    }
    return {};
}

QString SecretKinds::databaseProfile(const QString &address) {
    const QByteArray digest = QCryptographicHash::hash(address.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("db-") + QString::fromLatin1(digest.left(32));
}

} // namespace btxh::secrets
