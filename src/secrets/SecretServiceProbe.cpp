// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretServiceProbe.h"

#ifdef BTXH_SECRET_SERVICE_PROBE
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

namespace btxh::secrets {

void SecretServiceProbe::defaultCollectionState(QObject *context, std::function<void(State)> done) {
#ifdef BTXH_SECRET_SERVICE_PROBE
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        QDBusMessage call = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"),
            QStringLiteral("/org/freedesktop/secrets/aliases/default"),
            QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
        call << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
        call.setAutoStartService(false); // only asking: never start a keyring daemon (e.g. beside KWallet)
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 5000), context);
        QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                         [watcher, done = std::move(done)]() {
                             watcher->deleteLater();
                             const QDBusPendingReply<QDBusVariant> reply = *watcher;
                             if (reply.isError()) {
                                 done(State::Unknown);
                                 return;
                             }
                             done(reply.value().variant().toBool() ? State::Locked : State::Unlocked);
                         });
        return;
    }
#endif
    QMetaObject::invokeMethod(
        context, [done = std::move(done)]() { done(State::Unknown); }, Qt::QueuedConnection);
}

} // namespace btxh::secrets
