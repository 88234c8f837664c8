// SPDX-License-Identifier: GPL-3.0-or-later
#include "Store.h"

#include "DueDates.h"
#include "Migrations.h"
#include "OutboxMachine.h"
#include "OwnerOnly.h"
#include "StoreConnection.h"
#include "StoreLog.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <atomic>
#include <sqlite3.h>

namespace btxh {

namespace {

std::atomic<int> connectionCounter{0};

// The schema that added the dossiers' due dates (Migrations, migration 7).
constexpr int DueDatesSchema = 7;

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
        , quarantine(conn) {}

    StoreConnection conn;
    OutboxMachine machine;
    DossierReader reader;
    DossierWriter writer;
    Outbox outbox;
    StoreSettings settings;
    PullQuarantine quarantine;
    QString connectionName;
    // The open connection's SQLite handle, for interrupt() from another thread.
    std::atomic<sqlite3 *> interruptHandle{nullptr};
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

StoreResult<void> Store::open(const QString &path) {
    close();
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
    const bool onDisk = !path.isEmpty() && path != u":memory:" && !path.startsWith(u"file:");
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
    if (d->conn.version >= DueDatesSchema) {
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
    d->writer.clear();
    d->machine.clear();
    d->outbox.clear();
    d->conn.dueDates.reset();
    d->conn.deadlineRules = DeadlineRules();
    if (d->conn.db.isValid()) {
        d->conn.db.close();
        d->conn.db = QSqlDatabase();
        QSqlDatabase::removeDatabase(d->connectionName);
    }
    d->conn.readOnly = false;
    d->conn.version = 0;
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

int Store::schemaVersion() const {
    return d->conn.version;
}

QSqlDatabase Store::database() const {
    return d->conn.db;
}

StoreResult<ChangeResult> Store::apply(const ChangeSet &changes) {
    return d->writer.apply(changes);
}

StoreResult<void> Store::resolveConflict(const QString &code, ConflictChoice choice) {
    return d->writer.resolveConflict(code, choice);
}

StoreResult<StoredDossier> Store::dossier(const QString &code) {
    return d->reader.dossier(code);
}

StoreResult<QList<StoredStep>> Store::steps(const QString &code) {
    return d->reader.steps(code);
}

StoreResult<ListPage> Store::list(const ListQuery &query) {
    ListReader reader(d->conn.db, d->conn.now(), d->conn.options().searchPlan);
    std::optional<ListPage> page = reader.list(query);
    if (!page)
        return reader.sqlError().isValid() ? d->conn.fail(reader.sqlError()) : d->conn.fail(reader.error());
    return *std::move(page);
}

StoreResult<qint64> Store::count(const ListFilter &filter) {
    ListReader reader(d->conn.db, d->conn.now(), d->conn.options().searchPlan);
    const std::optional<qint64> n = reader.count(filter);
    if (!n)
        return d->conn.fail(reader.sqlError());
    return *n;
}

StoreResult<ReportResult> Store::report(const ReportQuery &query, const ReportReader::Progress &progress) {
    if (d->conn.version < DueDatesSchema)
        return d->conn.fail(StoreError::make(StoreError::Kind::Invalid,
                                             tr("The database %1 is at schema %2; reports need schema %3.")
                                                 .arg(QDir::toNativeSeparators(d->conn.path))
                                                 .arg(d->conn.version)
                                                 .arg(DueDatesSchema)));
    QSqlError e;
    std::optional<ReportResult> r = ReportReader(d->conn.db).read(query, progress, &e);
    if (r)
        return *std::move(r);
    if (e.isValid())
        return d->conn.fail(e);
    return d->conn.fail(StoreError::make(StoreError::Kind::Interrupted, tr("The report was cancelled.")));
}

void Store::interrupt() {
    // sqlite3_interrupt may be called from any thread while the connection is open; the handle is read once,
    // set when the store opened and cleared only by close(), which the caller must not race.
    if (sqlite3 *handle = d->interruptHandle.load())
        sqlite3_interrupt(handle);
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

PullQuarantine &Store::quarantine() {
    return d->quarantine;
}

} // namespace btxh
