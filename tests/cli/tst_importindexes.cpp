// SPDX-License-Identifier: GPL-3.0-or-later
#include "BtxhRun.h"
#include "DeferredIndexes.h"
#include "TestDossiers.h"
#include "TestFiles.h"
#include "TestStore.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using btxh::DeferredIndexes;
using btxh::test::BtxhRun;
using btxh::test::databaseScalar;
using btxh::test::databaseSchema;
using btxh::test::TestDossiers;

// `btxh import --indexes`: the real program setting the database's indexes aside for a load and making them
// again (DeferredIndexes), on real files; killed in the middle, the next command that opens the database
// makes them again, and every window the import committed is there.
class TestImportIndexes : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    const QStringList today = {QStringLiteral("--today"), QStringLiteral("27/11/2026")};

    QString write(const QString &name, const QByteArray &bytes) {
        return btxh::test::writeFile(m_dir.filePath(name), bytes);
    }

    static qint64 deferredRecords(const QString &path) {
        return databaseScalar(path, QStringLiteral("SELECT count(*) FROM settings WHERE key = '%1'")
                                        .arg(DeferredIndexes::settingKey()));
    }

    static BtxhRun import(const QString &database, const QStringList &args) {
        return BtxhRun::run(QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                        QStringLiteral("import"), QStringLiteral("--db"), database} +
                                args,
                            180000);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void deferredAndKept_giveTheSameDossiersAndTheSameIndexes() {
        const QString file = write(QStringLiteral("load.json"), TestDossiers::pullResponse(1200, {5}));
        const QString deferred = m_dir.filePath(QStringLiteral("deferred.sqlite"));
        const QString kept = m_dir.filePath(QStringLiteral("kept.sqlite"));
        const BtxhRun a =
            import(deferred, QStringList{file, QStringLiteral("--indexes"), QStringLiteral("defer")} + today);
        const BtxhRun b =
            import(kept, QStringList{file, QStringLiteral("--indexes"), QStringLiteral("keep")} + today);
        QCOMPARE(a.exitCode, 1); // the item without MaHoSo
        QCOMPARE(b.exitCode, a.exitCode);
        QVERIFY2(a.out.contains(QStringLiteral("new 1199, updated 0")), qPrintable(a.out.right(300) + a.err));
        QCOMPARE(a.out, b.out);
        QCOMPARE(a.err, b.err);
        QCOMPARE(databaseSchema(deferred), databaseSchema(kept));
        QCOMPARE(deferredRecords(deferred), 0);
        const BtxhRun listA = BtxhRun::onDatabase(
            QStringLiteral("list"), deferred,
            {QStringLiteral("--json"), QStringLiteral("--sort"), QStringLiteral("HoVaTen")});
        const BtxhRun listB = BtxhRun::onDatabase(
            QStringLiteral("list"), kept,
            {QStringLiteral("--json"), QStringLiteral("--sort"), QStringLiteral("HoVaTen")});
        QCOMPARE(listA.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(listA.out.toUtf8()).array().size(), 1199);
        QVERIFY(listA.out == listB.out);
    }

    void unknownWhen_isRefusedBeforeTheDatabaseIsMade() {
        const QString file = write(QStringLiteral("one.json"), TestDossiers::pullResponse(3));
        const QString database = m_dir.filePath(QStringLiteral("never.sqlite"));
        const BtxhRun r = import(database, {file, QStringLiteral("--indexes"), QStringLiteral("sometimes")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--indexes is auto, defer or keep, not \"sometimes\"")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(database));
    }

    void killedWhileDeferred_theNextOpeningMakesThemAgain_andKeepsEveryCommittedWindow() {
        // Read in windows of 500 (a small stream threshold), each committed on its own.
        const QString file = write(QStringLiteral("big.json"), TestDossiers::pullResponse(8000));
        const QString reference = m_dir.filePath(QStringLiteral("reference.sqlite"));
        QCOMPARE(
            import(reference, QStringList{write(QStringLiteral("small.json"), TestDossiers::pullResponse(2)),
                                          QStringLiteral("--indexes"), QStringLiteral("keep")} +
                                  today)
                .exitCode,
            0);
        const QString database = m_dir.filePath(QStringLiteral("killed.sqlite"));
        QProcess importer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BTXH_IMPORT_STREAM_BYTES"), QStringLiteral("4096"));
        importer.setProcessEnvironment(env);
        // Its warnings are not read here: a full pipe would stop it.
        importer.setStandardOutputFile(QProcess::nullDevice());
        importer.setStandardErrorFile(QProcess::nullDevice());
        importer.start(BtxhRun::executable(),
                       QStringList{QStringLiteral("import"), QStringLiteral("--db"), database, file,
                                   QStringLiteral("--indexes"), QStringLiteral("defer")} +
                           today);
        QVERIFY(importer.waitForStarted());
        // Killed once a few windows are stored, the indexes still set aside.
        qint64 stored = 0;
        const QDeadlineTimer deadline(120000);
        while (importer.state() == QProcess::Running && !deadline.hasExpired()) {
            stored = databaseScalar(database, QStringLiteral("SELECT count(*) FROM dossiers"));
            if (stored >= 1000)
                break;
            QThread::msleep(10);
        }
        QVERIFY2(importer.state() == QProcess::Running,
                 "the import ended before it could be killed in the middle: give it more dossiers");
        importer.kill();
        QVERIFY(importer.waitForFinished());
        stored = databaseScalar(database, QStringLiteral("SELECT count(*) FROM dossiers"));
        QVERIFY2(stored >= 1000 && stored < 8000, qPrintable(QString::number(stored)));
        QCOMPARE(stored % 500, 0); // whole windows only
        QCOMPARE(deferredRecords(database), 1);
        QVERIFY(databaseSchema(database) != databaseSchema(reference));

        // The next program to open it makes them again before anything else: here `btxh list`, which then
        // lists every dossier a committed window stored.
        const BtxhRun listed =
            BtxhRun::onDatabase(QStringLiteral("list"), database, {QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(
            listed.err.contains(QStringLiteral("making the database's indexes again (a bulk load did not "
                                               "finish): 0 of ")),
            qPrintable(listed.err));
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), stored);
        // Every dossier stored is found by search again: its text was left to the load's end.
        QCOMPARE(databaseScalar(database, QStringLiteral("SELECT count(*) FROM dossier_search")), stored);
        QCOMPARE(deferredRecords(database), 0);
        QCOMPARE(databaseSchema(database), databaseSchema(reference));
        QCOMPARE(databaseScalar(database, QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE "
                                                         "integrity_check <> 'ok'")),
                 0);

        // The same file again stores the rest, and sets them aside and makes them again once more.
        const BtxhRun again =
            import(database, QStringList{file, QStringLiteral("--indexes"), QStringLiteral("defer")} + today);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(
                     QStringLiteral("new %1, updated 0, unchanged %2").arg(8000 - stored).arg(stored)),
                 qPrintable(again.out.right(300) + again.err));
        QCOMPARE(deferredRecords(database), 0);
        QCOMPARE(databaseSchema(database), databaseSchema(reference));
    }
};

QTEST_GUILESS_MAIN(TestImportIndexes)
#include "tst_importindexes.moc"
