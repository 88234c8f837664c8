// SPDX-License-Identifier: GPL-3.0-or-later
// Backup, verify and restore through SQLite's online backup API, and the backup before every migration:
// real database files in a temporary folder, a real second connection writing meanwhile.
#include "Migrations.h"
#include "Store.h"
#include "StoreBackup.h"
#include "TestDossiers.h"
#include "TestFiles.h"
#include "TestStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

#include <csignal>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace btxh;
using test::databaseScalar;
using test::fileHash;
using test::received;
using test::setImmutable;
using test::TestDossiers;

namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 15, 0));

// Every row of every table, as text: two databases with the same dump hold the same records.
QStringList dump(const QString &path) {
    static int counter = 0;
    const QString name = QStringLiteral("dump-%1").arg(++counter);
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return {QStringLiteral("<cannot open %1>").arg(path)};
        for (const char *table : {"dossiers", "documents", "result_papers", "steps", "outbox", "watermarks",
                                  "audit", "settings"}) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1StringView(table)))) {
                out << QStringLiteral("<%1: %2>").arg(QLatin1StringView(table), q.lastError().text());
                continue;
            }
            while (q.next()) {
                QStringList cells{QLatin1StringView(table)};
                for (int i = 0; i < q.record().count(); ++i)
                    cells << (q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
                out << cells.join(u'|');
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

// No file of this process may grow past `bytes` while it lives: as if the disk were full.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_saved{};
};

bool writeFile(const QString &path, const QByteArray &content) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

QByteArray readFile(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A lock file as a backup killed while writing leaves it: QLockFile's own content, naming a process that has
// ended. Empty when no such process could be made.
QByteArray lockOfAnEndedProcess(const QString &scratchLock) {
    QProcess ended;
    ended.start(QStringLiteral("sleep"), {QStringLiteral("0")});
    if (!ended.waitForStarted())
        return {};
    const qint64 pid = ended.processId();
    if (!ended.waitForFinished() || pid <= 0)
        return {};
    QByteArray content;
    {
        QLockFile lock(scratchLock);
        if (!lock.tryLock(0))
            return {};
        content = readFile(scratchLock);
    }
    const qsizetype eol = content.indexOf('\n');
    if (eol < 0)
        return {};
    return QByteArray::number(pid) + content.mid(eol);
}

} // namespace

class TestStoreBackup : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    TestDossiers m_data{11};
    int m_files = 0;

    QString fresh(const QString &stem = QStringLiteral("db")) {
        const QString folder = m_dir.filePath(QStringLiteral("case%1").arg(++m_files));
        QDir().mkpath(folder);
        return QDir(folder).filePath(stem + QStringLiteral(".sqlite"));
    }

    static StoreBackup::Options options() {
        StoreBackup::Options o;
        o.clock = [] { return kNow; };
        return o;
    }

    // A database with received and local dossiers, steps, queued pushes, audit entries, a watermark and a
    // setting; left open in WAL mode with its WAL not checkpointed when `store` is given.
    bool fill(Store &store, const QString &path, int from, int to) {
        if (!store.isOpen() && !store.open(path))
            return false;
        if (!store.apply(received(m_data, from, to)))
            return false;
        ChangeSet c;
        for (int i = from; i < to; i += 3) {
            Dossier edited = m_data.dossier(i, 1);
            edited.setValue(DossierField::SoDienThoai,
                            QStringLiteral("09880%1").arg(i, 5, 10, QLatin1Char('0')));
            c.local << ChangeSet::LocalDossier{edited, {}};
        }
        for (int i = from; i < to; i += 2)
            for (const ProcessingStep &s : m_data.steps(i))
                c.receivedSteps << ChangeSet::ReceivedStep{s, {}};
        c.localSteps << ChangeSet::LocalStep{m_data.steps(from + 1).constFirst(), {}};
        return store.apply(c) &&
               store.settings().setWatermark(QStringLiteral("DanhSachHoSo"), QStringLiteral("01"),
                                             QStringLiteral("27/11/2026 08:00:00")) &&
               store.settings().setValue(QStringLiteral("office.unit"),
                                         QString::fromUtf8("UBND xã Mường Phăng"));
    }

    // A closed database of three dossiers, alone in its folder; empty on failure.
    QString threeDossiers() {
        const QString path = fresh();
        Store store;
        return fill(store, path, 0, 3) ? path : QString();
    }

    QStringList partialFiles(const QString &folder) {
        return QDir(folder).entryList({QStringLiteral("*.partial*")}, QDir::Files | QDir::Hidden);
    }

private Q_SLOTS:
    void backup_isConsistentWhileAnotherConnectionWrites() {
        const QString path = fresh();
        {
            Store store;
            QVERIFY(store.open(path));
            QVERIFY(store.apply(received(m_data, 0, 50)));
        }
        // A second connection (another thread, as the app's sync would) commits batches of 5 dossiers
        // continuously while backups are taken.
        std::atomic<bool> stop{false};
        std::atomic<int> committed{0};
        QThread *writer = QThread::create([&] {
            Store store;
            if (!store.open(path))
                return;
            for (int from = 50; !stop.load() && from < 5000; from += 5) {
                if (!store.apply(received(m_data, from, from + 5)))
                    return;
                committed.store(from + 5 - 50);
            }
        });
        writer->start();
        auto joined = qScopeGuard([&] {
            stop.store(true);
            writer->wait();
            delete writer;
        });
        QTRY_VERIFY_WITH_TIMEOUT(committed.load() >= 10, 20000);
        qint64 previous = 50;
        for (int i = 0; i < 4; ++i) {
            const QString target = m_dir.filePath(QStringLiteral("during-%1.sqlite").arg(i));
            const StoreBackup::Result r = StoreBackup::backup(path, target, options());
            QVERIFY2(r.ok(), qPrintable(r.error.message + QStringLiteral(" / ") + r.error.detail));
            // Whole transactions only: 50 to begin with, then batches of 5; and each index matches its rows.
            QVERIFY(r.info.dossierCount >= previous);
            QCOMPARE((r.info.dossierCount - 50) % 5, 0);
            previous = r.info.dossierCount;
            const StoreBackup::Result checked = StoreBackup::verify(target);
            QVERIFY2(checked.ok(), qPrintable(checked.error.message));
            QCOMPARE(checked.info.dossierCount, r.info.dossierCount);
            QCOMPARE(databaseScalar(target, QStringLiteral("SELECT count(*) FROM dossier_search")),
                     r.info.dossierCount);
            QCOMPARE(databaseScalar(target,
                                    QStringLiteral("SELECT count(*) FROM documents WHERE dossier_id NOT IN "
                                                   "(SELECT id FROM dossiers)")),
                     0);
            QCOMPARE(databaseScalar(target, QStringLiteral("PRAGMA user_version")),
                     Migrations::latestVersion());
            QVERIFY(!QFile::exists(target + QStringLiteral("-wal"))); // one self-contained file
            QTest::qWait(20);
        }
        QVERIFY2(previous > 50, "the writer never got a commit in between the backups");
        stop.store(true);
        writer->wait();
        QVERIFY(partialFiles(m_dir.path()).isEmpty());
    }

    void restore_roundTripLosesNoRecord() {
        const QString path = fresh();
        const QString backupPath = m_dir.filePath(QStringLiteral("roundtrip-backup.sqlite"));
        Store store;
        QVERIFY(fill(store, path, 0, 40));
        QVERIFY(*store.count({}) == 40);
        // Taken with the app's connection open and its last writes still in the WAL.
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        const StoreBackup::Result made = StoreBackup::backup(path, backupPath, options());
        QVERIFY2(made.ok(), qPrintable(made.error.message));
        QCOMPARE(made.info.dossierCount, 40);
        QCOMPARE(made.info.bytes, QFileInfo(backupPath).size());
        store.close();
        const QStringList before = dump(path);
        QVERIFY(before.size() > 100);
        QVERIFY(before.filter(QStringLiteral("outbox|")).size() > 0);
        QVERIFY(before.filter(QStringLiteral("audit|")).size() > 0);
        QVERIFY(before.filter(QStringLiteral("steps|")).size() > 0);
        QCOMPARE(dump(backupPath), before);

        // Later work, then the restore brings back exactly what the backup held.
        QVERIFY(fill(store, path, 40, 60));
        QVERIFY(
            QSqlQuery(store.database())
                .exec(QStringLiteral("DELETE FROM dossiers WHERE code = '%1'").arg(TestDossiers::code(3))));
        store.close();
        const QStringList later = dump(path);
        const StoreBackup::Result r = StoreBackup::restore(backupPath, path, options());
        QVERIFY2(r.ok(), qPrintable(r.error.message + QStringLiteral(" / ") + r.error.detail));
        QCOMPARE(r.info.dossierCount, 40);
        QCOMPARE(dump(path), before);
        // The database as it was just before the restore is kept beside it, named by the clock.
        QCOMPARE(r.safetyCopyPath, path + QStringLiteral(".before-restore-20261127-101500.sqlite"));
        QCOMPARE(dump(r.safetyCopyPath), later);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) ||
                QFileInfo(path + QStringLiteral("-wal")).size() == 0);

        // And the store opens it and works on.
        const auto opened = store.open(path);
        QVERIFY2(opened, qPrintable(opened.error().message));
        QCOMPARE(*store.count({}), 40);
        const auto d = store.dossier(TestDossiers::code(3));
        QVERIFY(d);
        QCOMPARE(store.steps(TestDossiers::code(2))->size(), m_data.steps(2).size());
        QVERIFY(store.apply(received(m_data, 100, 101)));
        QCOMPARE(*store.count({}), 41);
    }

    void backupAndRestore_inParts_reportProgress_andCancelChangesNothing() {
        // Large enough for several parts (more than 16 MB of pages).
        const QString path = fresh();
        Store store;
        QVERIFY(store.open(path));
        for (int from = 0; from < 1400; from += 200)
            QVERIFY(store.apply(received(m_data, from, from + 200)));
        const QString backupPath = m_dir.filePath(QStringLiteral("parts-backup.sqlite"));
        StoreBackup::Options o = options();
        QList<std::pair<qint64, qint64>> seen;
        bool wrote = false;
        o.progress = [&](qint64 done, qint64 total) {
            seen << std::pair{done, total};
            // Another connection writes between two parts: the copy stays the snapshot it started from.
            if (!wrote)
                wrote = bool(store.apply(received(m_data, 5000, 5010)));
            return true;
        };
        const StoreBackup::Result made = StoreBackup::backup(path, backupPath, o);
        QVERIFY2(made.ok(), qPrintable(made.error.message));
        QVERIFY(wrote);
        QCOMPARE(made.info.dossierCount, 1400);
        QVERIFY2(seen.size() >= 2, qPrintable(QString::number(seen.size())));
        QCOMPARE(seen.last().first, seen.last().second);
        QCOMPARE(*store.count({}), 1410);

        // Cancelled after its first part: no backup file, nothing partial left.
        const QString cancelledPath = m_dir.filePath(QStringLiteral("cancelled-backup.sqlite"));
        o.progress = [](qint64, qint64) { return false; };
        StoreBackup::Result r = StoreBackup::backup(path, cancelledPath, o);
        QCOMPARE(r.error.kind, StoreError::Kind::Interrupted);
        QVERIFY(!QFile::exists(cancelledPath));
        QVERIFY(partialFiles(m_dir.path()).isEmpty());

        // A restore cancelled halfway leaves the database as it was, and no safety copy.
        store.close();
        const QStringList before = dump(path);
        int calls = 0;
        o.progress = [&calls](qint64, qint64) { return ++calls < 3; };
        r = StoreBackup::restore(backupPath, path, o);
        QCOMPARE(r.error.kind, StoreError::Kind::Interrupted);
        QVERIFY(r.safetyCopyPath.isEmpty());
        QCOMPARE(
            QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("*before-restore*")}, QDir::Files),
            QStringList());
        QCOMPARE(dump(path), before);
    }

    void restore_refusesACorruptBackupAndLeavesTheDatabaseUntouched() {
        const QString path = fresh();
        const QString backupPath = m_dir.filePath(QStringLiteral("corrupt-backup.sqlite"));
        {
            Store store;
            QVERIFY(fill(store, path, 0, 30));
        }
        QVERIFY(StoreBackup::backup(path, backupPath, options()).ok());
        {
            QFile f(backupPath);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 3 * 4096);
            for (qint64 at = 2 * 4096; at < f.size(); at += 3 * 4096) {
                f.seek(at + 100);
                f.write(QByteArray(200, '\x5A'));
            }
        }
        const QByteArray before = fileHash(path);
        const StoreBackup::Result r = StoreBackup::restore(backupPath, path, options());
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, StoreError::Kind::Corrupt);
        QVERIFY2(r.error.message.contains(QStringLiteral("damaged")), qPrintable(r.error.message));
        QVERIFY(r.error.message.contains(backupPath));
        QVERIFY(r.safetyCopyPath.isEmpty());
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QDir(QFileInfo(path).path()).entryList(QDir::Files).size(), 1); // no safety copy either

        // Not a database at all.
        QFile junk(m_dir.filePath(QStringLiteral("junk.sqlite")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(8192, 'x'));
        junk.close();
        const StoreBackup::Result j = StoreBackup::restore(junk.fileName(), path, options());
        QCOMPARE(j.error.kind, StoreError::Kind::Corrupt);
        QCOMPARE(fileHash(path), before);
    }

    void restore_refusesATruncatedBackup() {
        const QString path = fresh();
        const QString backupPath = m_dir.filePath(QStringLiteral("truncated-backup.sqlite"));
        {
            Store store;
            QVERIFY(fill(store, path, 0, 40));
        }
        QVERIFY(StoreBackup::backup(path, backupPath, options()).ok());
        QFile f(backupPath);
        QVERIFY(f.resize(f.size() / 2));
        const QByteArray before = fileHash(path);
        const StoreBackup::Result r = StoreBackup::restore(backupPath, path, options());
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, StoreError::Kind::Corrupt);
        QVERIFY(!r.error.message.isEmpty());
        QCOMPARE(fileHash(path), before);
    }

    void restore_refusesABackupOfANewerSchema() {
        const QString path = fresh();
        const QString future = m_dir.filePath(QStringLiteral("future-backup.sqlite"));
        {
            Store store;
            QVERIFY(fill(store, path, 0, 5));
        }
        {
            Store store;
            QVERIFY(store.open(fresh()));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
            // The backup itself is allowed (it only reads); restoring it is not.
            QVERIFY(StoreBackup::backup(store.path(), future, options()).ok());
        }
        const StoreBackup::Result v = StoreBackup::verify(future);
        QCOMPARE(v.error.kind, StoreError::Kind::NewerSchema);
        QVERIFY2(v.error.message.contains(QStringLiteral("newer version")), qPrintable(v.error.message));
        const QByteArray before = fileHash(path);
        const StoreBackup::Result r = StoreBackup::restore(future, path, options());
        QCOMPARE(r.error.kind, StoreError::Kind::NewerSchema);
        QCOMPARE(fileHash(path), before);
    }

    void restore_whileTheDatabaseIsOpen_isRefused() {
        const QString path = fresh();
        const QString backupPath = m_dir.filePath(QStringLiteral("busy-backup.sqlite"));
        Store store;
        QVERIFY(fill(store, path, 0, 10));
        QVERIFY(StoreBackup::backup(path, backupPath, options()).ok());
        QVERIFY(store.apply(received(m_data, 10, 12)));
        StoreBackup::Options o = options();
        o.busyTimeoutMs = 100;
        const StoreBackup::Result r = StoreBackup::restore(backupPath, path, o);
        QCOMPARE(r.error.kind, StoreError::Kind::Locked);
        QVERIFY2(r.error.message.contains(QStringLiteral("in use")), qPrintable(r.error.message));
        QVERIFY(r.safetyCopyPath.isEmpty());
        QCOMPARE(*store.count({}), 12);
        QVERIFY(store.apply(received(m_data, 12, 13)));
    }

    void restore_intoAMissingDatabase_createsIt() {
        const QString source = fresh();
        const QString backupPath = m_dir.filePath(QStringLiteral("new-place-backup.sqlite"));
        {
            Store store;
            QVERIFY(fill(store, source, 0, 7));
        }
        QVERIFY(StoreBackup::backup(source, backupPath, options()).ok());
        const QString path = fresh();
        const StoreBackup::Result r = StoreBackup::restore(backupPath, path, options());
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QVERIFY(r.safetyCopyPath.isEmpty());
        QCOMPARE(dump(path), dump(source));
    }

    void backup_replacesAnOlderBackupOnlyWhenComplete() {
        const QString path = fresh();
        const QString backupPath = m_dir.filePath(QStringLiteral("full-disk-backup.sqlite"));
        {
            Store store;
            QVERIFY(fill(store, path, 0, 3));
        }
        QVERIFY(StoreBackup::backup(path, backupPath, options()).ok());
        const QByteArray oldBackup = fileHash(backupPath);
        {
            Store store;
            QVERIFY(fill(store, path, 3, 300));
        }
        QVERIFY(QFileInfo(path).size() > 256 * 1024);
        StoreBackup::Result r;
        {
            const FileSizeLimit limit(128 * 1024);
            r = StoreBackup::backup(path, backupPath, options());
        }
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, StoreError::Kind::DiskFull);
        QVERIFY2(r.error.message.contains(QStringLiteral("full")), qPrintable(r.error.message));
        QCOMPARE(fileHash(backupPath), oldBackup); // the older backup is still whole
        QVERIFY(partialFiles(m_dir.path()).isEmpty());
        QCOMPARE(StoreBackup::verify(backupPath).info.dossierCount, 3);
    }

    void backup_targetFolderNotWritable_saysSo() {
        const QString path = fresh();
        {
            Store store;
            QVERIFY(fill(store, path, 0, 3));
        }
        const StoreBackup::Result missing =
            StoreBackup::backup(path, m_dir.filePath(QStringLiteral("no/such/folder/b.sqlite")), options());
        QCOMPARE(missing.error.kind, StoreError::Kind::CannotOpen);
        QVERIFY2(missing.error.message.contains(QStringLiteral("does not exist")),
                 qPrintable(missing.error.message));

        const QString folder = m_dir.filePath(QStringLiteral("locked-folder"));
        QVERIFY(QDir().mkpath(folder));
        if (::geteuid() != 0) {
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        } else if (!setImmutable(folder, true)) {
            QSKIP("running as root on a file system without chattr +i: no folder is unwritable");
        }
        auto restore = qScopeGuard([&] {
            setImmutable(folder, false);
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        });
        const QString target = QDir(folder).filePath(QStringLiteral("b.sqlite"));
        const StoreBackup::Result r = StoreBackup::backup(path, target, options());
        QCOMPARE(r.error.kind, StoreError::Kind::ReadOnly);
        QVERIFY2(r.error.message.contains(QStringLiteral("cannot be written")), qPrintable(r.error.message));
        QVERIFY(r.error.message.contains(folder));
        QVERIFY(!QFile::exists(target));
    }

    void backup_tooLittleFreeSpace_isRefusedBeforeWriting() {
        const QString path = fresh();
        {
            Store store;
            QVERIFY(fill(store, path, 0, 3));
        }
        StoreBackup::Options tight = options();
        QString askedFor;
        tight.freeBytes = [&](const QString &folder) {
            askedFor = folder;
            return qint64(4096);
        };
        const QString target = m_dir.filePath(QStringLiteral("tight.sqlite"));
        const StoreBackup::Result r = StoreBackup::backup(path, target, tight);
        QCOMPARE(r.error.kind, StoreError::Kind::DiskFull);
        QVERIFY2(r.error.message.contains(QStringLiteral("MB free")), qPrintable(r.error.message));
        QCOMPARE(askedFor, QFileInfo(target).absolutePath());
        QVERIFY(!QFile::exists(target));
        const QStringList partials =
            QDir(m_dir.path()).entryList({QStringLiteral("*.partial*")}, QDir::Files | QDir::Hidden);
        QVERIFY2(partials.isEmpty(), qPrintable(partials.join(u' ')));

        // Enough room (or an unknown amount): it is written.
        tight.freeBytes = [](const QString &) { return qint64(-1); };
        QVERIFY2(StoreBackup::backup(path, target, tight).ok(), "unknown free space does not block a backup");
        QVERIFY(QFile::exists(target));
    }

    void backup_ofTheDatabaseOntoItself_isRefused() {
        const QString path = fresh();
        {
            Store store;
            QVERIFY(fill(store, path, 0, 3));
        }
        const QByteArray before = fileHash(path);
        const QString sameByAnotherName =
            QFileInfo(path).path() + QStringLiteral("/./") + QFileInfo(path).fileName();
        const StoreBackup::Result r = StoreBackup::backup(path, sameByAnotherName, options());
        QCOMPARE(r.error.kind, StoreError::Kind::Invalid);
        QVERIFY2(r.error.message.contains(QStringLiteral("database itself")), qPrintable(r.error.message));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(StoreBackup::restore(path, path, options()).error.kind, StoreError::Kind::Invalid);
    }

    void backup_ofAMissingOrDamagedDatabase_isRefused() {
        const QString target = m_dir.filePath(QStringLiteral("never.sqlite"));
        const StoreBackup::Result missing = StoreBackup::backup(fresh(), target, options());
        QCOMPARE(missing.error.kind, StoreError::Kind::NotFound);
        QVERIFY(missing.error.message.contains(QStringLiteral("no database")));

        const QString junk = fresh();
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'j'));
        f.close();
        const StoreBackup::Result damaged = StoreBackup::backup(junk, target, options());
        QCOMPARE(damaged.error.kind, StoreError::Kind::Corrupt);
        QVERIFY(damaged.error.message.contains(junk));
        QVERIFY(!QFile::exists(target));
        QVERIFY(partialFiles(m_dir.path()).isEmpty());
    }

    void backup_removesStalePartialFiles() {
        const QString path = threeDossiers();
        QVERIFY(!path.isEmpty());
        const QDir folder = QFileInfo(path).dir();
        // A backup killed before this version locked its partial files: a partial and its journal, no lock.
        const QString unlocked = folder.filePath(QStringLiteral(".b.sqlite.Ab3dE9.partial"));
        QVERIFY(writeFile(unlocked, QByteArray(64 * 1024, 'x')));
        QVERIFY(writeFile(unlocked + QStringLiteral("-journal"), "j"));
        // A backup to another name, killed while writing: its lock names a process that has ended.
        const QString killed = folder.filePath(QStringLiteral(".other.sqlite.Zz9yY8.partial"));
        QVERIFY(writeFile(killed, QByteArray(64 * 1024, 'y')));
        const QByteArray deadLock = lockOfAnEndedProcess(folder.filePath(QStringLiteral("scratch.lock")));
        QVERIFY(!deadLock.isEmpty());
        QVERIFY(writeFile(killed + QStringLiteral(".lock"), deadLock));
        // Someone else's hidden file that merely ends the same way is not ours to remove.
        const QString foreign = folder.filePath(QStringLiteral(".notes.partial"));
        QVERIFY(writeFile(foreign, "keep me"));

        const StoreBackup::Result r =
            StoreBackup::backup(path, folder.filePath(QStringLiteral("b.sqlite")), options());
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.info.dossierCount, 3);
        QCOMPARE(partialFiles(folder.path()), QStringList{QStringLiteral(".notes.partial")});
        QCOMPARE(readFile(foreign), QByteArray("keep me"));
        QVERIFY(!QFile::exists(folder.filePath(QStringLiteral("scratch.lock"))));
    }

    void backup_keepsAPartialFileAnotherBackupIsStillWriting() {
        const QString path = threeDossiers();
        QVERIFY(!path.isEmpty());
        const QDir folder = QFileInfo(path).dir();
        const QString writing = folder.filePath(QStringLiteral(".b.sqlite.Q1w2E3.partial"));
        const QByteArray content(64 * 1024, 'z');
        QVERIFY(writeFile(writing, content));
        // Held by a live process (this one), as by a backup that has been writing for an hour: a long
        // backup's lock is not stale for its age.
        auto held = std::make_unique<QLockFile>(writing + QStringLiteral(".lock"));
        QVERIFY(held->tryLock(0));
        {
            QFile lockFile(writing + QStringLiteral(".lock"));
            QVERIFY(lockFile.open(QIODevice::ReadWrite));
            QVERIFY(lockFile.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                                         QFileDevice::FileModificationTime));
        }

        const QString target = folder.filePath(QStringLiteral("b.sqlite"));
        StoreBackup::Result r = StoreBackup::backup(path, target, options());
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(readFile(writing), content);
        QVERIFY(held->isLocked());
        QCOMPARE(partialFiles(folder.path()), (QStringList{QStringLiteral(".b.sqlite.Q1w2E3.partial"),
                                                           QStringLiteral(".b.sqlite.Q1w2E3.partial.lock")}));

        // Once its writer is gone, the next backup removes it.
        held.reset();
        r = StoreBackup::backup(path, target, options());
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QVERIFY(partialFiles(folder.path()).isEmpty());
    }

    void migration_removesStalePartialFilesToo() {
        const QString path = fresh(QStringLiteral("v1"));
        QVERIFY(QFile::copy(QStringLiteral(BTXH_FIXTURES_DIR "/store/schema-v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        // An earlier upgrade's backup, killed while writing.
        const QString stale =
            path + QStringLiteral(".pre-v%1-20261126-090000.sqlite").arg(Migrations::latestVersion());
        const QString partial = QFileInfo(path).dir().filePath(
            QStringLiteral(".%1.k1Ll3d.partial").arg(QFileInfo(stale).fileName()));
        QVERIFY(writeFile(partial, QByteArray(4096, 'p')));
        Store::Options o;
        o.clock = [] { return kNow; };
        Store store(o);
        const auto opened = store.open(path);
        QVERIFY2(opened, qPrintable(opened.error().message));
        QVERIFY(partialFiles(QFileInfo(path).path()).isEmpty());
    }

    void migration_backsUpAnOldDatabaseFirst() {
        const QString path = fresh(QStringLiteral("v1"));
        QVERIFY(QFile::copy(QStringLiteral(BTXH_FIXTURES_DIR "/store/schema-v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QStringList original = dump(path);
        Store::Options o;
        o.clock = [] { return kNow; };
        Store store(o);
        const auto opened = store.open(path);
        QVERIFY2(opened, qPrintable(opened.error().message));
        QCOMPARE(store.schemaVersion(), Migrations::latestVersion());

        const QString backupPath =
            path + QStringLiteral(".pre-v%1-20261127-101500.sqlite").arg(Migrations::latestVersion());
        QVERIFY2(QFile::exists(backupPath),
                 qPrintable(QDir(QFileInfo(path).path()).entryList(QDir::Files).join(u' ')));
        const StoreBackup::Result v = StoreBackup::verify(backupPath);
        QVERIFY2(v.ok(), qPrintable(v.error.message));
        QCOMPARE(v.info.schemaVersion, 1);
        QCOMPARE(v.info.dossierCount, 3);
        QCOMPARE(dump(backupPath), original);
        QCOMPARE(*store.count({}), 3);

        // Opening again migrates nothing and backs up nothing more.
        store.close();
        QVERIFY(store.open(path));
        QCOMPARE(QDir(QFileInfo(path).path()).entryList({QStringLiteral("*.pre-v*")}, QDir::Files).size(), 1);
    }

    void migration_neverBacksUpANewDatabase() {
        const QString path = fresh();
        {
            Store store;
            QVERIFY(store.open(path));
        }
        {
            Store::Options o;
            o.schemaVersion = 1;
            Store store(o);
            QVERIFY(store.open(fresh()));
        }
        Store memory;
        QVERIFY(memory.open(QStringLiteral(":memory:")));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.pre-v*")}, QDir::Files).size(), 0);
        QCOMPARE(QDir(QFileInfo(path).path()).entryList(QDir::Files | QDir::Hidden).filter(u".pre-v").size(),
                 0);
    }

    void migration_isRefusedWhenItsBackupFails() {
        const QString path = fresh(QStringLiteral("v1"));
        QVERIFY(QFile::copy(QStringLiteral(BTXH_FIXTURES_DIR "/store/schema-v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QStringList original = dump(path);
        Store store;
        StoreResult<void> opened;
        {
            // The backup cannot be written (as if the disk were full); the database itself need not grow.
            const FileSizeLimit limit(QFileInfo(path).size() / 2);
            opened = store.open(path);
            QVERIFY(!opened);
        }
        QCOMPARE(opened.error().kind, StoreError::Kind::DiskFull);
        QVERIFY2(opened.error().message.contains(QStringLiteral("backup")),
                 qPrintable(opened.error().message));
        QCOMPARE(databaseScalar(path, QStringLiteral("PRAGMA user_version")), 1);
        QCOMPARE(dump(path), original);
        QVERIFY(partialFiles(QFileInfo(path).path()).isEmpty());
        QCOMPARE(QDir(QFileInfo(path).path()).entryList({QStringLiteral("*.pre-v*")}, QDir::Files).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreBackup)
#include "tst_storebackup.moc"
