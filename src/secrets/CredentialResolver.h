// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CredentialResult.h"
#include "SecretStore.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

#include <functional>

namespace btxh::secrets {

// Yields the consumer key and secret for a profile.
//
// Precedence (documented for administrators): when BTXH_CONSUMER_KEY and BTXH_CONSUMER_SECRET are both set
// (non-empty) in the environment, they are used for every profile and the keychain is not asked at all — for
// unattended runs (cron, CI) where no keychain service runs. When only one of them is set, that is a
// configuration error (InvalidInput), never a mix of environment and keychain. When neither is set, both come
// from the injected SecretStore.
class CredentialResolver : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const CredentialResult &)>;

    static constexpr QLatin1StringView keyVariable{"BTXH_CONSUMER_KEY"};
    static constexpr QLatin1StringView secretVariable{"BTXH_CONSUMER_SECRET"};

    // `store` may be null (environment only); it must outlive the resolver's pending work.
    CredentialResolver(SecretStore *store, const QProcessEnvironment &environment, QObject *parent = nullptr);

    // Answers asynchronously, exactly once, unless `context` was destroyed meanwhile.
    void resolve(const QString &profile, Callback done, const QObject *context = nullptr);
    // Spins a local event loop: for the command line only.
    CredentialResult resolveSync(const QString &profile);

    // True when the environment holds either variable (then the keychain is not what is used).
    bool environmentOverrides() const;

private:
    QPointer<SecretStore> m_store;
    QProcessEnvironment m_environment;
};

} // namespace btxh::secrets
