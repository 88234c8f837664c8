// SPDX-License-Identifier: GPL-3.0-or-later
// What keeps a sync from losing or doubling work when the gateway misbehaves or another sync runs: a pull
// reply that is not understood does not move the watermark (unreadable items wait in a quarantine), a
// gateway that is set up wrong stops the run with items left queued, and one pusher per database. The gateway
// is the sandbox server inside this test (InProcessSandbox): these read as scenarios and run beside other
// tests; the sync tests that kill or restart the gateway keep the real process.
#include "InProcessSandbox.h"
#include "PullJob.h"
#include "SyncHarness.h"
#include "SyncTestData.h"
#include "SyncTime.h"

#include <QJsonObject>
#include <QTest>

using namespace btxh;
using namespace btxh::test;
namespace data = btxh::test::SyncTestData;

namespace {

// The sandbox server runs in this process: each case is one client and one gateway, and nothing is killed.
SandboxServer::Config deduplicating(bool on) {
    SandboxServer::Config config;
    config.deduplicate = on;
    return config;
}

const QString Dossiers = QStringLiteral("dossiers");

} // namespace

class TestSyncGuards : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The engine asks for the next window as soon as a reply arrives, before reading it. A reply that turns
    // out unreadable is met in its turn: the windows before it are written, it is asked for again, and so is
    // the one asked for after it (never written ahead of it); nothing is skipped or stored twice.
    void pull_anUnreadableReplyWithTheNextAlreadyAsked_bothAreAskedAgainInOrder() {
        InProcessSandbox sandbox(deduplicating(false));
        sandbox.seedWith(240, 3, {QStringLiteral("11")}, QDateTime(), 5);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SyncOptions options;
        options.targetItemsPerWindow = 30;
        options.initialWindowSeconds = 6 * 3600;
        // From where the dossiers begin: the engine asks ahead only once windows with items came one after
        // another (PullWindowPlanner::mayAskAhead).
        options.initialLookbackDays = 5;
        SyncHarness h(sandbox.baseUrl(), options);
        // The third window's reply comes late (the windows before it are written meanwhile, so the next one
        // is asked for at once) and cut in the middle; every other reply is whole.
        QStringList starts;
        QObject::connect(&h.client(), &GatewayClient::jobStarted, &h.client(), [&](GatewayJob *job) {
            const auto *pull = qobject_cast<PullJob *>(job);
            if (!pull)
                return;
            starts << pull->query().value(QueryField::ThoiGianBatDau);
            // Set on the server itself: the admin service's request would spin an event loop in here.
            FaultSettings faults;
            if (starts.size() == 3) {
                faults.malformedRate = 1.0;
                faults.latencyMs = 300;
            }
            sandbox.server().setFaults(faults);
        });
        const SyncReport r = h.pull(SyncHarness::area11(PullKinds(PullKind::Dossiers)));
        QVERIFY2(r.ok(), qPrintable(r.summary() + r.messages.join(u'\n')));
        QCOMPARE(r.created, 240);
        QCOMPARE(h.store().count(ListFilter()).value_or(-1), 240);
        QVERIFY2(starts.size() >= 6, qPrintable(starts.join(u' ')));
        // Asked: 1, 2, 3 (cut), 4, then 3 and 4 again.
        QVERIFY2(starts.at(3) != starts.at(2) && starts.at(4) == starts.at(2) && starts.at(5) == starts.at(3),
                 qPrintable(starts.join(u' ')));
        QCOMPARE(starts.mid(4).removeDuplicates(), 0);
        // Each window written once, the first copy of the one asked for after the cut one thrown away.
        QCOMPARE(r.pulled, 240);
        QCOMPARE(r.unchanged, 0);
    }

    void pull_aReplyNotUnderstoodLeavesTheWindowToBeAskedAgain_data() {
        QTest::addColumn<int>("defect");
        QTest::addColumn<bool>("quarantined");
        QTest::newRow("no error_code") << 1 << false;
        QTest::newRow("no data") << 2 << false;
        QTest::newRow("an unreadable item") << 3 << true;
    }

    void pull_aReplyNotUnderstoodLeavesTheWindowToBeAskedAgain() {
        QFETCH(int, defect);
        QFETCH(bool, quarantined);
        InProcessSandbox sandbox(deduplicating(false));
        sandbox.seedWith(30, 1, {QStringLiteral("11")}, QDateTime(), 5);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SyncHarness h(sandbox.baseUrl());
        const PullSpec spec = SyncHarness::area11(PullKinds(PullKind::Dossiers));
        QVERIFY(sandbox.setFaults({{QStringLiteral("pullDefect"), defect}}));

        const SyncReport bad = h.pull(spec);
        QVERIFY(!bad.ok());
        const QList<QuarantinedItem> kept =
            h.store().quarantine().waiting().value_or(QList<QuarantinedItem>());
        if (quarantined) {
            // The rest of the window was stored; the item is kept verbatim, and the watermark stays before
            // it.
            QCOMPARE(bad.quarantined, kept.size());
            QVERIFY(!kept.isEmpty());
            QCOMPARE(kept.constFirst().item, QByteArray("{\"khongPhaiHoSo\":1}"));
            QCOMPARE(kept.constFirst().service, Dossiers);
            QCOMPARE(h.store().count(ListFilter()).value_or(-1), sandbox.storedDossiers());
            const QDateTime mark = SyncTime::fromWatermark(
                h.store().settings().watermark(Dossiers, spec.area.key()).value_or(QString()));
            QVERIFY(!mark.isValid() || mark <= SyncTime::wallClock(kept.constFirst().windowFrom));
        } else {
            QVERIFY(kept.isEmpty());
            QCOMPARE(bad.failed, 1);
            QVERIFY(!h.store().settings().watermark(Dossiers, spec.area.key()).has_value());
            QCOMPARE(h.store().count(ListFilter()).value_or(-1), 0);
        }

        // The gateway mends: the next pull asks for that window again and gets everything.
        QVERIFY(sandbox.setFaults({{QStringLiteral("pullDefect"), 0}}));
        const int asked = h.pullJobsStarted;
        const SyncReport good = h.pull(spec);
        QVERIFY2(good.stop == SyncReport::Stop::None, qPrintable(good.stopText()));
        QVERIFY(h.pullJobsStarted > asked);
        QCOMPARE(h.store().count(ListFilter()).value_or(-1), sandbox.storedDossiers());
        if (quarantined) {
            // Still waiting for an officer: the window is asked for again until it is dismissed.
            QVERIFY(!h.store().settings().watermark(Dossiers, spec.area.key()).has_value() ||
                    SyncTime::fromWatermark(*h.store().settings().watermark(Dossiers, spec.area.key())) <=
                        SyncTime::wallClock(kept.constFirst().windowFrom));
            for (const QuarantinedItem &i : kept)
                QVERIFY(h.store().quarantine().dismiss(i.id));
            QVERIFY(h.pull(spec).stop == SyncReport::Stop::None);
        }
        QVERIFY(h.store().settings().watermark(Dossiers, spec.area.key()).has_value());
    }

    void push_aGatewaySetUpWrongStopsTheRunAndKeepsItemsQueued_data() {
        QTest::addColumn<int>("status");
        QTest::newRow("redirect (captive portal)") << 302;
        QTest::newRow("403") << 403;
        QTest::newRow("404") << 404;
    }

    void push_aGatewaySetUpWrongStopsTheRunAndKeepsItemsQueued() {
        QFETCH(int, status);
        InProcessSandbox sandbox(deduplicating(false));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SyncHarness h(sandbox.baseUrl());
        for (int i = 1; i <= 5; ++i)
            QVERIFY(data::enterDossier(h.store(), data::dossier(i)));
        QVERIFY(
            sandbox.setFaults({{QStringLiteral("errorRate"), 1}, {QStringLiteral("failStatus"), status}}));

        const SyncReport r = h.push();
        QCOMPARE(r.stop, SyncReport::Stop::Configuration);
        QVERIFY2(r.error.contains(QStringLiteral("address or keys look wrong")), qPrintable(r.error));
        QCOMPARE(r.failed, 0);
        // One call found it out; nothing more was tried, and nothing was marked failed.
        QCOMPARE(h.jobsStarted.size(), 1);
        const data::OutboxCounts counts = data::outboxCounts(h.store());
        QCOMPARE(counts.pending, 5);
        QCOMPARE(counts.failed, 0);
        QCOMPARE(r.queued, 5);

        QVERIFY(sandbox.setFaults({{QStringLiteral("errorRate"), 0}}));
        const SyncReport again = h.push();
        QVERIFY2(again.ok(), qPrintable(again.summary() + again.stopText()));
        QCOMPARE(again.pushed, 5);
    }

    void push_anotherSyncHoldingTheDatabaseIsReportedWithItsOwner() {
        InProcessSandbox sandbox(deduplicating(false));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SyncHarness h(sandbox.baseUrl());
        QVERIFY(data::enterDossier(h.store(), data::dossier(1)));
        Store other;
        QVERIFY(other.open(h.databasePath()));
        SyncLease lease = SyncLease::here(QStringLiteral("btxh sync (lan)"));
        QCOMPARE(other.outbox().acquireLease(lease, 60).value_or(Store::LeaseOutcome::Busy),
                 Store::LeaseOutcome::Acquired);

        const SyncReport r = h.push();
        QCOMPARE(r.stop, SyncReport::Stop::Busy);
        QVERIFY2(r.error.contains(QStringLiteral("btxh sync (lan)")), qPrintable(r.error));
        QCOMPARE(r.pushed, 0);
        QCOMPARE(data::outboxCounts(h.store()).pending, 1);

        QVERIFY(other.outbox().releaseLease(lease.token));
        const SyncReport after = h.push();
        QVERIFY2(after.ok(), qPrintable(after.summary() + after.stopText()));
        QCOMPARE(sandbox.admin(QStringLiteral("push-counts"))
                     .value(QStringLiteral("dossiers"))
                     .toObject()
                     .value(data::code(1))
                     .toInt(),
                 1);
    }

    void push_sendsTheIdempotencyKeyTheDeduplicatingSandboxHonours() {
        InProcessSandbox sandbox(deduplicating(true));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        SyncHarness h(sandbox.baseUrl());
        QVERIFY(data::enterDossier(h.store(), data::dossier(2)));
        QVERIFY(h.push().ok()); // the client now holds a token: the lost replies below are the pushes' own
        QVERIFY(data::enterDossier(h.store(), data::dossier(1)));
        QVERIFY(data::enterStep(h.store(), data::step(1, 1)));
        // Every reply is lost after the push was stored: the client cannot know, so it sends the dossier
        // again; the sandbox recognises the key and stores it once.
        QVERIFY(sandbox.setFaults({{QStringLiteral("dropRate"), 1}}));
        h.push();
        QVERIFY(sandbox.setFaults({{QStringLiteral("dropRate"), 0}}));
        const SyncReport r = h.push();
        QVERIFY2(r.ok(), qPrintable(r.summary() + r.stopText()));
        QVERIFY(sandbox.counter(QStringLiteral("pushes"), QStringLiteral("idempotentReplays")) > 0);
        const QJsonObject counts = sandbox.admin(QStringLiteral("push-counts"));
        QCOMPARE(counts.value(QStringLiteral("dossiers")).toObject().value(data::code(1)).toInt(), 1);
        const QJsonObject steps = counts.value(QStringLiteral("steps")).toObject();
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.begin().value().toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncGuards)
#include "tst_syncguards.moc"
