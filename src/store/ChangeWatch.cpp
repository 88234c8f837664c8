// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeWatch.h"

#include "Store.h"
#include "StoreLog.h"

#include <QSqlQuery>
#include <QTimer>

namespace btxh {

const QString ChangeWatch::Channel = QStringLiteral("btxh_changes");

ChangeWatch::ChangeWatch(Store &store, std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
    , m_store(store) {
    if (!m_store.isOpen())
        return;
    QSqlDriver *driver = m_store.database().driver();
    if (m_store.isServer()) {
        connect(driver, &QSqlDriver::notification, this, &ChangeWatch::onNotification);
        m_listening = driver->subscribeToNotification(Channel);
        if (!m_listening)
            qCWarning(lcStore) << "cannot listen for other desktops' changes; the list refreshes when asked";
        return;
    }
    m_version = dataVersion();
    m_timer = new QTimer(this);
    m_timer->setInterval(interval);
    connect(m_timer, &QTimer::timeout, this, &ChangeWatch::check);
    m_timer->start();
}

ChangeWatch::~ChangeWatch() {
    if (m_listening && m_store.isOpen())
        m_store.database().driver()->unsubscribeFromNotification(Channel);
}

qint64 ChangeWatch::dataVersion() const {
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void ChangeWatch::check() {
    if (m_listening || !m_store.isOpen() || m_store.isServer())
        return;
    const qint64 now = dataVersion();
    if (now < 0)
        return;
    // A database reopened (a restore) starts counting again: any difference is a change.
    if (m_version >= 0 && now != m_version) {
        m_version = now;
        Q_EMIT changedElsewhere();
        return;
    }
    m_version = now;
}

void ChangeWatch::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                 const QVariant &payload) {
    Q_UNUSED(payload)
    if (name == Channel && source != QSqlDriver::SelfSource)
        Q_EMIT changedElsewhere();
}

} // namespace btxh
