// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace btxh::secrets {

enum class SecretStatus {
    Ok,
    NotFound,     // nothing stored under that entry (a remove of a missing entry is Ok, not this)
    NoService,    // no keychain service is running (no D-Bus, no Secret Service, no backend)
    Locked,       // the keyring exists but is locked
    AccessDenied, // the keychain or the user refused
    Timeout,      // the keychain did not answer in time (often: waiting for an unlock prompt nobody sees)
    InvalidInput, // a bad profile name or an empty value; nothing was sent to the keychain
    Failed,       // anything else; `message` has the keychain's own words
};

// The outcome of one read, write or remove. `value` is set only by a successful read. `message` is
// translated, meant for the officer, and never contains the value.
struct SecretResult {
    SecretStatus status = SecretStatus::Failed;
    QString value;
    QString message;

    bool ok() const { return status == SecretStatus::Ok; }
    bool notFound() const { return status == SecretStatus::NotFound; }
    // The keychain itself is unusable (as opposed to an entry simply missing).
    bool keychainUnavailable() const {
        return status == SecretStatus::NoService || status == SecretStatus::Locked ||
               status == SecretStatus::AccessDenied || status == SecretStatus::Timeout;
    }
};

} // namespace btxh::secrets
