// SPDX-License-Identifier: GPL-3.0-or-later
// Pulling by time window against a real ndxp-sandbox process: watermarks and overlap, windows split when too
// large or too slow, conflicts with pending local edits, tokens that expire or are revoked mid-run, cancel.
#include "SyncHarness.h"
#include "SyncTestData.h"
#include "SyncTime.h"
#include "TestSandbox.h"
#include "TokenProvider.h"

#include <QJsonArray>
#include <QTest>

using namespace btxh;
using namespace btxh::test;
namespace data = btxh::test::SyncTestData;

class TestSyncPull : public QObject {
    Q_OBJECT

private:
    static QStringList seeded(int n, QStringList more = {}) {
        return QStringList{QStringLiteral("--seed"),           QString::number(n),
                           QStringLiteral("--seed-provinces"), QStringLiteral("11"),
                           QStringLiteral("--seed-days"),      QStringLiteral("20")} +
               more;
    }

    // Pushes `dossiers` to the sandbox as another office would (its own store and client).
    static bool pushFromElsewhere(TestSandbox &sandbox, const QList<Dossier> &dossiers) {
        SyncHarness other(sandbox.baseUrl());
        for (const Dossier &d : dossiers) {
            if (!data::enterDossier(other.store(), d))
                return false;
        }
        const SyncReport r = other.push();
        return r.ok() && r.pushed == dossiers.size();
    }

private Q_SLOTS:
    void pull_splitsWindowsThatAreTooLargeOrTooSlow() {
        // The hangs fall on the same requests in every run (a seeded roll), as in tst_syncfaults: without a
        // seed, a run met anywhere from a few to dozens of them.
        TestSandbox sandbox(seeded(400, {QStringLiteral("--fault-seed"), QStringLiteral("7")}));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        const int onServer = sandbox.storedDossiers();
        QCOMPARE(onServer, 400);

        SyncOptions options;
        options.initialWindowSeconds = 40LL * 86400; // the whole range at once: far too much for 150 KB
        SyncHarness h(sandbox.baseUrl(), options);
        h.setGateway(sandbox.baseUrl(), RetryPolicy::fast(2), 1500, 150 * 1024);
        // A quarter of the requests hang: those windows time out and are split, then go through.
        QVERIFY(sandbox.setFaults({{QStringLiteral("hangRate"), 0.25}}));

        const SyncReport r = h.pull(SyncHarness::area11(PullKinds(PullKind::Dossiers)), 85000);
        QVERIFY2(r.ok(), qPrintable(r.summary() + r.stopText() + r.messages.join(u'\n')));
        QCOMPARE(r.created, onServer);
        QCOMPARE(h.store().count(ListFilter()).value_or(-1), onServer);
        QVERIFY2(h.pullJobsStarted > 8, qPrintable(QString::number(h.pullJobsStarted)));
        QVERIFY(sandbox.counter(QStringLiteral("faults"), QStringLiteral("hangs")) > 0);
    }

    void pull_continuesFromTheWatermarkWithAnOverlap() {
        TestSandbox sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        QVERIFY(pushFromElsewhere(sandbox, {data::dossier(1)}));
        const QDateTime stamped = SyncTime::wallClock(QDateTime::currentDateTime());

        // Our last pull ended (by our clock) 5 minutes after the server stamped the record: a clock running
        // ahead, or a record the server committed late. Only the overlap brings it in.
        const QDateTime ourNow = stamped.addSecs(6 * 60);
        for (const int overlap : {0, 600}) {
            SyncOptions options;
            options.overlapSeconds = overlap;
            options.clock = [ourNow] { return ourNow; };
            SyncHarness h(sandbox.baseUrl(), options);
            QVERIFY(h.store().settings().setWatermark(QStringLiteral("dossiers"), QStringLiteral("11//"),
                                                      SyncTime::watermarkText(stamped.addSecs(5 * 60))));
            const SyncReport r = h.pull(SyncHarness::area11(PullKinds(PullKind::Dossiers)));
            QVERIFY2(r.ok(), qPrintable(r.summary() + r.stopText() + r.messages.join(u'\n')));
            QCOMPARE(r.created, overlap == 0 ? 0 : 1);
            QCOMPARE(h.store().dossier(data::code(1)).has_value(), overlap > 0);
            // The watermark moved to the end of what was pulled.
            QCOMPARE(h.store()
                         .settings()
                         .watermark(QStringLiteral("dossiers"), QStringLiteral("11//"))
                         .value_or(QString()),
                     SyncTime::watermarkText(ourNow));
        }
    }

