// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace btxh {

class StoreConnection;

// A pulled item that could not be read, kept verbatim with the window it came in.
struct QuarantinedItem {
    qint64 id = 0;
    QString service; // the watermark's service: "dossiers", "progress", "results"
    QString area;    // the watermark's area key
    QDateTime windowFrom, windowTo;
    QByteArray item; // as the gateway sent it
    QString problem; // why it could not be read
    QDateTime receivedAt;
};

// The pull quarantine (Store::quarantine()): items of a pull reply that could not be understood wait here
// until an officer dismisses them, and the pull of their service and area does not move its watermark past
// the oldest one still waiting, so that it keeps asking for that window.
class PullQuarantine {
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    explicit PullQuarantine(StoreConnection &connection);

    // All of them, in one transaction.
    StoreResult<void> add(const QList<QuarantinedItem> &items);
    // The items not dismissed yet, oldest first.
    StoreResult<QList<QuarantinedItem>> waiting();
    // Recorded with who and when; NotFound when no such item is waiting.
    StoreResult<void> dismiss(qint64 id);
    // The start of the oldest window holding a waiting item of `service` and `area`; invalid when none.
    StoreResult<QDateTime> oldestWindow(const QString &service, const QString &area);

private:
    StoreConnection &m_connection;
};

} // namespace btxh
