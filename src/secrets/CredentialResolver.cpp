// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialResolver.h"

#include "SecretsLog.h"

#include <QEventLoop>

#include <memory>

namespace btxh::secrets {

CredentialResolver::CredentialResolver(SecretStore *store, const QProcessEnvironment &environment,
                                       QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_environment(environment) {}

bool CredentialResolver::environmentOverrides() const {
    return !m_environment.value(keyVariable).isEmpty() || !m_environment.value(secretVariable).isEmpty();
}

void CredentialResolver::resolve(const QString &profile, Callback done, const QObject *context) {
    QPointer<const QObject> guard(context);
    const bool guarded = context != nullptr;
    auto answer = [guard, guarded, done = std::move(done)](const CredentialResult &result) {
        if (guarded && !guard)
            return;
        if (done)
            done(result);
    };
    auto answerLater = [this, answer](const CredentialResult &result) {
        QMetaObject::invokeMethod(
            this, [answer, result]() { answer(result); }, Qt::QueuedConnection);
    };

    const QString key = m_environment.value(keyVariable);
    const QString secret = m_environment.value(secretVariable);
    if (!key.isEmpty() && !secret.isEmpty()) {
        qCDebug(lcSecrets) << "credentials for profile" << profile << "from the environment";
        answerLater({SecretStatus::Ok, {key, secret}, CredentialSource::Environment, {}});
        return;
    }
    if (!key.isEmpty() || !secret.isEmpty()) {
        const QLatin1StringView set = key.isEmpty() ? secretVariable : keyVariable;
        const QLatin1StringView missing = key.isEmpty() ? keyVariable : secretVariable;
        answerLater(
            {SecretStatus::InvalidInput,
             {},
             CredentialSource::Environment,
             tr("%1 is set but %2 is not: set both, or neither to use the keychain.").arg(set, missing)});
        return;
    }
    if (!m_store) {
        answerLater({SecretStatus::NoService,
                     {},
                     CredentialSource::None,
                     tr("No keychain is available: set %1 and %2.").arg(keyVariable, secretVariable)});
        return;
    }

    // The store answers in order, so the secret's answer comes after the key's.
    auto keyAnswer = std::make_shared<SecretResult>();
    m_store->read(
        profile, SecretKind::ConsumerKey, [keyAnswer](const SecretResult &r) { *keyAnswer = r; }, this);
    m_store->read(
        profile, SecretKind::ConsumerSecret,
        [this, profile, keyAnswer, answer](const SecretResult &secretResult) {
            CredentialResult result;
            result.source = CredentialSource::Keychain;
            const SecretResult &keyResult = *keyAnswer;
            if (keyResult.ok() && secretResult.ok()) {
                result.status = SecretStatus::Ok;
                result.credentials = {keyResult.value, secretResult.value};
            } else if (!keyResult.ok() && !keyResult.notFound()) {
                result.status = keyResult.status; // the keychain itself failed: say so, not "missing"
                result.message = keyResult.message;
            } else if (!secretResult.ok() && !secretResult.notFound()) {
                result.status = secretResult.status;
                result.message = secretResult.message;
            } else {
                result.status = SecretStatus::NotFound;
                result.message = tr("No consumer key and secret are stored for profile “%1”: run "
                                    "“btxh keys set --profile %1”, or set %2 and %3.")
                                     .arg(profile, keyVariable, secretVariable);
            }
            qCDebug(lcSecrets) << "credentials for profile" << profile
                               << "from the keychain:" << (result.ok() ? "ok" : "not available");
            answer(result);
        },
        this);
}

CredentialResult CredentialResolver::resolveSync(const QString &profile) {
    QEventLoop loop;
    auto result = std::make_shared<CredentialResult>();
    auto finished = std::make_shared<bool>(false);
    resolve(
        profile,
        [result, finished, &loop](const CredentialResult &r) {
            *result = r;
            *finished = true;
            loop.quit();
        },
        &loop);
    if (!*finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return *result;
}

} // namespace btxh::secrets