    void pull_seenTwiceIsUnchangedAndAnExplicitLaterWindowLeavesTheWatermark() {
        TestSandbox sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        QVERIFY(pushFromElsewhere(sandbox, {data::dossier(1), data::dossier(2)}));
        SyncHarness h(sandbox.baseUrl());
        const SyncReport first = h.pull(SyncHarness::area11());
        QVERIFY2(first.ok(), qPrintable(first.summary() + first.messages.join(u'\n')));
        QCOMPARE(first.created, 2);
        const SyncReport second = h.pull(SyncHarness::area11());
        QVERIFY(second.ok());
        QCOMPARE(second.pulled, 2); // the overlap brings them again...
        QCOMPARE(second.created, 0);
        QCOMPARE(second.updated, 0);
        QCOMPARE(second.unchanged, 2); // ...and they are recognised by MaHoSo
        QCOMPARE(h.store().count(ListFilter()).value_or(-1), 2);

        const QString mark = h.store()
                                 .settings()
                                 .watermark(QStringLiteral("dossiers"), QStringLiteral("11//"))
                                 .value_or(QString());
        QVERIFY(!mark.isEmpty());
        PullSpec later = SyncHarness::area11();
        later.from = QDateTime::currentDateTime().addDays(1);
        later.to = QDateTime::currentDateTime().addDays(2);
        QVERIFY(h.pull(later).ok());
        QCOMPARE(h.store()
                     .settings()
                     .watermark(QStringLiteral("dossiers"), QStringLiteral("11//"))
                     .value_or(QString()),
                 mark);

        // Another area has its own watermark.
        PullSpec district = SyncHarness::area11();
        district.area.district = QStringLiteral("094");
        const SyncReport narrowed = h.pull(district);
        QVERIFY(narrowed.ok());
        QCOMPARE(narrowed.pulled, 2);
        QVERIFY(
            h.store().settings().watermark(QStringLiteral("results"), QStringLiteral("11/094/")).has_value());
    }

    void pull_serverChangeWhileLocalEditsPendingBecomesAConflict() {
        TestSandbox sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        QVERIFY(pushFromElsewhere(sandbox, {data::dossier(5), data::dossier(6)}));
        SyncHarness h(sandbox.baseUrl());
        QCOMPARE(h.pull(SyncHarness::area11()).created, 2);

        // Here: an officer edits dossier 5 (not yet sent). There: both dossiers change.
        Dossier local = h.store().dossier(data::code(5))->dossier;
        local.setValue(DossierField::DonViXuLy, QStringLiteral("UBND phường Mường Thanh (sửa tại đây)"));
        QVERIFY(data::enterDossier(h.store(), local));
        QTest::qWait(1100); // a later stamp on the server
        Dossier there5 = data::dossier(5);
        there5.setValue(DossierField::SoDienThoai, QStringLiteral("0912000005"));
        Dossier there6 = data::dossier(6);
        there6.setValue(DossierField::SoDienThoai, QStringLiteral("0912000006"));
        QVERIFY(pushFromElsewhere(sandbox, {there5, there6}));

        const SyncReport r = h.pull(SyncHarness::area11());
        QVERIFY2(r.stop == SyncReport::Stop::None, qPrintable(r.stopText()));
        QCOMPARE(r.conflicts, 1);
        QCOMPARE(r.updated, 1); // dossier 6 had no local edits: simply updated
        QVERIFY2(r.messages.join(u'\n').contains(data::code(5)), qPrintable(r.messages.join(u'\n')));
        const StoredDossier five = *h.store().dossier(data::code(5));
        QCOMPARE(five.syncState, SyncState::Conflict);
        // Both kept: our edit is the current version, the server's copy is beside it.
        QCOMPARE(five.dossier.value(DossierField::DonViXuLy), local.value(DossierField::DonViXuLy));
        QVERIFY(five.serverJson.contains("0912000005"));
        QCOMPARE(h.store().dossier(data::code(6))->dossier.value(DossierField::SoDienThoai),
                 QStringLiteral("0912000006"));

        // While the conflict stands, dossier 5 is not sent: the server keeps its copy.
        const SyncReport push = h.push();
        QCOMPARE(push.pushed, 0);
        QCOMPARE(push.queued, 1);
        QVERIFY(push.messages.join(u'\n').contains(data::code(5)));
        const QJsonObject onServer =
            sandbox.records(data::code(5)).value(QStringLiteral("dossier")).toObject();
        QCOMPARE(onServer.value(QStringLiteral("request"))
                     .toObject()
                     .value(QStringLiteral("SoDienThoai"))
                     .toString(),
                 QStringLiteral("0912000005"));
    }

