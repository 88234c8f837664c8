#include "RestoreCommand.h"

#include "StoreBackup.h"
#include "StoreCommandSupport.h"

#include <QDir>
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
        "BTXH database or from a newer version, 3 the database cannot be replaced (in use, not writable)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The backup file to restore."),
                                 QStringLiteral("FILE"));
    StoreCommandSupport::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("yes"), tr("Do not ask for confirmation.")});
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
    if (r.info.schemaVersion < Store::latestSchemaVersion())
        context.out << tr("The backup is from an older version (schema %1); it is upgraded the next time the "
                          "database is opened.")
                           .arg(r.info.schemaVersion)
                    << '\n';
    context.out.flush();
    return ExitOk;
}

} // namespace btxh::cli
