// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreCommand.h"

#include "Store.h"
#include "StoreBackup.h"
#include "StoreCommandSupport.h"
#include "SyncSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace btxh::cli {

QString RestoreCommand::summary() const {
    return tr("replace the local database with a backup (keeping a safety copy)");
}

void RestoreCommand::setup(QCommandLineParser &parser) const {
    parser.setApplicationDescription(tr(
        "Replaces the local database with the backup FILE. The backup is checked first (SQLite's integrity "
        "check, BTXH tables, a schema this version knows) and nothing is touched when it fails. The "
        "database as it was is kept beside it as <database>.before-restore-<date-time>.sqlite. Close BTXH "
        "Desktop first: a database in use is not replaced. A backup made by an older version is upgraded "
        "the next time the database is opened. Asks for confirmation on a terminal; otherwise give --yes. "
        "Exit status: 0 restored, 1 not confirmed, 2 bad usage or the backup is damaged, truncated, not a "
        "BTXH database or from a newer version, 3 the database cannot be replaced (in use, not writable), 7 "
        "--backup-endpoint and this database's role is not the administrator."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The backup file to restore."),
                                 QStringLiteral("FILE"));
    StoreCommandSupport::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("yes"), tr("Do not ask for confirmation.")});
    parser.addOption(
        {QStringLiteral("backup-endpoint"),
         tr("When the backup's gateway settings differ from this database's, use the backup's "
            "without asking (otherwise asked on a terminal, and kept as they are without one). An "
            "administrator's choice: when this database's role is another one, nothing is restored (exit "
            "status 7), and without this option the current settings are kept without asking.")});
}

int RestoreCommand::run(const QCommandLineParser &parser, CliContext &context) const {
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        context.err << tr("btxh restore: give one backup FILE to restore") << Qt::endl;
        return ExitBadInput;
    }
    const QString file = args.constFirst();
    const QString database = StoreCommandSupport::databasePath(parser);
    const StoreBackup::Result checked = StoreBackup::verify(file);
    if (!checked.ok()) {
        context.err << StoreCommandSupport::storeErrorLine(name(), checked.error) << Qt::endl;
        return ExitBadInput;
    }
    const QLocale locale;
    context.out << tr("Backup %1: %n dossier(s), schema %2, %3, taken %4.", nullptr,
                      int(checked.info.dossierCount))
                       .arg(QDir::toNativeSeparators(file))
                       .arg(checked.info.schemaVersion)
                       .arg(locale.formattedDataSize(checked.info.bytes),
                            locale.toString(checked.info.modified, QLocale::ShortFormat))
                << Qt::endl;

    // A backup from another office or another time may point the keychain's key pair at another host: the
    // officer decides, and without a terminal the current connection stays. Taking the backup's is changing
    // the connection, an administrator's choice as in the app's Settings; a database that cannot be read
    // (often the reason to restore it) has no role to ask.
    const QMap<QString, QString> current = StoreBackup::settingsOf(database);
    const QMap<QString, QString> incoming = StoreBackup::settingsOf(file);
    const bool differs = QFileInfo::exists(database) && SyncSettings::describeConnection(current) !=
                                                            SyncSettings::describeConnection(incoming);
    QString notAdministrator;
    const bool mayTake = !differs || StoreCommandSupport::allowAdministratorChange(
                                         database, name(), tr("the gateway settings"), context,
                                         &notAdministrator) != ExitNotAllowed;
    if (!mayTake && parser.isSet(QStringLiteral("backup-endpoint"))) {
        context.err << "btxh restore: " << notAdministrator << Qt::endl;
        return ExitNotAllowed;
    }
    if (!parser.isSet(QStringLiteral("yes"))) {
        if (!context.interactive) {
            context.err
                << tr("btxh restore: this replaces the database %1; give --yes to confirm (there is no "
                      "terminal to ask). Nothing was restored.")
                       .arg(QDir::toNativeSeparators(database))
                << Qt::endl;
            return ExitBadInput;
        }
        context.err
            << tr("Replace the database %1 with this backup? The current database is kept as a safety "
                  "copy beside it. Type \"yes\" to restore: ")
                   .arg(QDir::toNativeSeparators(database));
        context.err.flush();
        const QString answer = context.in.readLine().trimmed().toLower();
        if (answer != u"yes" && answer != u"y" && answer != tr("yes").toLower()) {
            context.err << tr("Nothing was restored.") << Qt::endl;
            return ExitProblems;
        }
    }

    bool keepCurrentEndpoint = false;
    if (differs && !parser.isSet(QStringLiteral("backup-endpoint"))) {
        keepCurrentEndpoint = true;
        if (context.interactive && mayTake) {
            context.err
                << tr("The backup sends to another gateway (%1) than this database (%2). Use the "
                      "backup's gateway? Type \"yes\" to use it, anything else keeps the current one: ")
                       .arg(SyncSettings::describeConnection(incoming),
                            SyncSettings::describeConnection(current));
            context.err.flush();
            const QString answer = context.in.readLine().trimmed().toLower();
            keepCurrentEndpoint = answer != u"yes" && answer != u"y" && answer != tr("yes").toLower();
        }
    }

    const StoreBackup::Result r = StoreBackup::restore(file, database);
    if (!r.ok()) {
        context.err << StoreCommandSupport::storeErrorLine(name(), r.error) << Qt::endl;
        return ExitStoreError;
    }
    context.out << tr("Restored %n dossier(s) into %1.", nullptr, int(r.info.dossierCount))
                       .arg(QDir::toNativeSeparators(database))
                << '\n';
    if (!r.safetyCopyPath.isEmpty())
        context.out << tr("The database as it was before is kept at %1")
                           .arg(QDir::toNativeSeparators(r.safetyCopyPath))
                    << '\n';
    if (keepCurrentEndpoint) {
        Store store;
        StoreResult<void> put = store.open(database);
        if (put)
            put = SyncSettings::restoreConnection(store, current);
        if (!put) {
            context.err
                << tr("btxh restore: the gateway settings could not be put back (%1); check them with "
                      "btxh config before syncing.")
                       .arg(put.error().message)
                << Qt::endl;
            return ExitStoreError;
        }
        context.out << tr("The gateway settings of the database as it was are kept (%1); the backup's (%2) "
                          "were not taken.")
                           .arg(SyncSettings::describeConnection(current),
                                SyncSettings::describeConnection(incoming))
                    << '\n';
    }
    if (r.info.schemaVersion < Store::latestSchemaVersion())
        context.out << tr("The backup is from an older version (schema %1); it is upgraded the next time the "
                          "database is opened.")
                           .arg(r.info.schemaVersion)
                    << '\n';
    context.out.flush();
    return ExitOk;
}

QString RestoreCommand::serverRefusal() const {
    return tr("an office's PostgreSQL database is restored by its administrator with PostgreSQL's own "
              "tools (pg_restore, or the server's archive); btxh restore replaces a database file.");
}

} // namespace btxh::cli
