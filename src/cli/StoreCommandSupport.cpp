// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreCommandSupport.h"

#include "AdministratorSettings.h"
#include "DatabaseLocation.h"
#include "DatabasePath.h"
#include "DossierExport.h"
#include "KeychainSecretStore.h"
#include "PlaceCalendar.h"
#include "SecretKind.h"
#include "WireDate.h"

#include <QDir>
#include <QFileInfo>

namespace btxh::cli {

void StoreCommandSupport::addDatabaseOption(QCommandLineParser &parser) {
    parser.addOption(QCommandLineOption(
        QStringLiteral("db"),
        tr("The database file (default: the desktop app's, %1). import, import-sheet, list, show, export, "
           "pull, push, sync and report also take an office's PostgreSQL database, "
           "postgresql://user@server:5432/database.")
            .arg(QDir::toNativeSeparators(defaultDatabasePath())),
        QStringLiteral("PATH")));
}

QString StoreCommandSupport::databasePath(const QCommandLineParser &parser) {
    const QString path = parser.value(QStringLiteral("db"));
    return path.isEmpty() ? defaultDatabasePath() : path;
}

QString StoreCommandSupport::storeErrorLine(const QString &command, const StoreError &error) {
    return QStringLiteral("btxh ") + command + QStringLiteral(": ") + error.message;
}

int StoreCommandSupport::allowAdministratorChange(const QString &path, const QString &command,
                                                  const QString &what, CliContext &context,
                                                  QString *refusal) {
    if (!QFileInfo::exists(path))
        return ExitOk;
    Store::Options options;
    options.readOnly = true; // asking must not create or upgrade anything
    Store store(options);
    if (const StoreResult<void> opened = store.open(path); !opened) {
        if (refusal)
            *refusal = opened.error().message;
        else
            context.err << storeErrorLine(command, opened.error()) << Qt::endl;
        return ExitStoreError;
    }
    if (AdministratorSettings::mayChange(store))
        return ExitOk;
    const QString why = AdministratorSettings::refusal(store, what);
    if (refusal)
        *refusal = why;
    else
        context.err << "btxh " << command << ": " << why << Qt::endl;
    return ExitNotAllowed;
}

Store::Options StoreCommandSupport::options(Store::Options base) {
    base.serverPassword = [](const QString &keychainKey) {
        secrets::KeychainSecretStore keychain;
        const secrets::SecretResult r = keychain.readSync(secrets::SecretKinds::databaseProfile(keychainKey),
                                                          secrets::SecretKind::DatabasePassword);
        // Not stored, or no keychain to ask: libpq reads ~/.pgpass, and the server's refusal says what to do.
        return r.ok() ? r.value : QString();
    };
    return base;
}

bool StoreCommandSupport::open(Store &store, const QCommandLineParser &parser, const QString &command,
                               CliContext &context, bool readOnly) {
    const QString path = databasePath(parser);
    if (readOnly && !DatabaseLocation::looksLikeServerAddress(path) && !QFileInfo::exists(path)) {
        context.err << "btxh " << command << ": "
                    << tr("there is no database at %1 yet; import or pull some dossiers first.")
                           .arg(QDir::toNativeSeparators(path))
                    << Qt::endl;
        return false;
    }
    // Whether `done` of `total` has reached a tenth not said yet (`said`: the last one said).
    const auto newTenth = [](int &said, qint64 done, qint64 total) {
        const int tenth = total > 0 ? int(done * 10 / total) : 0;
        const bool isNew = tenth != said;
        said = tenth;
        return isNew;
    };
    const auto say = [&](const QString &line) {
        context.err << "btxh " << command << ": " << line << Qt::endl;
    };
    // An upgrade that rewrites every row takes minutes on a province's database: say how far it is, by
    // tenths.
    int migrationTenth = -1;
    store.setMigrationProgress([&](int version, qint64 done, qint64 total) {
        if (newTenth(migrationTenth, done, total))
            say(tr("upgrading the database to schema %1: %L2 of %L3 rows (%4%)")
                    .arg(version)
                    .arg(done)
                    .arg(total)
                    .arg(migrationTenth * 10));
    });
    // A bulk load that was killed left the indexes it set aside to whoever opens next.
    int indexTenth = -1;
    store.setIndexProgress([&](int done, int total) {
        if (newTenth(indexTenth, done, total))
            say(tr("making the database's indexes again (a bulk load did not finish): %1 of %2")
                    .arg(done)
                    .arg(total));
    });
    const StoreResult<void> opened = store.open(path);
    store.setMigrationProgress({});
    store.setIndexProgress({});
    if (!opened) {
        context.err << storeErrorLine(command, opened.error()) << Qt::endl;
        return false;
    }
    return true;
}

QCommandLineOption StoreCommandSupport::unitsOption() {
    const QString reform = TwoLevelReformDate.toString(QStringLiteral("dd/MM/yyyy"));
    return {
        QStringLiteral("units"),
        tr("Read --province/--district/--commune in this GSO list: 2025 (today's units: dossiers received "
           "from %1) or 2024 (yesterday's: received before). Without it a code matches on any date.")
            .arg(reform),
        QStringLiteral("2024|2025")};
}

bool StoreCommandSupport::areaUnits(const QCommandLineParser &parser, std::optional<GsoList> *list,
                                    QString *error) {
    list->reset();
    if (!parser.isSet(QStringLiteral("units")))
        return true;
    const QString units = parser.value(QStringLiteral("units")).trimmed();
    if (units != u"2024" && units != u"2025") {
        *error = tr("--units: use 2024 or 2025, not \"%1\"").arg(units);
        return false;
    }
    *list = PlaceCalendar::listFromKey(units);
    const GsoList other = PlaceCalendar::isTwoLevel(**list) ? GsoList::Units2024 : GsoList::Units2025;
    const std::pair<PlaceLevel, const char *> levels[] = {{PlaceLevel::Province, "province"},
                                                          {PlaceLevel::District, "district"},
                                                          {PlaceLevel::Commune, "commune"}};
    for (const auto &[level, name] : levels) {
        const QString option = QString::fromLatin1(name);
        // optionNames(): what was given, without asking about an option a command does not define.
        const QString code =
            parser.optionNames().contains(option) ? parser.value(option).trimmed() : QString();
        if (code.isEmpty() || PlaceCalendar::unit(level, code, **list))
            continue;
        const GsoUnit *there = PlaceCalendar::unit(level, code, other);
        *error =
            there ? tr("--%1 %2 is not in %3; in %4 it is %5.")
                        .arg(option, code, PlaceCalendar::listName(**list), PlaceCalendar::listName(other),
                             there->name)
                  : tr("--%1 %2 is in neither %3 nor %4.")
                        .arg(option, code, PlaceCalendar::listName(**list), PlaceCalendar::listName(other));
        return false;
    }
    return true;
}

void StoreCommandSupport::addListOptions(QCommandLineParser &parser) {
    parser.addOptions({
        {QStringLiteral("status"), tr("Only dossiers with this StatusId (repeat for several)."),
         QStringLiteral("N")},
        {QStringLiteral("procedure"), tr("Only this procedure (MaTTHC)."), QStringLiteral("CODE")},
        {QStringLiteral("province"), tr("Only this processing province (GSO code)."), QStringLiteral("CODE")},
        {QStringLiteral("district"), tr("Only this processing district (GSO code)."), QStringLiteral("CODE")},
        {QStringLiteral("commune"), tr("Only this processing commune (GSO code)."), QStringLiteral("CODE")},
        unitsOption(),
        {QStringLiteral("sync-state"),
         tr("Only dossiers in this sync state: draft, ready, sent, synced, failed or conflict (repeat for "
            "several)."),
         QStringLiteral("S")},
        {QStringLiteral("from"), tr("Received on or after this day (dd/MM/yyyy or yyyy-MM-dd)."),
         QStringLiteral("DATE")},
        {QStringLiteral("to"), tr("Received on or before this day (dd/MM/yyyy or yyyy-MM-dd)."),
         QStringLiteral("DATE")},
        {QStringLiteral("search"),
         tr("Name, CMND/CCCD, MaHoSo or address, without accents if you like: \"nguyen van an\". The "
            "beginning of a dossier code (\"000.00.15.G07-2406\") finds the dossiers whose code begins with "
            "it."),
         QStringLiteral("TEXT")},
        {QStringLiteral("overdue"), tr("Only dossiers past their legal deadline and not finished.")},
        {QStringLiteral("sort"),
         tr("Sort by this column: a field name (MaHoSo, HoVaTen, NgayTiepNhan, StatusId, ...), sync_state, "
            "updated_at or deadline. Default: NgayTiepNhan, newest first."),
         QStringLiteral("COLUMN"), QStringLiteral("NgayTiepNhan")},
        {QStringLiteral("asc"), tr("Sort ascending (default: descending).")},
        {QStringLiteral("limit"), tr("Show at most N dossiers (default: all, fetched page by page)."),
         QStringLiteral("N")},
    });
}

bool StoreCommandSupport::listQuery(const QCommandLineParser &parser, ListQuery *query, qint64 *limit,
                                    QString *error) {
    ListQuery q;
    q.filter.statuses = parser.values(QStringLiteral("status"));
    q.filter.procedure = parser.value(QStringLiteral("procedure"));
    q.filter.province = parser.value(QStringLiteral("province"));
    q.filter.district = parser.value(QStringLiteral("district"));
    q.filter.commune = parser.value(QStringLiteral("commune"));
    if (!areaUnits(parser, &q.filter.areaList, error))
        return false;
    for (const QString &s : parser.values(QStringLiteral("sync-state"))) {
        const std::optional<SyncState> state = syncStateFromName(s);
        if (!state) {
            *error =
                tr("--sync-state: use draft, ready, sent, synced, failed or conflict, not \"%1\"").arg(s);
            return false;
        }
        q.filter.syncStates << *state;
    }
    for (const char *name : {"from", "to"}) {
        const QString option = QString::fromLatin1(name);
        if (!parser.isSet(option))
            continue;
        const WireDate::Parsed parsed = WireDate::parse(parser.value(option));
        if (!parsed.isValid()) {
            *error = tr("--%1: \"%2\" is not a date dd/MM/yyyy").arg(option, parser.value(option));
            return false;
        }
        (option == u"from" ? q.filter.from : q.filter.to) = parsed.date;
    }
    q.filter.search = parser.value(QStringLiteral("search"));
    if (parser.isSet(QStringLiteral("overdue")))
        q.filter.deadline = DeadlineFilter::Overdue;
    q.sortColumn = parser.value(QStringLiteral("sort"));
    if (ListQuerySql::sortExpression(q.sortColumn).isEmpty()) {
        *error = tr("--sort: \"%1\" is not a column of the list").arg(q.sortColumn);
        return false;
    }
    q.descending = !parser.isSet(QStringLiteral("asc"));
    *limit = 0;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        *limit = parser.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || *limit <= 0) {
            *error =
                tr("--limit: \"%1\" is not a positive number").arg(parser.value(QStringLiteral("limit")));
            return false;
        }
    }
    *query = q;
    return true;
}

bool StoreCommandSupport::forEachRow(Store &store, ListQuery query, qint64 limit,
                                     const std::function<bool(const ListRow &)> &row, StoreError *storeError,
                                     int pageSize) {
    return DossierExport::forEachRow(store, std::move(query), limit, row, pageSize, storeError);
}

} // namespace btxh::cli
