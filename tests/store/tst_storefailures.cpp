// SPDX-License-Identifier: GPL-3.0-or-later
// Full disk, read-only file, locked database, corrupt file: each gives a clear message, and nothing already
// stored is lost.
#include "Store.h"
#include "TestDossiers.h"
#include "TestFiles.h"
#include "TestStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace btxh;
using test::fileHash;
using test::received;
using test::setImmutable;
using test::TestDossiers;

namespace {

QString integrity(QSqlDatabase db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return q.lastError().text();
    return q.value(0).toString();
}

} // namespace

class TestStoreFailures : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    TestDossiers m_data{7};
    int m_files = 0;

    // A database holding dossiers 0..4, closed and checkpointed into one file.
    QString seeded() {
        const QString path = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_files));
        Store store;
        if (!store.open(path) || !store.apply(received(m_data, 0, 5)))
            return {};
        QSqlQuery(store.database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        return path;
    }

    void verifyIntact(const QString &path) {
        Store store;
        const auto opened = store.open(path);
        QVERIFY2(opened, qPrintable(opened.error().message));
        QCOMPARE(integrity(store.database()), QStringLiteral("ok"));
        QCOMPARE(*store.count({}), 5);
        for (int i = 0; i < 5; ++i) {
            const auto d = store.dossier(TestDossiers::code(i));
            QVERIFY(d);
            QCOMPARE(d->dossier, m_data.dossier(i));
        }
    }

private Q_SLOTS:
    void diskFull_givesAClearMessageAndKeepsWhatWasStored() {
        const QString path = seeded();
        QVERIFY(!path.isEmpty());
        {
            Store store;
            QVERIFY(store.open(path));
            QSqlQuery q(store.database());
            // The database may not grow past its current size: as if the disk were full.
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
            const int pages = q.value(0).toInt();
            QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
            const auto applied = store.apply(received(m_data, 5, 400));
            QVERIFY(!applied);
            QCOMPARE(applied.error().kind, StoreError::Kind::DiskFull);
            QVERIFY2(applied.error().message.contains(QStringLiteral("full")),
                     qPrintable(applied.error().message));
            QVERIFY(applied.error().message.contains(path));
            QVERIFY(applied.error().message.contains(QStringLiteral("Nothing was changed")));
            // The store stays usable: reads work, and a write that fits goes through.
            QCOMPARE(*store.count({}), 5);
            QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
            QVERIFY(store.apply(received(m_data, 5, 6)));
            QSqlQuery(store.database())
                .exec(QStringLiteral("DELETE FROM dossiers WHERE code = '%1'").arg(TestDossiers::code(5)));
        }
        verifyIntact(path);
    }

    void readOnlyOpen_refusesWritesClearlyAndStillReads() {
        const QString path = seeded();
        Store::Options o;
        o.readOnly = true;
        Store store(o);
        const auto opened = store.open(path);
        QVERIFY2(opened, qPrintable(opened.error().message));
        QVERIFY(store.isReadOnly());
        QCOMPARE(*store.count({}), 5);
        const auto applied = store.apply(received(m_data, 5, 6));
        QVERIFY(!applied);
        QCOMPARE(applied.error().kind, StoreError::Kind::ReadOnly);
        QVERIFY(applied.error().message.contains(QStringLiteral("reading only")));
        store.close();
        verifyIntact(path);
    }

    void readOnlyFile_isDetectedAndWritesFailClearly() {
        const QString path = seeded();
        if (!setImmutable(path, true))
            QSKIP("this file system cannot make a file immutable (chattr +i)");
        auto restore = qScopeGuard([&] { setImmutable(path, false); });
        {
            Store store;
            const auto opened = store.open(path);
            QVERIFY2(opened, qPrintable(opened.error().message));
            QVERIFY(store.isReadOnly());
            QCOMPARE(*store.count({}), 5);
            const auto applied = store.apply(received(m_data, 5, 6));
            QVERIFY(!applied);
            QCOMPARE(applied.error().kind, StoreError::Kind::ReadOnly);
            QVERIFY(!applied.error().message.isEmpty());
        }
        // The SQL layer itself, without our early detection, also reports SQLITE_READONLY as read-only.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(!q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', 'b')")));
            QCOMPARE(StoreError::fromSql(q.lastError(), path).kind, StoreError::Kind::ReadOnly);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        restore.dismiss();
        QVERIFY(setImmutable(path, false));
        verifyIntact(path);
    }

    void lockedDatabase_waitsThenGivesAClearMessage() {
        const QString path = seeded();
        Store::Options o;
        o.busyTimeoutMs = 200;
        Store store(o);
        QVERIFY(store.open(path));
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('holder', 'x')")));

            QElapsedTimer timer;
            timer.start();
            const auto applied = store.apply(received(m_data, 5, 6));
            QVERIFY(!applied);
            QVERIFY(timer.elapsed() >= 150); // it waited for the busy timeout first
            QCOMPARE(applied.error().kind, StoreError::Kind::Locked);
            QVERIFY2(applied.error().message.contains(QStringLiteral("in use by another program")),
                     qPrintable(applied.error().message));
            QCOMPARE(*store.count({}), 5); // readers are not blocked in WAL mode

            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const auto applied = store.apply(received(m_data, 5, 6));
        QVERIFY2(applied, qPrintable(applied.error().message));
        QCOMPARE(*store.count({}), 6);
    }

    void corruptHeader_isRefusedClearlyAndLeftUntouched() {
        const QString path = seeded();
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.write("this is not sqlite at all");
        }
        const QByteArray before = fileHash(path);
        Store store;
        const auto opened = store.open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, StoreError::Kind::Corrupt);
        QVERIFY2(opened.error().message.contains(QStringLiteral("damaged")),
                 qPrintable(opened.error().message));
        QVERIFY(opened.error().message.contains(path));
        QVERIFY(!store.isOpen());
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) ||
                QFile(path + QStringLiteral("-wal")).size() == 0);
    }

    void corruptPages_giveAClearMessageNotACrash() {
        const QString path = seeded();
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size > 8192);
            // Wreck every page after the first: the schema page survives, the tables do not.
            for (qint64 at = 4096; at < size; at += 4096) {
                f.seek(at);
                f.write(QByteArray(64, '\xA5'));
            }
        }
        Store store;
        StoreError error;
        if (const auto opened = store.open(path); !opened) {
            error = opened.error();
        } else {
            const auto page = store.list({});
            const auto one = store.dossier(TestDossiers::code(1));
            QVERIFY(!page || !one);
            error = one ? page.error() : one.error();
        }
        QCOMPARE(error.kind, StoreError::Kind::Corrupt);
        QVERIFY(error.message.contains(QStringLiteral("damaged")));
    }

    void folderInsteadOfFile_isRefusedClearly() {
        Store store;
        const auto opened = store.open(m_dir.path());
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, StoreError::Kind::CannotOpen);
        QVERIFY(opened.error().message.contains(QStringLiteral("folder")));
    }

    void missingFolder_isCreated() {
        Store store;
        const QString path = m_dir.filePath(QStringLiteral("a/b/c/btxh.sqlite"));
        const auto opened = store.open(path);
        QVERIFY2(opened, qPrintable(opened.error().message));
        QVERIFY(QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestStoreFailures)
#include "tst_storefailures.moc"
