// SPDX-License-Identifier: GPL-3.0-or-later
#include "Store.h"

#include "DueDates.h"
#include "Migrations.h"
#include "OutboxMachine.h"
#include "OwnerOnly.h"
#include "PreparedDossier.h"
#include "ServerConnection.h"
#include "ServerSchema.h"
#include "StoreColumns.h"
#include "StoreConnection.h"
#include "StoreLog.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <algorithm>
#include <atomic>
#include <libpq-fe.h>
#include <sqlite3.h>

namespace btxh {

namespace {

std::atomic<int> connectionCounter{0};

} // namespace

class Store::Private {
public:
    explicit Private(Options options)
        : conn(std::move(options))
        , machine(conn)
        , reader(conn)
        , writer(conn, reader, machine)
        , outbox(conn, machine, reader, writer.audit())
        , settings(conn)
        , quarantine(conn)
        , deferredIndexes(conn) {}

    StoreConnection conn;
    OutboxMachine machine;
    DossierReader reader;
    DossierWriter writer;
    Outbox outbox;
    StoreSettings settings;
    PullQuarantine quarantine;
    DeferredIndexes deferredIndexes;
    QString connectionName;
    // The open connection's SQLite handle, or libpq's cancel request for a server's, for interrupt() from
    // another thread.
    std::atomic<sqlite3 *> interruptHandle{nullptr};
    std::atomic<PGcancel *> cancelRequest{nullptr};
};

Store::Store()
    : Store(Options()) {}

Store::Store(Options options)
    : d(std::make_unique<Private>(std::move(options))) {}

Store::~Store() {
    close();
}

int Store::latestSchemaVersion() {
    return Migrations::latestVersion();
}

void Store::setMigrationProgress(std::function<void(int version, qint64 done, qint64 total)> progress) {
    d->conn.setMigrationProgress(std::move(progress));
}

void Store::setIndexProgress(std::function<void(int done, int total)> progress) {
    d->conn.setIndexProgress(std::move(progress));
}

StoreResult<void> Store::open(const QString &path) {
    close();
    if (DatabaseLocation::looksLikeServerAddress(path))
        return openServer(path);
    return openFile(path);
}

StoreResult<void> Store::openServer(const QString &address) {
    QString parseError;
    const DatabaseLocation location = DatabaseLocation::parse(address, &parseError);
    // As given, so that another connection (the case list's worker) opens it alike; an address holds no
    // password (DatabaseLocation refuses one).
    d->conn.path = address;
    if (!location.isValid())
        return d->conn.fail(StoreError::make(StoreError::Kind::Invalid, parseError));
    d->connectionName = QStringLiteral("btxh-store-%1").arg(++connectionCounter);
    QString password = d->conn.options().serverPassword
                           ? d->conn.options().serverPassword(location.keychainKey())
                           : QString();
    StoreError error;
    d->conn.db = ServerConnection::open(location, password, d->connectionName, &error);
    password.fill(u'\0');
    if (!d->conn.db.isOpen()) {
        d->conn.db = QSqlDatabase();
        return d->conn.fail(error);
    }
    d->conn.dialect = SqlDialect::postgreSql();
    d->conn.server = location;
    auto failAndClose = [&](const StoreError &e) -> StoreResult<void> {
        d->conn.fail(e);
        close();
        d->conn.path = address;
        return e;
    };
    const StoreResult<ServerSchema::State> state = ServerSchema::inspect(d->conn.db, location);
    if (!state)
        return failAndClose(state.error());
    const int latest = ServerSchema::latestVersion();
    if (!state->initialised)
        return failAndClose(StoreError::make(StoreError::Kind::NotFound,
                                             tr("The database %1 holds no BTXH tables yet. Its administrator "
                                                "creates them with: btxh db init %1")
                                                 .arg(location.display())));
    if (state->version > latest)
        return failAndClose(ServerSchema::newerSchema(location, state->version, latest));
    if (state->version < latest)
        return failAndClose(StoreError::make(
            StoreError::Kind::CannotOpen,
            tr("The database %1 is at schema %2 and this version of the app needs %3. Its administrator "
               "upgrades it with: btxh db migrate %1")
                .arg(location.display())
                .arg(state->version)
                .arg(latest)));
    d->conn.version = state->version;
    d->conn.readOnly = d->conn.options().readOnly || !state->mayWrite;
    if (!state->mayWrite)
        qCInfo(lcStore) << "server database opened read-only: the user may not write its tables";
    QSqlQuery q(d->conn.db);
    // The busy timeout's counterpart: how long a write waits for another desktop's (StoreConnection).
    if (!q.exec(QStringLiteral("SET lock_timeout = %1").arg(std::max(1, d->conn.options().busyTimeoutMs))))
        return failAndClose(d->conn.errorOf(q.lastError()));
    QSqlError rulesError;
    d->conn.deadlineRules = DueDates::rulesOf(d->conn.db, &rulesError);
    if (rulesError.isValid())
        return failAndClose(d->conn.errorOf(rulesError));
    d->conn.dueDates = std::make_unique<DueDates>(d->conn.db);
    const QVariant handle = d->conn.db.driver()->handle();
    // Qt names the handle's type by libpq's struct (pg_conn*); its documentation says PGconn*.
    if (handle.isValid() &&
        (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0))
        d->cancelRequest.store(PQgetCancel(*static_cast<PGconn *const *>(handle.constData())));
    qCDebug(lcStore) << "opened server database, schema" << d->conn.version
                     << (d->conn.readOnly ? "read-only" : "read-write");
    return {};
}

StoreResult<void> Store::openFile(const QString &path) {
    d->conn.path = path;
    const QFileInfo info(path);
    if (info.isDir())
        return d->conn.fail(
            StoreError::make(StoreError::Kind::CannotOpen,
                             tr("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(path))));
    if (!d->conn.options().readOnly && !info.exists() && !OwnerOnly::makeFolder(info.absolutePath()))
        return d->conn.fail(StoreError::make(StoreError::Kind::CannotOpen,
                                             tr("The folder %1 cannot be created for the database.")
                                                 .arg(QDir::toNativeSeparators(info.absolutePath()))));
    const bool onDisk = StoreConnection::isFile(path);
    if (onDisk && !d->conn.options().readOnly)
        OwnerOnly::createFile(path); // before SQLite does, with its default mode

    d->connectionName = QStringLiteral("btxh-store-%1").arg(++connectionCounter);
    d->conn.db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    d->conn.db.setDatabaseName(path);
    QStringList connectOptions{
        QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(d->conn.options().busyTimeoutMs)};
    if (d->conn.options().readOnly)
        connectOptions << QStringLiteral("QSQLITE_OPEN_READONLY");
    d->conn.db.setConnectOptions(connectOptions.join(u';'));
    if (!d->conn.db.open()) {
        const QSqlError e = d->conn.db.lastError();
        close();
        d->conn.path = path;
        return d->conn.fail(e);
    }
    auto failAndClose = [&](const StoreError &e) -> StoreResult<void> {
        d->conn.fail(e);
        close();
        d->conn.path = path;
        return e;
    };
    QSqlQuery q(d->conn.db);
    // Reading the schema first: a file that is not a database, or a newer one, is refused before anything
    // (even the journal mode) is written to it.
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) ||
        !q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return failAndClose(StoreError::fromSql(q.lastError(), path));
    QSqlError versionError;
    const int version = Migrations::currentVersion(d->conn.db, &versionError);
    if (version < 0)
        return failAndClose(StoreError::fromSql(versionError, path));
    if (version > Migrations::latestVersion())
        return failAndClose(Migrations::migrate(d->conn.db, path)); // says why, touches nothing

    if (d->conn.options().readOnly) {
        d->conn.readOnly = true;
        if (version < Migrations::latestVersion())
            return failAndClose(StoreError::make(
                StoreError::Kind::ReadOnly,
                tr("The database %1 was made by an older version and must be upgraded, which needs it to be "
                   "writable. It was left untouched.")
                    .arg(QDir::toNativeSeparators(path))));
    } else {
        // WAL: readers never wait for the writer, and a crash mid-write leaves the last commit intact.
        // synchronous=FULL: a commit survives a power cut, not only a crash; this is the only copy.
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return failAndClose(StoreError::fromSql(q.lastError(), path));
        q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        // A bulk load killed before its end left its indexes deferred: they are made again before anything
        // (a migration included) reads the database. Without them it reads the same, only slower: a database
        // where that fails (a file that cannot be written, locked by another writer, a damaged record) opens
        // all the same.
        if (version > 0) {
            if (const StoreResult<int> restored =
                    d->deferredIndexes.restoreAbandoned(d->conn.options().indexProgress);
                !restored)
                qCWarning(lcStore) << "the indexes a bulk load deferred could not be made again:"
                                   << StoreError::kindName(restored.error().kind);
        }
        const int target = d->conn.options().schemaVersion > 0 ? d->conn.options().schemaVersion : 0;
        Migrations::Options migrateOptions;
        migrateOptions.clock = d->conn.options().clock;
        migrateOptions.freeBytes = d->conn.options().freeBytes;
        migrateOptions.progress = d->conn.options().migrationProgress;
        StoreError e = Migrations::migrate(d->conn.db, path, target, migrateOptions);
        if (e.isError())
            return failAndClose(e);
        if (target == 0 || target == Migrations::latestVersion()) {
            e = Migrations::reconcileColumns(d->conn.db, path);
            if (e.isError())
                return failAndClose(e);
            e = Migrations::recordDictionaries(d->conn.db, path);
            if (e.isError())
                return failAndClose(e);
        }
        // A file the system will not let us write (permissions, immutable, read-only medium) opens anyway;
        // find out now so writes can say so instead of failing obscurely.
        // In WAL mode BEGIN IMMEDIATE succeeds on such a file; rewriting the schema version (then rolling
        // back) is the smallest real write.
        q.exec(QStringLiteral("PRAGMA user_version"));
        d->conn.version = q.next() ? q.value(0).toInt() : 0;
        q.finish();
        if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(d->conn.version)) &&
                StoreError::fromSql(q.lastError(), path).kind == StoreError::Kind::ReadOnly) {
                d->conn.readOnly = true;
                qCInfo(lcStore) << "database opened read-only: the file cannot be written";
            }
            q.exec(QStringLiteral("ROLLBACK"));
        } else if (StoreError::fromSql(q.lastError(), path).kind == StoreError::Kind::ReadOnly) {
            d->conn.readOnly = true;
            qCInfo(lcStore) << "database opened read-only: the file cannot be written";
        }
    }
    q.exec(QStringLiteral("PRAGMA user_version"));
    d->conn.version = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    if (d->conn.version >= columns::DueDatesSchemaVersion) {
        QSqlError rulesError;
        d->conn.deadlineRules = DueDates::rulesOf(d->conn.db, &rulesError);
        if (rulesError.isValid())
            return failAndClose(StoreError::fromSql(rulesError, path));
        d->conn.dueDates = std::make_unique<DueDates>(d->conn.db);
    }
    if (d->conn.options().cacheKiB > 0)
        q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(d->conn.options().cacheKiB));
    if (onDisk && !d->conn.readOnly) {
        OwnerOnly::tightenDatabase(path);
        int keep = d->conn.options().keepSafetyCopies;
        if (q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'store.keep-copies'")) &&
            q.next()) {
            bool ok = false;
            const int setting = q.value(0).toInt(&ok);
            if (ok)
                keep = setting;
        }
        q.finish();
        OwnerOnly::pruneSafetyCopies(path, keep);
    }
    qCDebug(lcStore) << "opened database, schema" << d->conn.version
                     << (d->conn.readOnly ? "read-only" : "read-write");
    const QVariant handle = d->conn.db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        d->interruptHandle.store(*static_cast<sqlite3 *const *>(handle.constData()));
    return {};
}

