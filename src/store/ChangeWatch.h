// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDriver>
#include <chrono>

class QTimer;

namespace btxh {

class Store;

// Tells when another connection — another desktop on the office's server, `btxh` on the same file, or this
// app's own background import — has committed a change to the store's database, so that a window showing
// its dossiers can read them again instead of showing what was true when it last looked.
//
// On an SQLite file it asks `PRAGMA data_version` on the store's own connection every `interval`: the number
// changes when, and only when, another connection commits, and asking reads no page of the file. On an
// office's PostgreSQL database it listens: every write transaction sends a notification (`channel`) that
// PostgreSQL delivers when it commits, and the driver hands it over as soon as it arrives; the store's own
// notifications are ignored. Lives in the thread of the store it watches, which must outlive it.
class ChangeWatch : public QObject {
    Q_OBJECT
public:
    // The notification every write transaction on a server sends (StoreConnection).
    static const QString Channel;

    explicit ChangeWatch(Store &store, std::chrono::milliseconds interval = std::chrono::seconds(2),
                         QObject *parent = nullptr);
    ~ChangeWatch() override;

    // Whether changes are delivered by the server as they happen (PostgreSQL) rather than asked for.
    bool isListening() const { return m_listening; }

public Q_SLOTS:
    // Asks now (SQLite); a listening watch has nothing to ask.
    void check();

Q_SIGNALS:
    void changedElsewhere();

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    qint64 dataVersion() const;

    Store &m_store;
    QTimer *m_timer = nullptr;
    qint64 m_version = -1;
    bool m_listening = false;
};

} // namespace btxh
