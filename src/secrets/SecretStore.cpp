// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

#include <QEventLoop>
#include <QPointer>
#include <QRegularExpression>

#include <memory>

namespace btxh::secrets {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent) {}

SecretStore::~SecretStore() = default;

QString SecretStore::entryName(const QString &profile, SecretKind kind) {
    return profile + u'/' + SecretKinds::entrySuffix(kind);
}

bool SecretStore::isValidProfileName(const QString &profile) {
    static const QRegularExpression pattern(QStringLiteral("\\A[A-Za-z0-9._-]{1,64}\\z"));
    return pattern.match(profile).hasMatch();
}

QString SecretStore::invalidProfileMessage(const QString &profile) {
    return tr("“%1” is not a valid profile name: use 1 to 64 letters, digits, '.', '_' or '-'.").arg(profile);
}

void SecretStore::writePair(const QString &profile, const QString &key, const QString &secret,
                            PairCallback done, const QObject *context) {
    struct Pending {
        int writes = 0;
        QStringList errors;
    };
    auto pending = std::make_shared<Pending>();
    const std::pair<SecretKind, QString> entries[] = {{SecretKind::ConsumerKey, key},
                                                      {SecretKind::ConsumerSecret, secret}};
    for (const auto &[kind, value] : entries)
        pending->writes += value.isEmpty() ? 0 : 1;
    if (pending->writes == 0) {
        deliverLater([done](const SecretResult &) { done({}); }, SecretResult{});
        return;
    }
    for (const auto &[kind, value] : entries) {
        if (value.isEmpty())
            continue;
        write(
            profile, kind, value,
            [pending, done](const SecretResult &result) {
                if (!result.ok())
                    pending->errors << result.message;
                if (--pending->writes == 0)
                    done(pending->errors);
            },
            context);
    }
}

SecretStore::Callback SecretStore::guarded(Callback done, const QObject *context) const {
    if (!done)
        return [](const SecretResult &) {};
    if (!context)
        return done;
    return [guard = QPointer<const QObject>(context), done = std::move(done)](const SecretResult &result) {
        if (guard)
            done(result);
    };
}

void SecretStore::deliverLater(Callback done, const SecretResult &result) {
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result]() { done(result); }, Qt::QueuedConnection);
}

bool SecretStore::refuseInvalid(const QString &profile, const Callback &done) {
    if (isValidProfileName(profile))
        return false;
    deliverLater(done, SecretResult{SecretStatus::InvalidInput, {}, invalidProfileMessage(profile)});
    return true;
}

void SecretStore::read(const QString &profile, SecretKind kind, Callback done, const QObject *context) {
    Callback callback = guarded(std::move(done), context);
    if (refuseInvalid(profile, callback))
        return;
    doRead(profile, kind, std::move(callback));
}

void SecretStore::write(const QString &profile, SecretKind kind, const QString &value, Callback done,
                        const QObject *context) {
    Callback callback = guarded(std::move(done), context);
    if (refuseInvalid(profile, callback))
        return;
    if (value.isEmpty()) {
        deliverLater(
            callback,
            SecretResult{
                SecretStatus::InvalidInput,
                {},
                tr("An empty %1 cannot be stored; clear the keys instead.").arg(SecretKinds::label(kind))});
        return;
    }
    doWrite(profile, kind, value, std::move(callback));
}

void SecretStore::remove(const QString &profile, SecretKind kind, Callback done, const QObject *context) {
    Callback callback = guarded(std::move(done), context);
    if (refuseInvalid(profile, callback))
        return;
    doRemove(profile, kind, std::move(callback));
}

namespace {

// Runs `start` and waits in a local event loop for the result it delivers.
template <typename Start> SecretResult waitFor(Start start) {
    QEventLoop loop;
    auto result = std::make_shared<SecretResult>();
    auto finished = std::make_shared<bool>(false);
    start(
        [result, finished, &loop](const SecretResult &r) {
            *result = r;
            *finished = true;
            loop.quit();
        },
        &loop);
    if (!*finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return *result;
}

} // namespace

SecretResult SecretStore::readSync(const QString &profile, SecretKind kind) {
    return waitFor(
        [&](Callback done, const QObject *context) { read(profile, kind, std::move(done), context); });
}

SecretResult SecretStore::writeSync(const QString &profile, SecretKind kind, const QString &value) {
    return waitFor([&](Callback done, const QObject *context) {
        write(profile, kind, value, std::move(done), context);
    });
}

SecretResult SecretStore::removeSync(const QString &profile, SecretKind kind) {
    return waitFor(
        [&](Callback done, const QObject *context) { remove(profile, kind, std::move(done), context); });
}

} // namespace btxh::secrets
