// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppOptions.h"

#include "DatabaseLocation.h"
#include "Translations.h"

#include <QCommandLineParser>

namespace btxh::app {

bool AppOptions::parse(const QStringList &arguments, QString *message, bool *help) {
    *help = false;
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("BTXH Desktop: social-assistance dossiers, kept on this computer and synced "
           "with the Ministry's system through NDXP."));
    const QCommandLineOption helpOption = p.addHelpOption();
    const QCommandLineOption versionOption = p.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        tr("The database file (default: the user's data folder), or an office's PostgreSQL "
           "database: postgresql://user@server:port/dbname."),
        tr("path or address"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), tr("Demonstration: a temporary database and a local ndxp-sandbox with "
                                   "generated dossiers (the default when no gateway is configured)."));
    const QCommandLineOption offline(
        QStringLiteral("offline"), tr("Never start the demonstration, even when no gateway is configured."));
    const QCommandLineOption demoIfNone(
        QStringLiteral("demo-if-no-gateway"),
        tr("Without --db: the demonstration when no gateway is configured, instead of the first-run "
           "questions."));
    const QCommandLineOption lang(QStringLiteral("language"), tr("vi (default) or en."), tr("language"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     tr("The ndxp-sandbox program for the demonstration."), tr("path"));
    const QCommandLineOption dossiers(QStringLiteral("demo-dossiers"),
                                      tr("How many dossiers the demonstration's sandbox generates."), tr("N"),
                                      QStringLiteral("300"));
    const QCommandLineOption quit(QStringLiteral("quit-after-paint"),
                                  tr("Print the time to the first painted window and quit (benchmark)."));
    p.addOptions({db, demoOption, offline, demoIfNone, lang, sandbox, dossiers, quit});
    p.addPositionalArgument(QStringLiteral("file"),
                            tr("An exported dossier file (.btxhx) to import, as opening it from the file "
                               "manager does."),
                            QStringLiteral("[file]"));
    if (!p.parse(arguments)) {
        *message = p.errorText();
        return false;
    }
    if (p.isSet(helpOption) || p.isSet(versionOption)) {
        *help = true;
        *message = p.isSet(helpOption) ? p.helpText()
                                       : QCoreApplication::applicationName() + u' ' +
                                             QCoreApplication::applicationVersion() + u'\n';
        return false;
    }
    databasePath = p.value(db);
    demo = p.isSet(demoOption);
    noDemo = p.isSet(offline);
    demoIfNoGateway = p.isSet(demoIfNone);
    if (DatabaseLocation::looksLikeServerAddress(databasePath)) {
        QString error;
        if (!DatabaseLocation::parse(databasePath, &error).isValid()) {
            *message = error;
            return false;
        }
        if (demo) {
            *message = tr("--demo works on a database file of its own, never on an office's server.");
            return false;
        }
    }
    if (demo && noDemo) {
        *message = tr("--demo and --offline cannot be used together.");
        return false;
    }
    if (p.isSet(lang)) {
        bool ok = false;
        Translations::parse(p.value(lang), &ok);
        if (!ok) {
            *message = tr("--language must be vi or en.");
            return false;
        }
        language = p.value(lang);
    }
    sandboxProgram = p.value(sandbox);
    bool ok = false;
    demoDossiers = p.value(dossiers).toInt(&ok);
    if (!ok || demoDossiers < 1 || demoDossiers > 100000) {
        *message = tr("--demo-dossiers must be a number from 1 to 100000.");
        return false;
    }
    quitAfterPaint = p.isSet(quit);
    const QStringList files = p.positionalArguments();
    if (files.size() > 1) {
        *message = tr("Give at most one file to import.");
        return false;
    }
    importFile = files.value(0);
    return true;
}

} // namespace btxh::app
