// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeadlineRules.h"
#include "StoreResult.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace btxh {

class StoreConnection;

// The database's own settings (key -> text, Store::settings()), the pull watermarks, and counters. Settings
// travel with the office's data; the deadline rules (DeadlineSettings keys) are among them, and changing
// those recomputes every computed deadline in the same transaction.
class StoreSettings {
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    explicit StoreSettings(StoreConnection &connection);

    // NotFound when the key is not set.
    StoreResult<QString> value(const QString &key);
    StoreResult<void> setValue(const QString &key, const QString &value);
    // All of them in one transaction; the deadlines are recomputed once, when any of them is a deadline key.
    StoreResult<void> setValues(const QMap<QString, QString> &values);
    // The deadline rules of this database: the shipped ones with its administrator's settings applied.
    const DeadlineRules &deadlineRules() const;

    // Where the last pull of `service` for `area` reached; NotFound when it never ran.
    StoreResult<QString> watermark(const QString &service, const QString &area);
    StoreResult<void> setWatermark(const QString &service, const QString &area, const QString &value);

    // The counter `key` plus one, kept: read, incremented and written in one IMMEDIATE transaction, so two
    // Store objects (or two programs) on one file never get the same number. The first is 1.
    StoreResult<int> nextSerial(const QString &key);

private:
    void write(const QString &key, const QString &value);
    void recomputeDeadlines();

    StoreConnection &m_connection;
};

} // namespace btxh