void Store::close() {
    d->interruptHandle.store(nullptr);
    if (PGcancel *cancel = d->cancelRequest.exchange(nullptr))
        PQfreeCancel(cancel);
    d->writer.clear();
    d->machine.clear();
    d->outbox.clear();
    d->conn.dueDates.reset();
    d->conn.deadlineRules = DeadlineRules();
    d->conn.searchDeferred = false;
    if (d->conn.db.isValid()) {
        d->conn.db.close();
        d->conn.db = QSqlDatabase();
        QSqlDatabase::removeDatabase(d->connectionName);
    }
    d->conn.readOnly = false;
    d->conn.version = 0;
    d->conn.dialect = SqlDialect::sqlite();
    d->conn.server = DatabaseLocation();
}

bool Store::isOpen() const {
    return d->conn.db.isValid() && d->conn.db.isOpen();
}

bool Store::isReadOnly() const {
    return d->conn.readOnly;
}

QString Store::path() const {
    return d->conn.path;
}

const Store::Options &Store::options() const {
    return d->conn.options();
}

bool Store::isServer() const {
    return !d->conn.dialect.isSqlite();
}

int Store::schemaVersion() const {
    return d->conn.version;
}

QSqlDatabase Store::database() const {
    return d->conn.db;
}

void Store::prepare(ChangeSet &changes) {
    prepare(std::span<ChangeSet::ReceivedDossier>(changes.received.data(), size_t(changes.received.size())));
}

