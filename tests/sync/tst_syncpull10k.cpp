// SPDX-License-Identifier: GPL-3.0-or-later
// A 10,000-dossier pull from a real ndxp-sandbox process (--seed 10000) into a real SQLite file.
#include "SyncHarness.h"
#include "TestSandbox.h"

#include <QElapsedTimer>
#include <QTest>

using namespace btxh;
using namespace btxh::test;

class TestSyncPull10k : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pull_tenThousandDossiersWithTheirStepsAndResults() {
        TestSandbox sandbox({QStringLiteral("--seed"), QStringLiteral("10000"),
                             QStringLiteral("--seed-provinces"), QStringLiteral("11"),
                             QStringLiteral("--seed-days"), QStringLiteral("25")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        const int dossiers = sandbox.storedDossiers();
        const int results = sandbox.storedResults();
        const int steps = sandbox.storedSteps();
        QCOMPARE(dossiers, 10000);
        QVERIFY(results > 0 && steps > dossiers);

        SyncHarness h(sandbox.baseUrl());
        qint64 lastItems = 0;
        int progressSignals = 0;
        QObject::connect(&h.engine(), &SyncEngine::progress, &h.engine(), [&](const SyncProgress &p) {
            ++progressSignals;
            if (p.step == SyncProgress::Step::PullingDossiers)
                lastItems = p.items;
        });
        QElapsedTimer timer;
        timer.start();
        const SyncReport r = h.pull(SyncHarness::area11(), 200000);
        const qint64 ms = timer.elapsed();
        QVERIFY2(r.ok(), qPrintable(r.summary() + r.stopText() + r.messages.join(u'\n')));
        qInfo("pulled %lld items in %lld ms (%lld windows)", r.pulled, ms, qint64(h.pullJobsStarted));

        QCOMPARE(r.pulled, qint64(dossiers + results + steps));
        QCOMPARE(r.conflicts, 0);
        QCOMPARE(h.store().count(ListFilter()).value_or(-1), dossiers);
        ListFilter finished;
        finished.statuses = {QStringLiteral("9"), QStringLiteral("10")};
        QVERIFY(h.store().count(finished).value_or(0) > 0);
        QCOMPARE(lastItems, dossiers);
        QVERIFY(progressSignals > 10);
        for (const char *kind : {"dossiers", "progress", "results"})
            QVERIFY(
                h.store().settings().watermark(QLatin1StringView(kind), QStringLiteral("11//")).has_value());

        // Again: only the overlap comes back, and nothing is new.
        const SyncReport again = h.pull(SyncHarness::area11(), 60000);
        QVERIFY(again.ok());
        QCOMPARE(again.created, 0);
        QCOMPARE(again.updated, 0);
        QVERIFY(again.pulled < r.pulled / 10);
        QCOMPARE(h.store().count(ListFilter()).value_or(-1), dossiers);
    }
};

QTEST_GUILESS_MAIN(TestSyncPull10k)
#include "tst_syncpull10k.moc"
