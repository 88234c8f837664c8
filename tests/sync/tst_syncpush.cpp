// SPDX-License-Identifier: GPL-3.0-or-later
// Pushing the outbox against a real ndxp-sandbox process: order, idempotency, lost replies, a server killed
// in the middle, and no network at all.
#include "SyncHarness.h"
#include "SyncTestData.h"
#include "TestSandbox.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

using namespace btxh;
using namespace btxh::test;
namespace data = btxh::test::SyncTestData;

class TestSyncPush : public QObject {
    Q_OBJECT

private:
    // A port nothing listens on.
    static QUrl deadUrl() {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    }

private Q_SLOTS:
    void push_sendsDossierBeforeStepsBeforeResult() {
        TestSandbox sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SyncHarness h(sandbox.baseUrl());
        QVERIFY(h.isOpen());

        // Queued in the worst order: a step before its dossier, a final result before its steps.
        QVERIFY(data::enterStep(h.store(), data::step(1, 1)));
        QVERIFY(data::enterDossier(h.store(), data::dossier(2)));
        QVERIFY(data::enterDossier(h.store(), data::finalResult(2)));
        QVERIFY(data::enterStep(h.store(), data::step(2, 1)));
        QVERIFY(data::enterDossier(h.store(), data::dossier(1)));
        QVERIFY(data::enterStep(h.store(), data::step(1, 2)));

        const SyncReport r = h.push();
        QVERIFY2(r.ok(), qPrintable(r.summary() + r.stopText() + r.messages.join(u'\n')));
        QCOMPARE(r.pushed, 6);
        QCOMPARE(h.jobsStarted.size(), 6);
        const QStringList &jobs = h.jobsStarted;
        for (const QString &code : {data::code(1), data::code(2)}) {
            const qsizetype dossier = jobs.indexOf(QStringLiteral("DongBoDVC/1 ") + code);
            const qsizetype firstStep = jobs.indexOf(QStringLiteral("XuLyHoSo ") + code);
            const qsizetype lastStep = jobs.lastIndexOf(QStringLiteral("XuLyHoSo ") + code);
            QVERIFY2(dossier >= 0 && firstStep > dossier, qPrintable(jobs.join(u',')));
            const qsizetype result = jobs.indexOf(QStringLiteral("DongBoDVC/100 ") + code);
            if (code == data::code(2))
                QVERIFY2(result > lastStep, qPrintable(jobs.join(u',')));
        }

        // The dossier went as a new dossier first, then as its result; each stored once on the server.
        QCOMPARE(sandbox.storedDossiers(), 2);
        QCOMPARE(sandbox.storedResults(), 1);
        QCOMPARE(sandbox.storedSteps(), 3);
        const data::OutboxCounts counts = data::outboxCounts(h.store());
        QCOMPARE(counts.done, 6);
        QCOMPARE(counts.total(), 6);
        QCOMPARE(h.store().dossier(data::code(1))->syncState, SyncState::Synced);

        // Nothing left: a second push sends nothing.
        h.jobsStarted.clear();
        const SyncReport again = h.push();
        QCOMPARE(again.pushed, 0);
        QVERIFY(h.jobsStarted.isEmpty());
    }

    // A dossier received on 15/08/2026 in ward 03127 (Phường Điện Biên Phủ since the reform), no district.
    static Dossier postReformDossier(int index) {
        Dossier d = data::dossier(index);
        d.setValue(DossierField::NgayTiepNhan, QStringLiteral("15/08/2026 09:00:00"));
        d.setValue(DossierField::SubmittedDate, QStringLiteral("15/08/2026 08:45:00"));
        d.fields.clear(int(DossierField::MaHuyen));
        return d;
    }

