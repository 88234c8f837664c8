// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupCommand.h"

#include "StoreBackup.h"
#include "StoreCommandSupport.h"

#include <QDir>
#include <QLocale>

namespace btxh::cli {

QString BackupCommand::summary() const {
    return tr("back up the local database to a file (while the app may keep working)");
}

void BackupCommand::setup(QCommandLineParser &parser) const {
    parser.setApplicationDescription(tr(
        "Copies the local database to FILE: a consistent snapshot of the last saved state, taken while BTXH "
        "Desktop or a sync may keep working, checked (SQLite's integrity check) and put in place only once "
        "complete, so a failed backup never leaves a half file. An existing FILE is replaced. Keep backups "
        "on "
        "another disk. Exit status: 0 ok, 2 bad usage or FILE cannot be written (folder not writable, disk "
        "full, FILE is the database itself), 3 the database is missing, damaged or locked."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The backup file to write."),
                                 QStringLiteral("FILE"));
    StoreCommandSupport::addDatabaseOption(parser);
}

int BackupCommand::run(const QCommandLineParser &parser, CliContext &context) const {
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        context.err << tr("btxh backup: give one FILE to write the backup to") << Qt::endl;
        return ExitBadInput;
    }
    const QString database = StoreCommandSupport::databasePath(parser);
    const StoreBackup::Result r = StoreBackup::backup(database, args.constFirst());
    if (!r.ok()) {
        context.err << StoreCommandSupport::storeErrorLine(name(), r.error) << Qt::endl;
        // Whatever is wrong with the database itself is a local database error; the rest is the target's.
        switch (r.error.kind) {
        case StoreError::Kind::NotFound:
        case StoreError::Kind::Corrupt:
        case StoreError::Kind::Locked:
        case StoreError::Kind::NewerSchema:
        case StoreError::Kind::Other:
            return ExitStoreError;
        default:
            return ExitBadInput;
        }
    }
    context.out << tr("Backed up %n dossier(s) from %1", nullptr, int(r.info.dossierCount))
                       .arg(QDir::toNativeSeparators(database))
                << '\n'
                << tr("to %1 (%2, schema %3, integrity check ok).")
                       .arg(QDir::toNativeSeparators(r.info.path), QLocale().formattedDataSize(r.info.bytes))
                       .arg(r.info.schemaVersion)
                << Qt::endl;
    return ExitOk;
}

QString BackupCommand::serverRefusal() const {
    return tr("an office's PostgreSQL database is backed up by its administrator with PostgreSQL's own "
              "tools (pg_dump, pg_basebackup or the server's archiving); btxh backup copies a database file. "
              "btxh db copy --from ADDRESS --to FILE also writes a database file from it.");
}

} // namespace btxh::cli
