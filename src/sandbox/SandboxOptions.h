// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FaultSettings.h"

#include <QDateTime>
#include <QStringList>

class QCoreApplication;

namespace btxh {

// Everything ndxp-sandbox can be told on its command line (see README.md beside this file).
struct SandboxOptions {
    quint16 port = 0;     // 0 = any free port
    QString databasePath; // empty = a temporary file removed on exit
    QString consumerKey = QStringLiteral("demo-key");
    QString consumerSecret = QStringLiteral("demo-secret");
    int tokenLifetimeSeconds = 3600;
    QByteArray requiredTokenHeader; // when set, service calls must also carry the token in this header
    int seedCount = 0;
    quint32 seedRandom = 1;
    QStringList seedProvinces;
    int seedDays = 30;
    QDateTime seedUntil; // invalid = now
    FaultSettings faults;
    quint32 faultSeed = 0; // 0 = random
    bool verbose = false;
    bool deduplicate = true; // --no-dedup: false

    // Parses the application's arguments; on error prints nothing and returns false with a reason.
    bool parse(const QStringList &arguments, QString *error, bool *helpShown);
};

} // namespace btxh
