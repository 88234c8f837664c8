// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "ListQuery.h"
#include "Store.h"

#include <QCommandLineParser>
#include <functional>

namespace btxh::cli {

// What the store commands (import, list, show, export) share: --db, opening the store, the list filters, and
// walking a list page by page.
class StoreCommandSupport {
    Q_DECLARE_TR_FUNCTIONS(StoreCommandSupport)
public:
    static void addDatabaseOption(QCommandLineParser &parser);
    static QString databasePath(const QCommandLineParser &parser);
    // `base` with what opening an office's PostgreSQL database needs: its password from the OS keychain
    // (btxh db password), or none, and libpq reads ~/.pgpass.
    static Store::Options options(Store::Options base = {});
    // Opens the store (for reading only when asked); prints why not and returns false when it cannot.
    static bool open(Store &store, const QCommandLineParser &parser, const QString &command,
                     CliContext &context, bool readOnly);

    // --status, --procedure, --province, --district, --commune, --sync-state, --from, --to, --search,
    // --overdue, --sort, --asc, --limit.
    static void addListOptions(QCommandLineParser &parser);
    // The query the options ask for; false with *error set when a value is bad. *limit is 0 for "all".
    static bool listQuery(const QCommandLineParser &parser, ListQuery *query, qint64 *limit, QString *error);

    // --units: the GSO list --province/--district/--commune are read in (both list and report take it).
    static QCommandLineOption unitsOption();
    // The list --units names (unset when not given); false with *error set when it names none, or when an
    // area code given with it is not a unit of that list (the message says what the code is in the other).
    static bool areaUnits(const QCommandLineParser &parser, std::optional<GsoList> *list, QString *error);

    // Calls `row` for each listed dossier, fetching pages of `pageSize` (never all rows at once). Returns
    // false when the store failed (then `storeError` says why) or `row` returned false.
    static bool forEachRow(Store &store, ListQuery query, qint64 limit,
                           const std::function<bool(const ListRow &)> &row, StoreError *storeError,
                           int pageSize = 500);

    static QString storeErrorLine(const QString &command, const StoreError &error);

    // Whether the office of the database at `path` may change an administrator's setting (`what`, named in
    // the message): ExitOk; or it prints why not and returns ExitNotAllowed (ExitStoreError when the database
    // cannot be read). A database that does not exist yet is not set up: allowed (AdministratorSettings).
    // With `refusal`, the reason (or the store's error) goes there instead.
    static int allowAdministratorChange(const QString &path, const QString &command, const QString &what,
                                        CliContext &context, QString *refusal = nullptr);
};

} // namespace btxh::cli
