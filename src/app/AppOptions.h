#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace btxh::app {

// btxh-desktop's command line.
struct AppOptions {
    Q_DECLARE_TR_FUNCTIONS(btxh::app::AppOptions)

public:
    QString databasePath;        // --db; empty = the default database (or the demo's)
    bool demo = false;           // --demo: always the demo, with a local ndxp-sandbox
    bool noDemo = false;         // --offline: never start the demo, even with no gateway configured
    QString language;            // --language vi|en; empty = the saved choice (Vietnamese by default)
    QString sandboxProgram;      // --sandbox PATH
    int demoDossiers = 300;      // --demo-dossiers N
    bool quitAfterPaint = false; // --quit-after-paint: print the start-up time and quit (benchmark)

    // False with a message (or the help text, with *help set) to print.
    bool parse(const QStringList &arguments, QString *message, bool *help);
};

} // namespace btxh::app
