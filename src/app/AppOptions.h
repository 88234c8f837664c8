// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace btxh::app {

// btxh-desktop's command line.
struct AppOptions {
    Q_DECLARE_TR_FUNCTIONS(btxh::app::AppOptions)

public:
    QString databasePath;         // --db; empty = the default database (or the demo's)
    bool demo = false;            // --demo: always the demo, with a local ndxp-sandbox
    bool noDemo = false;          // --offline: never start the demo, even with no gateway configured
    bool demoIfNoGateway = false; // --demo-if-no-gateway: the demo, not the first-run wizard (scripts/run.sh)
    QString language;             // --language vi|en; empty = the saved choice (Vietnamese by default)
    QString sandboxProgram;       // --sandbox PATH
    int demoDossiers = 300;       // --demo-dossiers N
    bool quitAfterPaint = false;  // --quit-after-paint: print the start-up time and quit (benchmark)
    QString importFile;           // FILE: an exported dossier file (.btxhx) to offer for import

    // False with a message (or the help text, with *help set) to print.
    bool parse(const QStringList &arguments, QString *message, bool *help);
};

} // namespace btxh::app
