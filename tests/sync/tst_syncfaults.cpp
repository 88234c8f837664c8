// SPDX-License-Identifier: GPL-3.0-or-later
// Every fault ndxp-sandbox can inject, during a sync that pushes and pulls: items are retried or stay queued,
// nothing is lost and nothing is stored twice, on either side. The sandbox does not deduplicate (--no-dedup):
// a step that reached it twice would be stored twice, so the counts prove the client's own guarantee.
#include "SyncHarness.h"
#include "SyncTestData.h"
#include "TestSandbox.h"

#include <QSqlQuery>
#include <QTest>

using namespace btxh;
using namespace btxh::test;
namespace data = btxh::test::SyncTestData;

class TestSyncFaults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void faults_retriedOrQueued_nothingLostNothingDoubled_data() {
        QTest::addColumn<QJsonObject>("faults");
        const auto rate = [](const char *name, double r, QJsonObject more = {}) {
            more.insert(QLatin1StringView(name), r);
            return more;
        };
        QTest::newRow("500") << rate("errorRate", 0.4, {{QStringLiteral("failStatus"), 500}});
        QTest::newRow("503") << rate("errorRate", 0.4, {{QStringLiteral("failStatus"), 503}});
        QTest::newRow("429") << rate(
            "errorRate", 0.4,
            {{QStringLiteral("failStatus"), 429}, {QStringLiteral("retryAfterSeconds"), 1}});
        QTest::newRow("dropped connections") << rate("dropRate", 0.4);
        QTest::newRow("truncated bodies") << rate("truncateRate", 0.4);
        QTest::newRow("hanging responses") << rate("hangRate", 0.15);
        QTest::newRow("html instead of json") << rate("htmlRate", 0.4);
        QTest::newRow("malformed json") << rate("malformedRate", 0.4);
        QTest::newRow("latency") << QJsonObject{{QStringLiteral("latencyMs"), 150}};
    }

    void faults_retriedOrQueued_nothingLostNothingDoubled() {
        QFETCH(QJsonObject, faults);
        TestSandbox sandbox(
            {QStringLiteral("--seed"), QStringLiteral("150"), QStringLiteral("--seed-provinces"),
             QStringLiteral("11"), QStringLiteral("--seed-days"), QStringLiteral("5"),
             QStringLiteral("--fault-seed"), QStringLiteral("7"), QStringLiteral("--no-dedup")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        const int seededDossiers = sandbox.storedDossiers();
        const int seededSteps = sandbox.storedSteps();
        const int seededResults = sandbox.storedResults();

        SyncOptions options;
        options.targetItemsPerWindow = 60; // several windows per kind, so faults hit pulls too
        options.initialWindowSeconds = 12 * 3600;
        SyncHarness h(sandbox.baseUrl(), options);
        h.setGateway(sandbox.baseUrl(), RetryPolicy::fast(3), 800);
        const int n = 8;
        for (int i = 1; i <= n; ++i) {
            QVERIFY(data::enterDossier(h.store(), data::dossier(i)));
            QVERIFY(data::enterStep(h.store(), data::step(i, 1)));
        }
        QVERIFY(data::enterDossier(h.store(), data::finalResult(1)));
        QVERIFY(sandbox.setFaults(faults));

        // An officer syncs until it goes through; each run keeps what it did.
        int runs = 0;
        SyncReport last;
        qint64 pushed = 0;
        do {
            last = h.sync(SyncHarness::area11(), 60000);
            pushed += last.pushed;
            QVERIFY2(last.stop == SyncReport::Stop::None || last.stop == SyncReport::Stop::Offline,
                     qPrintable(last.stopText()));
            QCOMPARE(last.conflicts, 0);
        } while (!last.ok() && ++runs < 20);
        QVERIFY2(last.ok(), qPrintable(QStringLiteral("after %1 runs: ").arg(runs) + last.summary() +
                                       last.messages.join(u'\n')));

        // Nothing lost, nothing doubled: each queued item was accepted exactly once by us, and the server
        // holds each dossier, step and result once.
        QCOMPARE(pushed, 2 * n + 1);
        const data::OutboxCounts counts = data::outboxCounts(h.store());
        QCOMPARE(counts.done, 2 * n + 1);
        QCOMPARE(counts.total(), 2 * n + 1);
        QVERIFY(sandbox.setFaults({{QStringLiteral("errorRate"), 0},
                                   {QStringLiteral("dropRate"), 0},
                                   {QStringLiteral("truncateRate"), 0},
                                   {QStringLiteral("hangRate"), 0},
                                   {QStringLiteral("htmlRate"), 0},
                                   {QStringLiteral("malformedRate"), 0},
                                   {QStringLiteral("latencyMs"), 0}}));
        QCOMPARE(sandbox.storedDossiers(), seededDossiers + n);
        QCOMPARE(sandbox.storedSteps(), seededSteps + n);
        QCOMPARE(sandbox.storedResults(), seededResults + 1);

        // Everything the server has for the area is here, once.
        const SyncReport check = h.pull(SyncHarness::area11());
        QVERIFY(check.ok());
        QCOMPARE(check.created, 0);
        QCOMPARE(h.store().count(ListFilter()).value_or(-1), seededDossiers + n);
        qint64 localSteps = 0;
        QSqlQuery q(h.store().database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM steps")) && q.next());
        localSteps = q.value(0).toLongLong();
        QCOMPARE(localSteps, qint64(seededSteps + n));
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
