// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSettings;

namespace btxh::app {

struct AppOptions;

// How the app starts, and what the first-run wizard recorded. App-level choices (the language, whether the
// first run is done and how the user chose to work) live in QSettings, in the platform's place; the office's
// own answers (area, role, gateway) live in its database (OfficeSettings, SyncSettings).
//
//   language          vi | en
//   firstRun/done     true once the user chose to work offline or with a gateway
//   firstRun/choice   offline | gateway | demo   (demo: tried the demonstration, not set up yet)
class FirstRun {
public:
    enum class Choice { None, Offline, Gateway, Demo };
    enum class StartMode {
        Office, // the officer's database (the default one or --db), offline or with its gateway
        Demo,   // a temporary database and a local ndxp-sandbox
        Wizard, // ask first, then one of the above
    };

    // The wizard only on the default database (no --db, --demo, --offline, --quit-after-paint) when the first
    // run is not done and that database has no gateway; never in demo mode. Without the wizard, a default
    // database with no gateway starts the demo only when asked (--demo, --demo-if-no-gateway) or for the
    // start-up benchmark; once the user chose to work offline it stays the officer's database.
    static StartMode startMode(const AppOptions &options, const QSettings &settings,
                               bool defaultDatabaseHasGateway);
    static bool needed(const AppOptions &options, const QSettings &settings, bool defaultDatabaseHasGateway) {
        return startMode(options, settings, defaultDatabaseHasGateway) == StartMode::Wizard;
    }

    static bool done(const QSettings &settings);
    static Choice choice(const QSettings &settings);
    // Records the choice; offline and gateway also mark the first run done (the demo does not: the user has
    // only looked around, and is asked again, with the answers given so far, at the next start).
    static void record(QSettings &settings, Choice choice);

    static QString choiceName(Choice choice);
    static Choice choiceFromName(const QString &name);

    static const QString LanguageKey, DoneKey, ChoiceKey;
};

} // namespace btxh::app