    void push_postReformDossier_goesAsTheProfileSays_data() {
        QTest::addColumn<int>("levels");
        QTest::addColumn<QString>("sentDistrict");
        QTest::newRow("two-level: MaHuyen empty") << int(PostReformForm::Levels::Two) << QString();
        QTest::newRow("three-level: configured district")
            << int(PostReformForm::Levels::Three) << QStringLiteral("094");
    }
    void push_postReformDossier_goesAsTheProfileSays() {
        QFETCH(int, levels);
        QFETCH(QString, sentDistrict);
        TestSandbox sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SyncHarness h(sandbox.baseUrl());
        const PostReformForm form = PostReformForm::Levels(levels) == PostReformForm::Levels::Three
                                        ? PostReformForm::threeLevel(sentDistrict)
                                        : PostReformForm::twoLevel();
        h.setGateway(sandbox.baseUrl(), RetryPolicy::fast(3), 10000, 256LL * 1024 * 1024, form);
        const Dossier d = postReformDossier(1);
        QVERIFY(data::enterDossier(h.store(), d));
        const SyncReport r = h.push();
        QVERIFY2(r.ok(), qPrintable(r.summary() + r.stopText() + r.messages.join(u'\n')));
        QCOMPARE(r.pushed, 1);

        // What the gateway stored is the request form the profile asks for.
        const QJsonObject request = sandbox.records(d.code())
                                        .value(QStringLiteral("dossier"))
                                        .toObject()
                                        .value(u"request")
                                        .toObject();
        QVERIFY2(request.contains(u"MaHuyen"),
                 qPrintable(QString::fromUtf8(QJsonDocument(request).toJson())));
        QCOMPARE(request.value(u"MaHuyen").toString(), sentDistrict);
        QCOMPARE(request.value(u"MaXa").toString(), QStringLiteral("03127"));
        QCOMPARE(request.value(u"MaTinh").toString(), QStringLiteral("11"));
        // Our copy is not rewritten: it still has no district.
        const StoreResult<StoredDossier> stored = h.store().dossier(d.code());
        QVERIFY(stored);
        QVERIFY(stored->dossier.value(DossierField::MaHuyen).isEmpty());
        QCOMPARE(stored->syncState, SyncState::Synced);
    }

    void push_preReformDossierEditedAndPushedAgain_keepsItsThreeLevelForm_data() {
        QTest::addColumn<int>("levels");
        QTest::newRow("two-level profile") << int(PostReformForm::Levels::Two);
        QTest::newRow("three-level profile, another district") << int(PostReformForm::Levels::Three);
    }
    void push_preReformDossierEditedAndPushedAgain_keepsItsThreeLevelForm() {
        QFETCH(int, levels);
        TestSandbox sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SyncHarness h(sandbox.baseUrl());
        // Neither profile for post-reform dossiers touches a pre-reform one: the two-level one does not empty
        // its MaHuyen, the three-level one does not put its own district in.
        h.setGateway(sandbox.baseUrl(), RetryPolicy::fast(3), 10000, 256LL * 1024 * 1024,
                     PostReformForm::Levels(levels) == PostReformForm::Levels::Three
                         ? PostReformForm::threeLevel(QStringLiteral("095"))
                         : PostReformForm::twoLevel());
        Dossier d = data::dossier(2); // received 08/12/2022 in 11/094/03127 (Phường Him Lam then)
        QVERIFY(data::enterDossier(h.store(), d));
        QVERIFY(h.push().ok());
        d.setValue(DossierField::SoDienThoai, QStringLiteral("0912345678"));
        QVERIFY(data::enterDossier(h.store(), d));
        const SyncReport again = h.push();
        QVERIFY2(again.ok(), qPrintable(again.summary() + again.messages.join(u'\n')));
        QCOMPARE(again.pushed, 1);
        const QJsonObject record = sandbox.records(d.code()).value(QStringLiteral("dossier")).toObject();
        const QJsonObject request = record.value(u"request").toObject();
        QCOMPARE(request.value(u"MaTinh").toString(), QStringLiteral("11"));
        QCOMPARE(request.value(u"MaHuyen").toString(), QStringLiteral("094"));
        QCOMPARE(request.value(u"MaXa").toString(), QStringLiteral("03127"));
        QCOMPARE(request.value(u"SoDienThoai").toString(), QStringLiteral("0912345678"));
        QCOMPARE(record.value(u"pushCount").toInt(), 2);
        // Our copy keeps its three-level codes too.
        const StoreResult<StoredDossier> stored = h.store().dossier(d.code());
        QVERIFY(stored);
        QCOMPARE(stored->dossier.value(DossierField::MaHuyen), QStringLiteral("094"));
        QCOMPARE(stored->syncState, SyncState::Synced);
    }

