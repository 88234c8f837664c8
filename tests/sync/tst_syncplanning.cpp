// SPDX-License-Identifier: GPL-3.0-or-later
// The sync engine's pure parts: how outbox items are ordered and held back, how a pull range is cut into
// windows, how times are read, and which settings are accepted.
#include "OutboxOrder.h"
#include "PullWindowPlanner.h"
#include "SyncSettings.h"
#include "SyncTime.h"

#include <QTest>
#include <optional>

using namespace btxh;

namespace {

OutboxEntry entry(qint64 id, OutboxEntry::Kind kind, OutboxEntry::State state = OutboxEntry::State::Pending) {
    OutboxEntry e;
    e.id = id;
    e.kind = kind;
    e.state = state;
    e.dossierCode = QStringLiteral("X");
    return e;
}

// Windows aimed at 100 items, starting at `initialSeconds`.
PullWindowPlanner plannerOf(const QDateTime &from, const QDateTime &to, qint64 initialSeconds) {
    SyncOptions o;
    o.initialWindowSeconds = initialSeconds;
    o.targetItemsPerWindow = 100;
    return PullWindowPlanner(from, to, o);
}

} // namespace

class TestSyncPlanning : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void order_dossiersThenStepsThenResults() {
        using K = OutboxEntry::Kind;
        QList<OutboxEntry> q = {entry(1, K::FinalResult), entry(2, K::Progress), entry(3, K::NewDossier),
                                entry(4, K::Progress), entry(5, K::NewDossier)};
        OutboxOrder::sort(q);
        QList<qint64> ids;
        for (const OutboxEntry &e : q)
            ids << e.id;
        QCOMPARE(ids, (QList<qint64>{3, 5, 2, 4, 1}));
    }

    void order_waitsForTheLatestDossierPushOnly() {
        using K = OutboxEntry::Kind;
        using S = OutboxEntry::State;
        const OutboxEntry step = entry(10, K::Progress);
        QCOMPARE(OutboxOrder::waitFor(step, {entry(1, K::NewDossier, S::Pending), step}),
                 OutboxOrder::Wait::Dossier);
        QCOMPARE(OutboxOrder::waitFor(step, {entry(1, K::NewDossier, S::Failed), step}),
                 OutboxOrder::Wait::Dossier);
        QCOMPARE(OutboxOrder::waitFor(step, {entry(1, K::NewDossier, S::Done), step}),
                 OutboxOrder::Wait::None);
        // Refused once, fixed and accepted since: no longer waits.
        QCOMPARE(OutboxOrder::waitFor(
                     step, {entry(1, K::NewDossier, S::Failed), entry(4, K::NewDossier, S::Done), step}),
                 OutboxOrder::Wait::None);
        // A dossier that came from the server has no push of its own.
        QCOMPARE(OutboxOrder::waitFor(step, {step}), OutboxOrder::Wait::None);

        const OutboxEntry result = entry(20, K::FinalResult);
        QCOMPARE(OutboxOrder::waitFor(
                     result, {entry(1, K::NewDossier, S::Done), entry(2, K::Progress, S::Sent), result}),
                 OutboxOrder::Wait::Steps);
        QCOMPARE(OutboxOrder::waitFor(
                     result, {entry(1, K::NewDossier, S::Done), entry(2, K::Progress, S::Failed), result}),
                 OutboxOrder::Wait::None);
        QCOMPARE(OutboxOrder::waitFor(entry(5, K::NewDossier), {entry(1, K::NewDossier, S::Failed)}),
                 OutboxOrder::Wait::None);
    }

    void windows_coverTheRangeExactlyOnce() {
        const QDateTime from(QDate(2024, 1, 1), QTime(0, 0));
        const QDateTime to(QDate(2024, 1, 10), QTime(12, 0, 7));
        PullWindowPlanner p = plannerOf(from, to, 3600);
        // Densities that vary: the cut must still cover each second once.
        QDateTime expected = from;
        int windows = 0;
        int splits = 0;
        while (!p.atEnd()) {
            PullWindowPlanner::Window w = p.next();
            QCOMPARE(w.from, expected);
            QVERIFY(w.to <= to);
            // Every fifth window is "too large" once.
            if (windows % 5 == 4 && splits < windows / 5 + 1 && w.seconds() > 1) {
                const qint64 before = w.seconds();
                QVERIFY(p.split(w));
                QVERIFY(p.next().seconds() <= before / 2 + 1);
                ++splits;
                ++windows;
                continue;
            }
            p.accepted(w, (windows * 37) % 150);
            expected = w.to.addSecs(1);
            ++windows;
        }
        QCOMPARE(expected, to.addSecs(1));
        QCOMPARE(p.coveredSeconds(), p.totalSeconds());
    }

    // As the engine asks ahead: each window received when its reply comes, sized once it is read (a window
    // later); one found unusable is asked for again from its start, and the cut still covers each second
    // once.
    void windows_receivedAheadOfTheirSize_coverTheRangeExactlyOnce() {
        const QDateTime from(QDate(2024, 1, 1), QTime(0, 0));
        const QDateTime to(QDate(2024, 1, 3), QTime(5, 0, 3));
        PullWindowPlanner p = plannerOf(from, to, 1800);
        std::optional<PullWindowPlanner::Window> unsized;
        QList<PullWindowPlanner::Window> kept;
        int windows = 0;
        bool retried = false;
        while (!p.atEnd()) {
            const PullWindowPlanner::Window w = p.next();
            p.received(w);
            QCOMPARE(p.coveredSeconds(), from.secsTo(w.to.addSecs(1)));
            if (unsized)
                p.sized(*unsized, (windows * 53) % 170);
            unsized = w;
            ++windows;
            if (windows == 4 && !retried) { // the third one's reply was unusable: from it again
                retried = true;
                const PullWindowPlanner::Window third = kept.takeLast();
                p.rewind(third);
                QCOMPARE(p.next().from, third.from);
                unsized.reset();
                continue;
            }
            kept << w;
        }
        QVERIFY(retried);
        QDateTime expected = from;
        for (const PullWindowPlanner::Window &w : std::as_const(kept)) {
            QCOMPARE(w.from, expected);
            expected = w.to.addSecs(1);
        }
        QCOMPARE(expected, to.addSecs(1));
        QCOMPARE(p.coveredSeconds(), p.totalSeconds());
    }

    void windows_aimAtTheTargetFromTheLastDensity() {
        const QDateTime from(QDate(2024, 1, 1), QTime(0, 0));
        SyncOptions o;
        o.initialWindowSeconds = 1000;
        o.maxWindowSeconds = 8000;
        o.targetItemsPerWindow = 100;
        PullWindowPlanner p(from, from.addDays(30), o);
        p.accepted(p.next(), 0);
        QCOMPARE(p.windowSeconds(), 2000); // empty: doubled
        p.accepted(p.next(), 10);
        QCOMPARE(p.windowSeconds(), 2000); // the first with items after an empty one: kept, not grown
        p.accepted(p.next(), 10);
        QCOMPARE(p.windowSeconds(), 4000); // sparse: at most doubled, though 20000 would reach the target
        p.accepted(p.next(), 10);
        QCOMPARE(p.windowSeconds(), 8000); // capped
        p.accepted(p.next(), 400);
        QCOMPARE(p.windowSeconds(), 2000); // four times the target: a quarter of the time
        p.accepted(p.next(), 100);
        QCOMPARE(p.windowSeconds(), 2000); // on target: kept
        p.accepted(p.next(), 1000000);
        QCOMPARE(p.windowSeconds(), 1); // never below a second
        const PullWindowPlanner::Window one{from, from};
        QVERIFY(!p.split(one)); // a second cannot be split
    }

    // A window asked for before the one before it is read takes its size from the one before that: only
    // while those sizes come from windows with items, one after another.
    void windows_areAskedAheadOfTheirSize_onlyOnADensityThatHeld() {
        const QDateTime from(QDate(2024, 1, 1), QTime(0, 0));
        PullWindowPlanner p = plannerOf(from, from.addDays(30), 3600);
        QVERIFY(p.mayAskAhead()); // nothing received yet: nothing to wait for
        PullWindowPlanner::Window w = p.next();
        p.received(w);
        QVERIFY(!p.mayAskAhead()); // no density known yet
        p.sized(w, 0);
        QVERIFY(p.mayAskAhead()); // everything received is sized
        w = p.next();
        p.received(w);
        QVERIFY(!p.mayAskAhead()); // after an empty window, the size is a guess
        p.sized(w, 50);
        QVERIFY(p.mayAskAhead());
        w = p.next();
        p.received(w);
        QVERIFY(!p.mayAskAhead()); // its items may have begun late in it
        p.sized(w, 50);
        w = p.next();
        p.received(w);
        QVERIFY(p.mayAskAhead()); // two windows with items in a row
        p.sized(w, 100);
        const qint64 size = p.windowSeconds();
        p.sized(w, 1); // sized once: a second count for the same window changes nothing
        QCOMPARE(p.windowSeconds(), size);
        w = p.next();
        p.received(w);
        p.sized(w, 0);
        w = p.next();
        p.received(w);
        QVERIFY(!p.mayAskAhead()); // empty again
    }

    void time_readsEveryFormAPersonTypes() {
        const QDateTime expected(QDate(2024, 5, 31), QTime(17, 0, 5));
        for (const char *text : {"31/05/2024 17:00:05", "2024-05-31 17:00:05", "2024-05-31T17:00:05"})
            QCOMPARE(SyncTime::parseUserTime(QLatin1StringView(text)).value_or(QDateTime()), expected);
        QCOMPARE(SyncTime::parseUserTime(QStringLiteral("31/05/2024")).value_or(QDateTime()),
                 QDateTime(QDate(2024, 5, 31), QTime(0, 0)));
        QVERIFY(SyncTime::parseUserTime(QStringLiteral("2024-05-31T10:00:05Z")).has_value());
        QVERIFY(!SyncTime::parseUserTime(QStringLiteral("yesterday")).has_value());
        QVERIFY(!SyncTime::parseUserTime(QStringLiteral("31/13/2024 10:00:00")).has_value());
        const QString mark = SyncTime::watermarkText(expected);
        QCOMPARE(mark, QStringLiteral("2024-05-31T17:00:05"));
        QCOMPARE(SyncTime::fromWatermark(mark), expected);
    }

    void settings_acceptGoodValuesAndExplainBadOnes() {
        QString error;
        QCOMPARE(SyncSettings::normalise(QStringLiteral("endpoint.kind"), QStringLiteral(" LGSP "), &error)
                     .value_or(QString()),
                 QStringLiteral("lgsp"));
        QCOMPARE(SyncSettings::normalise(QStringLiteral("endpoint.url"),
                                         QStringLiteral("https://lgsp.dienbien.gov.vn/"), &error)
                     .value_or(QString()),
                 QStringLiteral("https://lgsp.dienbien.gov.vn"));
        QVERIFY(!SyncSettings::normalise(QStringLiteral("endpoint.url"),
                                         QStringLiteral("http://lgsp.dienbien.gov.vn"), &error));
        QVERIFY(error.contains(QStringLiteral("https")));
        QVERIFY(SyncSettings::normalise(QStringLiteral("endpoint.url"),
                                        QStringLiteral("http://127.0.0.1:8080"), &error));
        QVERIFY(!SyncSettings::normalise(QStringLiteral("area.province"), QStringLiteral("Hà Nội"), &error));
        QVERIFY(
            !SyncSettings::normalise(QStringLiteral("sync.overlap-minutes"), QStringLiteral("-1"), &error));
        QVERIFY(!SyncSettings::normalise(QStringLiteral("endpoint.ca-file"),
                                         QStringLiteral("/no/such/file.pem"), &error));
        QVERIFY(!SyncSettings::normalise(QStringLiteral("keys.profile"), QStringLiteral("a/b"), &error));
        QCOMPARE(SyncSettings::normalise(QStringLiteral("area.district"), QString(), &error)
                     .value_or(QStringLiteral("x")),
                 QString());

        SyncSettings s;
        QCOMPARE(s.value(QStringLiteral("endpoint.kind")), QStringLiteral("production"));
        QProcessEnvironment env;
        std::optional<EndpointProfile> p = s.profile(env, &error);
        QVERIFY(p);
        QCOMPARE(p->baseUrl, EndpointProfile::ndxpUrl());
        env.insert(QStringLiteral("BTXH_ENDPOINT"), QStringLiteral("http://127.0.0.1:9999"));
        p = s.profile(env, &error);
        QVERIFY(p);
        QCOMPARE(p->baseUrl.port(), 9999);
        s.setValue(QStringLiteral("endpoint.kind"), QStringLiteral("custom"));
        QVERIFY(!s.profile(QProcessEnvironment(), &error));
        QVERIFY(error.contains(QStringLiteral("endpoint.url")));
        SyncOptions o;
        s.setValue(QStringLiteral("sync.overlap-minutes"), QStringLiteral("15"));
        s.applyTo(o);
        QCOMPARE(o.overlapSeconds, 900);
    }
};

QTEST_GUILESS_MAIN(TestSyncPlanning)
#include "tst_syncplanning.moc"
