// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConsumerCredentials.h"
#include "SecretResult.h"

namespace btxh::secrets {

enum class CredentialSource { None, Environment, Keychain };

// What CredentialResolver found for a profile. `message` is translated and never contains a key or secret.
struct CredentialResult {
    SecretStatus status = SecretStatus::Failed;
    ConsumerCredentials credentials;
    CredentialSource source = CredentialSource::None;
    QString message;

    bool ok() const { return status == SecretStatus::Ok; }
};

} // namespace btxh::secrets
