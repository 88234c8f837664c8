// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretKind.h"

namespace btxh::secrets {

QString SecretKinds::entrySuffix(SecretKind kind) {
    switch (kind) {
    case SecretKind::ConsumerKey:
        return QStringLiteral("consumer-key");
    case SecretKind::ConsumerSecret:
        return QStringLiteral("consumer-secret");
    }
    return {};
}

QString SecretKinds::label(SecretKind kind) {
    switch (kind) {
    case SecretKind::ConsumerKey:
        return tr("consumer key");
    case SecretKind::ConsumerSecret:
        return tr("consumer secret");
    }
    return {};
}

} // namespace btxh::secrets