    void pull_afterPushAndEditIsNotAConflict() {
        TestSandbox sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SyncHarness h(sandbox.baseUrl());
        QVERIFY(data::enterDossier(h.store(), data::dossier(7)));
        const SyncReport pushed = h.push();
        QVERIFY2(pushed.ok(), qPrintable(pushed.summary() + pushed.messages.join(u'\n')));
        QCOMPARE(pushed.pushed, 1);

        // Edited here after the push went through; the pull brings back what we pushed, in the server's
        // words.
        Dossier local = h.store().dossier(data::code(7))->dossier;
        local.setValue(DossierField::DonViXuLy, QStringLiteral("UBND xã Thanh Xương (sửa sau khi gửi)"));
        QVERIFY(data::enterDossier(h.store(), local));
        const SyncReport r = h.pull(SyncHarness::area11());
        QVERIFY2(r.ok(), qPrintable(r.summary() + r.messages.join(u'\n')));
        QCOMPARE(r.conflicts, 0);
        QCOMPARE(r.unchanged, 1);
        const StoredDossier seven = *h.store().dossier(data::code(7));
        QCOMPARE(seven.syncState, SyncState::Ready);
        QCOMPARE(seven.dossier.value(DossierField::DonViXuLy), local.value(DossierField::DonViXuLy));

        // The edit goes out with the next push, and the pull after it is nothing new.
        const SyncReport again = h.sync(SyncHarness::area11());
        QVERIFY2(again.ok(), qPrintable(again.summary() + again.messages.join(u'\n')));
        QCOMPARE(again.pushed, 1);
        QCOMPARE(again.conflicts, 0);
        QCOMPARE(h.store().dossier(data::code(7))->syncState, SyncState::Synced);
        QCOMPARE(sandbox.records(data::code(7))
                     .value(QStringLiteral("dossier"))
                     .toObject()
                     .value(QStringLiteral("request"))
                     .toObject()
                     .value(QStringLiteral("DonViXuLy"))
                     .toString(),
                 local.value(DossierField::DonViXuLy));
    }

    void pull_registrationSeenAgainDoesNotUndoItsResult() {
        TestSandbox sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        QVERIFY(pushFromElsewhere(sandbox, {data::dossier(3)}));
        QVERIFY(pushFromElsewhere(sandbox, {data::finalResult(3)}));
        SyncHarness h(sandbox.baseUrl());
        for (int run = 0; run < 2; ++run) {
            const SyncReport r = h.pull(SyncHarness::area11());
            QVERIFY2(r.ok(), qPrintable(r.summary() + r.messages.join(u'\n')));
            QVERIFY(h.store().dossier(data::code(3))->dossier.isFinalResult());
            if (run == 1) {
                QCOMPARE(r.updated, 0);
                QCOMPARE(r.created, 0);
            }
        }
    }

    void sync_ownStepsComeBackOnce() {
        TestSandbox sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SyncHarness h(sandbox.baseUrl());
        QVERIFY(data::enterDossier(h.store(), data::dossier(9)));
        QVERIFY(data::enterStep(h.store(), data::step(9, 1)));
        QVERIFY(data::enterStep(h.store(), data::step(9, 2)));
        const SyncReport r = h.sync(SyncHarness::area11());
        QVERIFY2(r.ok(), qPrintable(r.summary() + r.messages.join(u'\n')));
        QCOMPARE(r.pushed, 3);
        QCOMPARE(h.store().steps(data::code(9))->size(), 2);
        QCOMPARE(h.store().count(ListFilter()).value_or(-1), 1);
        const SyncReport again = h.sync(SyncHarness::area11());
        QVERIFY(again.ok());
        QCOMPARE(h.store().steps(data::code(9))->size(), 2);
        QCOMPARE(sandbox.storedSteps(), 2);
    }

