// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace btxh {
class Store;
}

namespace btxh::app {

// Starts the app: the command line, the language, the first-run wizard when it is due (FirstRun), the
// database, the keychain, the main window, and an exported file given on the command line offered for import;
// and the demo when it is asked for or chosen (a temporary database, a local ndxp-sandbox with generated
// dossiers, "DEMO" in the title), stopping the sandbox on the way out.
class DesktopApplication {
    Q_DECLARE_TR_FUNCTIONS(btxh::app::DesktopApplication)
public:
    static int run(int argc, char *argv[]);

    // Whether the database at `path` names a gateway (a missing file does not).
    static bool hasGateway(const QString &path);
    // Points a demo database at a sandbox on 127.0.0.1 (and sets up the office the first time).
    static bool configureDemo(Store &store, const QUrl &gateway, QString *error);
    // The demo's keychain profile and key pair (ndxp-sandbox's own defaults, nothing secret).
    static QString demoKeysProfile() { return QStringLiteral("demo"); }
    // A font that has every Vietnamese letter, when the system has one.
    static void useVietnameseFont();
};

} // namespace btxh::app