    void push_refusedDossierKeepsItsStepsQueuedWithTheGatewaysWords() {
        TestSandbox sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SyncHarness h(sandbox.baseUrl());

        Dossier bad = data::dossier(7);
        bad.setValue(DossierField::MaTinh, QString()); // the sandbox answers error_code 3 "Thiếu mã tỉnh"
        QVERIFY(data::enterDossier(h.store(), bad));
        QVERIFY(data::enterStep(h.store(), data::step(7, 1)));
        QVERIFY(data::enterDossier(h.store(), data::dossier(8)));

        const SyncReport r = h.push();
        QCOMPARE(r.stop, SyncReport::Stop::None);
        QCOMPARE(r.pushed, 1);
        QCOMPARE(r.failed, 1);
        QCOMPARE(r.queued, 1); // the step waits for its dossier
        // Verbatim: the gateway's message and code reach the officer.
        const QString all = r.messages.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("Thiếu mã tỉnh (MaTinh)")), qPrintable(all));
        QVERIFY2(all.contains(data::code(7)), qPrintable(all));
        const StoreResult<StoredDossier> stored = h.store().dossier(data::code(7));
        QCOMPARE(stored->syncState, SyncState::Failed);
        QVERIFY(stored->lastMessage.contains(QStringLiteral("Thiếu mã tỉnh")));
        QCOMPARE(sandbox.storedSteps(), 0);
        QVERIFY(!h.jobsStarted.contains(QStringLiteral("XuLyHoSo ") + data::code(7)));

        // Fixed and queued again: the dossier, then its step, go.
        QVERIFY(data::enterDossier(h.store(), data::dossier(7)));
        const SyncReport fixed = h.push();
        QVERIFY2(fixed.ok(), qPrintable(fixed.summary() + fixed.messages.join(u'\n')));
        QCOMPARE(fixed.pushed, 2);
        QCOMPARE(sandbox.storedSteps(), 1);
        QCOMPARE(sandbox.storedDossiers(), 2);
    }

    void push_queuedDossierGoneFromTheDatabase_failsForGoodAndTheRestGoes() {
        TestSandbox sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SyncHarness h(sandbox.baseUrl());
        QVERIFY(data::enterDossier(h.store(), data::dossier(11)));
        QVERIFY(data::enterDossier(h.store(), data::dossier(12)));
        {
            // Another program's doing (an older build, a hand-made repair): the row goes, its outbox entry
            // stays.
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(h.databasePath());
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.prepare(QStringLiteral("DELETE FROM dossiers WHERE code = ?")));
            q.addBindValue(data::code(11));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));

        const SyncReport r = h.push();
        QCOMPARE(r.stop, SyncReport::Stop::None);
        QCOMPARE(r.pushed, 1);
        QCOMPARE(r.failed, 1);
        const QString all = r.messages.join(u'\n');
        QVERIFY2(all.contains(data::code(11)) && all.contains(QStringLiteral("no longer in the database")),
                 qPrintable(all));
        QCOMPARE(sandbox.storedDossiers(), 1);
        const data::OutboxCounts counts = data::outboxCounts(h.store());
        QCOMPARE(counts.done, 1);
        QCOMPARE(counts.failed, 1);
        QCOMPARE(counts.total(), 2);

        // Failed for good: a second push sends nothing.
        h.jobsStarted.clear();
        const SyncReport again = h.push();
        QCOMPARE(again.pushed, 0);
        QCOMPARE(again.failed, 0);
        QVERIFY(h.jobsStarted.isEmpty());
    }

    void push_lostReplyAfterStoreDoesNotDuplicate() {
        TestSandbox sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SyncHarness h(sandbox.baseUrl());

        // A first push without faults also gets the token, which the faults below would otherwise hit.
        QVERIFY(data::enterDossier(h.store(), data::dossier(1)));
        QVERIFY(h.push().ok());

        // Every reply is lost after the server stored the item (dropped connection), then cut in half.
        QVERIFY(data::enterDossier(h.store(), data::dossier(2)));
        QVERIFY(data::enterStep(h.store(), data::step(2, 1)));
        for (const char *fault : {"dropRate", "truncateRate"}) {
            QVERIFY(sandbox.setFaults({{QLatin1StringView(fault), 1.0}}));
            const SyncReport lost = h.push();
            QCOMPARE(lost.pushed, 0);
            QVERIFY2(lost.stop == SyncReport::Stop::Offline || lost.retrying > 0, qPrintable(lost.summary()));
            QCOMPARE(lost.queued, 2);
            QCOMPARE(sandbox.storedDossiers(), 2); // stored, though we never heard
            QVERIFY(sandbox.setFaults({{QLatin1StringView(fault), 0.0}}));
            // The step waited for its dossier's answer, so it was not sent.
            QCOMPARE(sandbox.storedSteps(), 0);
        }
        const QJsonObject before = sandbox.records(data::code(2));
        const int pushCount =
            before.value(QStringLiteral("dossier")).toObject().value(QStringLiteral("pushCount")).toInt();
        // Sent again with the same Idempotency-Key: the sandbox answered as before and stored it once.
        QCOMPARE(pushCount, 1);
        QVERIFY(sandbox.counter(QStringLiteral("pushes"), QStringLiteral("idempotentReplays")) >= 1);

        const SyncReport r = h.push();
        QVERIFY2(r.ok(), qPrintable(r.summary() + r.messages.join(u'\n')));
        QCOMPARE(r.pushed, 2);
        QCOMPARE(sandbox.storedDossiers(), 2); // sent again, stored once
        QCOMPARE(sandbox.storedSteps(), 1);
        const data::OutboxCounts counts = data::outboxCounts(h.store());
        QCOMPARE(counts.done, 3);
        QCOMPARE(counts.total(), 3);

        // A step whose reply is lost: the next push asks TienTrinhXuLy first, finds it and does not send it
        // again.
        QVERIFY(data::enterStep(h.store(), data::step(2, 2)));
        QVERIFY(sandbox.setFaults({{QStringLiteral("dropRate"), 1.0}}));
        QVERIFY(!h.push().ok());
        QCOMPARE(sandbox.storedSteps(), 2);
        QVERIFY(sandbox.setFaults({{QStringLiteral("dropRate"), 0.0}}));
        QVERIFY(h.push().ok());
        QCOMPARE(sandbox.storedSteps(), 2);
        const QJsonArray steps = sandbox.records(data::code(2)).value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 2);
        for (const QJsonValue &v : steps)
            QCOMPARE(v.toObject().value(QStringLiteral("pushCount")).toInt(), 1);
        QCOMPARE(data::outboxCounts(h.store()).done, 4);
    }

    void push_serverKilledAndRestartedMidPush_nothingLostNothingDoubled() {
        TestSandbox sandbox({QStringLiteral("--latency-ms"), QStringLiteral("40")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SyncHarness h(sandbox.baseUrl());
        const int n = 30;
        for (int i = 1; i <= n; ++i) {
            QVERIFY(data::enterDossier(h.store(), data::dossier(i)));
            QVERIFY(data::enterStep(h.store(), data::step(i, 1)));
        }

        // Kill the server once a third of the items went through, while a request is in flight.
        bool killed = false;
        QObject::connect(&h.engine(), &SyncEngine::progress, &h.engine(), [&](const SyncProgress &p) {
            if (!killed && p.items >= n / 3) {
                killed = true;
                sandbox.kill();
            }
        });
        const SyncReport first = h.push();
        QVERIFY(killed);
        QCOMPARE(first.stop, SyncReport::Stop::Offline);
        QVERIFY(first.offline);
        QVERIFY(first.pushed >= n / 3);
        QVERIFY(first.pushed < 2 * n);
        QCOMPARE(first.queued, 2 * n - first.pushed);
        QVERIFY2(first.stopText().contains(QStringLiteral("offline")), qPrintable(first.stopText()));

        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        const SyncReport second = h.push();
        QVERIFY2(second.ok(), qPrintable(second.summary() + second.messages.join(u'\n')));
        QCOMPARE(first.pushed + second.pushed, 2 * n);

        // Nothing lost, nothing doubled, on either side.
        QCOMPARE(sandbox.storedDossiers(), n);
        QCOMPARE(sandbox.storedSteps(), n);
        const data::OutboxCounts counts = data::outboxCounts(h.store());
        QCOMPARE(counts.done, 2 * n);
        QCOMPARE(counts.total(), 2 * n);
        QCOMPARE(h.store().count(ListFilter()).value_or(-1), n);
        ListFilter notSynced;
        notSynced.syncStates = {SyncState::Ready, SyncState::Sent, SyncState::Failed, SyncState::Conflict};
        QCOMPARE(h.store().count(notSynced).value_or(-1), 0);
    }

    void push_unansweredItemsOfAKilledRunAreSentAgain() {
        TestSandbox sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SyncHarness h(sandbox.baseUrl());
        QVERIFY(data::enterDossier(h.store(), data::dossier(1)));
        // As if the program died after sending: the entry is "sent" under the lease of a process that is
        // gone, and nobody will answer for it.
        const QList<OutboxEntry> due = *h.store().outbox().due(QDateTime::currentDateTimeUtc().addDays(1));
        QCOMPARE(due.size(), 1);
        SyncLease killed = SyncLease::here(QStringLiteral("btxh push"));
        killed.pid = data::pidOfAFinishedProcess();
        QCOMPARE(h.store().outbox().acquireLease(killed, 3600).value_or(Store::LeaseOutcome::Busy),
                 Store::LeaseOutcome::Acquired);
        QVERIFY(h.store().outbox().markSent(due.first().id, killed.token));
        QCOMPARE(data::outboxCounts(h.store()).sent, 1);

        const SyncReport r = h.push();
        QVERIFY2(r.ok(), qPrintable(r.summary() + r.messages.join(u'\n')));
        QCOMPARE(r.pushed, 1);
        QCOMPARE(data::outboxCounts(h.store()).done, 1);
        QCOMPARE(sandbox.storedDossiers(), 1);
    }

    void offline_everythingStaysQueued() {
        SyncHarness h(deadUrl());
        for (int i = 1; i <= 3; ++i) {
            QVERIFY(data::enterDossier(h.store(), data::dossier(i)));
            QVERIFY(data::enterStep(h.store(), data::step(i, 1)));
        }
        const SyncReport r = h.sync(SyncHarness::area11());
        QCOMPARE(r.stop, SyncReport::Stop::Offline);
        QVERIFY(r.offline);
        QVERIFY(!r.ok());
        QCOMPARE(r.pushed, 0);
        QCOMPARE(r.failed, 0); // offline is not a failure
        QCOMPARE(r.queued, 6);
        QCOMPARE(r.pulled, 0);
        QVERIFY2(r.stopText().contains(QStringLiteral("offline")), qPrintable(r.stopText()));
        const data::OutboxCounts counts = data::outboxCounts(h.store());
        QCOMPARE(counts.pending, 6);
        QCOMPARE(counts.total(), 6);
        QCOMPARE(h.store().dossier(data::code(1))->syncState, SyncState::Ready);
        // Only the first item was tried: the rest was not even attempted.
        QCOMPARE(h.jobsStarted.size(), 1);

        // Pull alone: offline too, and no watermark moves.
        const SyncReport p = h.pull(SyncHarness::area11());
        QCOMPARE(p.stop, SyncReport::Stop::Offline);
        QVERIFY(
            !h.store().settings().watermark(QStringLiteral("dossiers"), QStringLiteral("11//")).has_value());
    }

    void cancel_stopsSoonAndKeepsTheRestQueued() {
        TestSandbox sandbox({QStringLiteral("--latency-ms"), QStringLiteral("300")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SyncHarness h(sandbox.baseUrl());
        for (int i = 1; i <= 10; ++i)
            QVERIFY(data::enterDossier(h.store(), data::dossier(i)));
        QObject::connect(&h.engine(), &SyncEngine::progress, &h.engine(), [&](const SyncProgress &p) {
            if (p.items >= 2)
                h.engine().cancel();
        });
        QElapsedTimer timer;
        timer.start();
        const SyncReport r = h.push();
        QCOMPARE(r.stop, SyncReport::Stop::Cancelled);
        QVERIFY(r.cancelled());
        QVERIFY(timer.elapsed() < 2500);
        QCOMPARE(r.pushed, 2);
        QCOMPARE(r.queued, 8);
        QCOMPARE(data::outboxCounts(h.store()).pending, 8);
        QCOMPARE(data::outboxCounts(h.store()).sent, 0);
        // The rest goes with the next run.
        QObject::disconnect(&h.engine(), &SyncEngine::progress, nullptr, nullptr);
        const SyncReport rest = h.push();
        QVERIFY2(rest.ok(), qPrintable(rest.summary()));
        QCOMPARE(rest.pushed, 8);
        QCOMPARE(sandbox.storedDossiers(), 10);
    }
};

QTEST_GUILESS_MAIN(TestSyncPush)
#include "tst_syncpush.moc"