    void tokens_expiringAndRevokedMidSync() {
        TestSandbox sandbox(seeded(1500, {QStringLiteral("--token-lifetime"), QStringLiteral("2"),
                                          QStringLiteral("--latency-ms"), QStringLiteral("15")}));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        const int onServer = sandbox.storedDossiers();
        SyncOptions options;
        options.targetItemsPerWindow = 40; // many small windows: the run outlives several tokens
        options.initialWindowSeconds = 3600;
        SyncHarness h(sandbox.baseUrl(), options);
        for (int i = 1; i <= 20; ++i)
            QVERIFY(data::enterDossier(h.store(), data::dossier(i)));

        int revocations = 0;
        QObject::connect(&h.engine(), &SyncEngine::progress, &h.engine(), [&](const SyncProgress &p) {
            const bool due =
                (p.step == SyncProgress::Step::Pushing && p.items == 8 && revocations == 0) ||
                (p.step == SyncProgress::Step::PullingDossiers && p.items > 300 && revocations == 1);
            if (due) {
                ++revocations;
                sandbox.postLater(QStringLiteral("revoke-tokens"));
            }
        });
        const SyncReport r = h.sync(SyncHarness::area11(), 85000);
        QVERIFY2(r.ok(), qPrintable(r.summary() + r.stopText() + r.messages.join(u'\n')));
        QCOMPARE(revocations, 2);
        QCOMPARE(r.pushed, 20);
        QCOMPARE(sandbox.storedDossiers(), onServer + 20);
        QCOMPARE(h.store().count(ListFilter()).value_or(-1), onServer + 20);
        // Refused tokens were replaced and the calls replayed.
        QVERIFY2(sandbox.counter(QString(), QStringLiteral("unauthorized")) >= 1,
                 qPrintable(QString::number(sandbox.counter(QString(), QStringLiteral("unauthorized")))));
        QVERIFY(sandbox.counter(QStringLiteral("token"), QStringLiteral("issued")) >= 3);
        QVERIFY(h.client().tokens()->fetchCount() >= 3);
    }

    void cancel_keepsWhatWasStoredAndTheNextPullContinues() {
        TestSandbox sandbox(seeded(1200, {QStringLiteral("--latency-ms"), QStringLiteral("100")}));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        const int onServer = sandbox.storedDossiers();
        SyncOptions options;
        options.targetItemsPerWindow = 100;
        options.initialWindowSeconds = 12 * 3600;
        SyncHarness h(sandbox.baseUrl(), options);
        QObject::connect(&h.engine(), &SyncEngine::progress, &h.engine(), [&](const SyncProgress &p) {
            if (p.step == SyncProgress::Step::PullingDossiers && p.items >= 200)
                h.engine().cancel();
        });
        const SyncReport r = h.pull(SyncHarness::area11(PullKinds(PullKind::Dossiers)));
        QVERIFY(r.cancelled());
        const qint64 stored = h.store().count(ListFilter()).value_or(-1);
        QVERIFY2(stored >= 200 && stored < onServer, qPrintable(QString::number(stored)));
        QVERIFY(
            h.store().settings().watermark(QStringLiteral("dossiers"), QStringLiteral("11//")).has_value());

        QObject::disconnect(&h.engine(), &SyncEngine::progress, nullptr, nullptr);
        const SyncReport rest = h.pull(SyncHarness::area11(PullKinds(PullKind::Dossiers)));
        QVERIFY2(rest.ok(), qPrintable(rest.summary() + rest.messages.join(u'\n')));
        QCOMPARE(h.store().count(ListFilter()).value_or(-1), onServer);
        QVERIFY(rest.pulled < onServer); // it went on from where the first run stopped
    }
};

QTEST_GUILESS_MAIN(TestSyncPull)
#include "tst_syncpull.moc"