void Store::prepare(std::span<ChangeSet::ReceivedDossier> received) {
    for (ChangeSet::ReceivedDossier &item : received)
        if (!item.prepared)
            item.prepared = std::make_shared<const PreparedDossier>(
                PreparedDossier::of(item.dossier, item.serverJson, item.readFromCopy));
}

StoreResult<ChangeResult> Store::apply(const ChangeSet &changes) {
    return d->writer.apply(changes);
}

StoreResult<void> Store::resolveConflict(const QString &code, ConflictChoice choice,
                                         const std::optional<ChangeSet::LocalDossier> &merged) {
    return d->writer.resolveConflict(code, choice, merged);
}

StoreResult<StoredDossier> Store::dossier(const QString &code) {
    return d->reader.dossier(code);
}

StoreResult<QList<StoredStep>> Store::steps(const QString &code) {
    return d->reader.steps(code);
}

StoreResult<ListPage> Store::list(const ListQuery &query) {
    ListReader reader(d->conn.db, d->conn.now(), d->conn.options().searchPlan);
    reader.setServer(d->conn.server);
    std::optional<ListPage> page = reader.list(query);
    if (!page)
        return reader.sqlError().isValid() ? d->conn.fail(reader.sqlError()) : d->conn.fail(reader.error());
    return *std::move(page);
}

