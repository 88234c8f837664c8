// SPDX-License-Identifier: GPL-3.0-or-later
// Kills an importing child with SIGKILL at random points, many times over, and checks after each kill that
// the database opens, passes PRAGMA integrity_check, and holds every dossier whose batch had committed, once
// and whole.
#include "SearchOrder.h"
#include "Store.h"
#include "TestDossiers.h"
#include "TestStore.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace btxh;
using test::TestDossiers;

namespace {

constexpr int Count = 1500;
constexpr int Batch = 25;
constexpr int Rounds = 20;
constexpr int LeanRounds = 10;

} // namespace

class TestStoreCrash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sigkillDuringImport_neverLosesNorDuplicatesNorHalfWrites() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        QRandomGenerator rng(20240301); // deterministic kill points
        // What each dossier must look like: the revision of the last committed batch that held it (-1: none).
        QList<int> expectedRevision(Count, -1);
        int kills = 0;

        for (int round = 0; round < Rounds; ++round) {
            QProcess child;
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start(QStringLiteral(STORE_CRASH_CHILD),
                        {path, QString::number(Count), QString::number(Batch), QString::number(round)});
            QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
            // Kill after a random time; a child that finishes first is fine too.
            const int delayMs = 20 + int(rng.bounded(700));
            QList<int> committed;
            QByteArray pending;
            QElapsedTimer timer;
            timer.start();
            bool finished = false;
            while (timer.elapsed() < delayMs) {
                if (child.waitForFinished(5)) {
                    finished = true;
                    break;
                }
            }
            if (!finished) {
                ::kill(pid_t(child.processId()), SIGKILL);
                ++kills;
            }
            // waitForFinished() answers false for a child already reaped by the loop above.
            QVERIFY(finished || child.waitForFinished(10000));
            pending += child.readAllStandardOutput();
            // Only lines the child finished writing count: the kill may cut the last one.
            QList<QByteArray> lines = pending.split('\n');
            lines.removeLast(); // empty, or a line the kill cut short
            for (const QByteArray &line : std::as_const(lines))
                if (line.startsWith("committed "))
                    committed << line.mid(10).toInt();
            const QByteArray err = child.readAllStandardError();
            QVERIFY2(err.isEmpty(), err.constData());
            for (int b : std::as_const(committed))
                for (int i = b * Batch; i < std::min(Count, (b + 1) * Batch); ++i)
                    expectedRevision[i] = round;

            // The database opens, is sound, and holds exactly what committed.
            Store store;
            const auto opened = store.open(path);
            QVERIFY2(opened, qPrintable(opened.error().message));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT code) FROM dossiers")) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), q.value(1).toInt());
            QVERIFY(
                q.exec(QStringLiteral("SELECT count(*) FROM dossiers d WHERE d.document_count != (SELECT "
                                      "count(*) FROM documents WHERE dossier_id = d.id) OR (SELECT count(*) "
                                      "FROM dossier_search WHERE rowid = %1) != 1")
                           .arg(SearchOrder::rowidExpression(QStringLiteral("d.k_NgayTiepNhan"),
                                                             QStringLiteral("d.id")))) &&
                q.next());
            QCOMPARE(q.value(0).toInt(), 0);

            // Exact check of every dossier the importer reported as committed; the batch in flight may or may
            // not have committed (the kill can land between COMMIT and the line saying so), but it is whole.
            const TestDossiers data(99);
            int present = 0;
            for (int i = 0; i < Count; ++i) {
                const auto stored = store.dossier(TestDossiers::code(i));
                if (!stored) {
                    QCOMPARE(stored.error().kind, StoreError::Kind::NotFound);
                    QVERIFY2(expectedRevision[i] < 0, qPrintable(QStringLiteral("dossier %1 lost").arg(i)));
                    continue;
                }
                ++present;
                const QString unit = stored->dossier.value(DossierField::DonViXuLy);
                int revision = -1;
                for (int r = round; r >= 0 && revision < 0; --r)
                    if (unit.contains(QStringLiteral("(%1)").arg(TestDossiers::revisionTag(r))))
                        revision = r;
                QVERIFY(revision >= expectedRevision[i]);
                QCOMPARE(stored->dossier, data.dossier(i, revision)); // whole: fields and every document
                const auto steps = store.steps(stored->dossier.code());
                QCOMPARE(steps->size(), data.steps(i).size());
                expectedRevision[i] = revision;
            }
            QVERIFY(present >= committed.size() * Batch || committed.isEmpty() || present >= Count - Batch);
        }
        QVERIFY2(kills >= Rounds / 2, "most rounds should have been killed mid-import");
    }

    // The upgrade to schema 10 rewrites every row in one transaction, then VACUUMs (after 11, which drops
    // indexes in a transaction of its own): killed at any moment it leaves a database of schema 9, 10 or 11
    // that is sound, opens (finishing the upgrade) and holds everything.
    void sigkillDuringTheLeanUpgrade_leavesSchema9OrNewerWithEverything() {
        QTemporaryDir dir;
        const QString nine = dir.filePath(QStringLiteral("v9.sqlite"));
        const TestDossiers data(98);
        const std::optional<QMap<QString, QByteArray>> before = test::writeSchema9LeanMix(nine, data, 1200);
        QVERIFY(before);
        QRandomGenerator rng(20261202);
        QSet<int> versionsLeft;
        int kills = 0;
        for (int round = 0; round < LeanRounds; ++round) {
            const QString path = dir.filePath(QStringLiteral("round-%1.sqlite").arg(round));
            QVERIFY(QFile::copy(nine, path));
            QProcess child;
            child.start(QStringLiteral(STORE_CRASH_CHILD), {QStringLiteral("--migrate"), path});
            QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
            // Killed after some progress lines (0: during the backup), then a little later still.
            const int afterLines = int(rng.bounded(10));
            const int extraMs = int(rng.bounded(30));
            int lines = 0;
            bool finished = false;
            QByteArray out;
            while (lines < afterLines && !finished) {
                finished = child.waitForFinished(2);
                out += child.readAllStandardOutput();
                lines = int(out.count("progress "));
            }
            QThread::msleep(extraMs);
            if (!finished && child.state() != QProcess::NotRunning) {
                ::kill(pid_t(child.processId()), SIGKILL);
                ++kills;
            }
            QVERIFY(finished || child.waitForFinished(10000));
            {
                QSqlDatabase raw =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crash-raw"));
                raw.setDatabaseName(path);
                QVERIFY(raw.open());
                QSqlQuery q(raw);
                QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
                const int version = q.value(0).toInt();
                QVERIFY2(version >= 9 && version <= Store::latestSchemaVersion(),
                         qPrintable(QString::number(version)));
                versionsLeft.insert(version);
                q.finish();
                raw.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("crash-raw"));
            Store store;
            const auto opened = store.open(path);
            QVERIFY2(opened, qPrintable(opened.error().message));
            QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
            QCOMPARE(test::contentOf(store), *before);
        }
        QVERIFY2(kills >= LeanRounds / 2, "most rounds should have been killed mid-upgrade");
        QVERIFY2(versionsLeft.contains(9), "no kill landed before the upgrade's commit");
    }
};

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_storecrash.moc"