StoreResult<qint64> Store::count(const ListFilter &filter) {
    ListReader reader(d->conn.db, d->conn.now(), d->conn.options().searchPlan);
    reader.setServer(d->conn.server);
    const std::optional<qint64> n = reader.count(filter);
    if (!n)
        return reader.sqlError().isValid() ? d->conn.fail(reader.sqlError()) : d->conn.fail(reader.error());
    return *n;
}

StoreResult<ReportResult> Store::report(const ReportQuery &query, const ReportReader::Progress &progress) {
    if (d->conn.version < columns::DueDatesSchemaVersion)
        return d->conn.fail(StoreError::make(
            StoreError::Kind::Invalid,
            tr("The database %1 is at schema %2; reports need schema %3.")
                .arg(isServer() ? d->conn.server.display() : QDir::toNativeSeparators(d->conn.path))
                .arg(d->conn.version)
                .arg(columns::DueDatesSchemaVersion)));
    ReportReader reader(d->conn.db);
    reader.setServer(d->conn.server);
    std::optional<ReportResult> r = reader.read(query, progress);
    if (r)
        return *std::move(r);
    if (reader.sqlError().isValid())
        return d->conn.fail(reader.sqlError());
    if (reader.error().isError())
        return d->conn.fail(reader.error());
    return d->conn.fail(StoreError::make(StoreError::Kind::Interrupted, tr("The report was cancelled.")));
}

void Store::interrupt() {
    // sqlite3_interrupt may be called from any thread while the connection is open; the handle is read once,
    // set when the store opened and cleared only by close(), which the caller must not race.
    if (sqlite3 *handle = d->interruptHandle.load())
        sqlite3_interrupt(handle);
    // The server is asked to cancel what the connection runs (its answer is then "canceled", 57014).
    if (PGcancel *cancel = d->cancelRequest.load()) {
        char error[256];
        if (!PQcancel(cancel, error, sizeof error))
            qCWarning(lcStore) << "the server's cancel request failed:" << error;
    }
}

DossierReader &Store::reader() {
    return d->reader;
}

Outbox &Store::outbox() {
    return d->outbox;
}

StoreSettings &Store::settings() {
    return d->settings;
}

DeferredIndexes &Store::deferredIndexes() {
    return d->deferredIndexes;
}

PullQuarantine &Store::quarantine() {
    return d->quarantine;
}

} // namespace btxh
