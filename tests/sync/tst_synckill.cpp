// SPDX-License-Identifier: GPL-3.0-or-later
// Exactly once across processes and kills: two `btxh push` processes and an engine of this process (standing
// for the desktop app) start together on one database, against ndxp-sandbox in its non-deduplicating mode
// (every push it gets is stored as it comes), while children are killed with SIGKILL at random moments.
//
// What must hold after each round, once a last push has sent what the killed ones left:
// - every step reached the gateway exactly once (XuLyHoSo appends: the client checks before sending again);
// - a dossier or a result more than once only where a kill fell between its sending and its answer (the
//   killed child's log shows it sent and not answered), never because two processes competed;
// - nothing the gateway accepted ends failed, and nothing is left queued.
// Without kills, every item exactly once.
//
// The suite runs a few small rounds; BTXH_KILL_ROUNDS=20 BTXH_KILL_ITEMS=500 runs the full version (bench/).
#include "BtxhRun.h"
#include "Store.h"
#include "SyncHarness.h"
#include "SyncTestData.h"
#include "TestSandbox.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace btxh;
using namespace btxh::test;
namespace data = btxh::test::SyncTestData;

namespace {

int fromEnvironment(const char *name, int fallback) {
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

struct Child {
    std::unique_ptr<QProcess> process;
    QString log;
    bool killed = false;
};

// The item a killed child had sent without an answer yet, from its log: the last "sending" line not followed
// by that item's answer.
QStringList inFlight(const QString &logPath) {
    QFile f(logPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression sending(QStringLiteral("sending \"([^\"]+)\" \"([^\"]+)\""));
    static const QRegularExpression answered(QStringLiteral("(?:pushed|push of) \"([^\"]+)\" \"([^\"]+)\""));
    QString open;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        QRegularExpressionMatch m = sending.match(line);
        if (m.hasMatch()) {
            open = m.captured(1) + u' ' + m.captured(2);
            continue;
        }
        m = answered.match(line);
        if (m.hasMatch() && m.captured(1) + u' ' + m.captured(2) == open)
            open.clear();
    }
    return open.isEmpty() ? QStringList() : QStringList{open};
}

} // namespace

class TestSyncKill : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

    std::unique_ptr<QProcess> startPush(const QString &db, const QUrl &endpoint, const QString &log) {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("BTXH_LANG"), QStringLiteral("en"));
        env.insert(QStringLiteral("BTXH_ENDPOINT"), endpoint.toString());
        env.insert(QStringLiteral("BTXH_CONSUMER_KEY"), QStringLiteral("demo-key"));
        env.insert(QStringLiteral("BTXH_CONSUMER_SECRET"), QStringLiteral("demo-secret"));
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        p->setProcessEnvironment(env);
        p->setStandardErrorFile(log);
        p->setStandardOutputFile(QProcess::nullDevice());
        p->start(BtxhRun::executable(),
                 {QStringLiteral("--verbose"), QStringLiteral("push"), QStringLiteral("--db"), db,
                  QStringLiteral("--wait"), QStringLiteral("120")});
        return p;
    }

private Q_SLOTS:
    void competingAndKilledPushers_sendEachStepOnceAndRepeatOnlyWhatAKillCut() {
        const int rounds = fromEnvironment("BTXH_KILL_ROUNDS", 3);
        const int dossiersPerRound = std::max(1, fromEnvironment("BTXH_KILL_ITEMS", 60) / 4);
        TestSandbox sandbox(
            {QStringLiteral("--no-dedup"), QStringLiteral("--latency-ms"), QStringLiteral("5")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        QRandomGenerator random(20240105);
        int kills = 0, repeatsByKills = 0;

        for (int round = 0; round < rounds; ++round) {
            const QString db = m_home.filePath(QStringLiteral("round%1.sqlite").arg(round));
            const int first = 1 + round * dossiersPerRound;
            {
                Store store;
                QVERIFY(store.open(db));
                for (int i = first; i < first + dossiersPerRound; ++i) {
                    QVERIFY(data::enterDossier(store, data::dossier(i)));
                    QVERIFY(data::enterStep(store, data::step(i, 1)));
                    QVERIFY(data::enterStep(store, data::step(i, 2)));
                    QVERIFY(data::enterDossier(store, data::finalResult(i)));
                }
            }

            // Two processes and this one's engine, together; round 0 without kills.
            Child children[2];
            for (int c = 0; c < 2; ++c) {
                children[c].log = m_home.filePath(QStringLiteral("round%1-child%2.log").arg(round).arg(c));
                children[c].process = startPush(db, sandbox.baseUrl(), children[c].log);
            }
            SyncOptions options;
            options.leaseOwner = QStringLiteral("btxh-desktop");
            options.leaseWaitSeconds = 120;
            options.leaseSeconds = 10;
            SyncHarness app(sandbox.baseUrl(), options, db);
            QVERIFY(app.engine().push());

            QList<int> killAt; // ms after the start, one per child or none
            for (int c = 0; c < 2; ++c)
                killAt << (round > 0 && random.bounded(3) > 0 ? int(random.bounded(50, 1500)) : -1);
            QElapsedTimer clock;
            clock.start();
            auto running = [&] {
                return app.engine().isRunning() ||
                       std::any_of(std::begin(children), std::end(children), [](const Child &ch) {
                           return ch.process->state() != QProcess::NotRunning;
                       });
            };
            while (running() && clock.elapsed() < 150000) {
                for (int c = 0; c < 2; ++c) {
                    if (killAt[c] >= 0 && clock.elapsed() >= killAt[c] &&
                        children[c].process->state() == QProcess::Running) {
                        children[c].process->kill(); // SIGKILL
                        children[c].killed = true;
                        killAt[c] = -1;
                        ++kills;
                    }
                }
                QTest::qWait(10);
            }
            QVERIFY2(!running(), "the pushers did not finish");
            for (Child &ch : children) {
                if (!ch.killed)
                    QVERIFY2(ch.process->exitStatus() == QProcess::NormalExit &&
                                 (ch.process->exitCode() == 0 || ch.process->exitCode() == 6),
                             qPrintable(QStringLiteral("exit %1").arg(ch.process->exitCode())));
            }

            // What the killed ones left: a last push (as the next scheduled sync would) sends it.
            for (int again = 0;
                 again < 3 && data::outboxCounts(app.store()).done < data::outboxCounts(app.store()).total();
                 ++again) {
                const SyncReport r = app.push();
                QVERIFY2(r.stop == SyncReport::Stop::None, qPrintable(r.stopText()));
            }
            const data::OutboxCounts counts = data::outboxCounts(app.store());
            QCOMPARE(counts.failed, 0);
            QCOMPARE(counts.done, 4 * dossiersPerRound);
            QCOMPARE(counts.total(), 4 * dossiersPerRound);

            QStringList cut; // an item twice when two kills cut it
            for (const Child &ch : children)
                if (ch.killed)
                    cut += inFlight(ch.log);

            const QJsonObject pushed = sandbox.admin(QStringLiteral("push-counts"));
            const QJsonObject dossiers = pushed.value(QStringLiteral("dossiers")).toObject();
            const QJsonObject results = pushed.value(QStringLiteral("results")).toObject();
            const QJsonObject steps = pushed.value(QStringLiteral("steps")).toObject();
            for (int i = first; i < first + dossiersPerRound; ++i) {
                const QString code = data::code(i);
                for (const auto &[kind, arrived] : {std::pair{QStringLiteral("new-dossier"), &dossiers},
                                                    std::pair{QStringLiteral("final-result"), &results}}) {
                    const int n = arrived->value(code).toInt();
                    const QString what = kind + u' ' + code;
                    QVERIFY2(n >= 1, qPrintable(what + QStringLiteral(" never arrived")));
                    QVERIFY2(n <= 1 + cut.count(what),
                             qPrintable(QStringLiteral("%1 arrived %2 times; kills that cut it: %3")
                                            .arg(what)
                                            .arg(n)
                                            .arg(cut.count(what))));
                    repeatsByKills += n - 1;
                }
                int stepsOfDossier = 0;
                for (auto it = steps.constBegin(); it != steps.constEnd(); ++it) {
                    if (!it.key().startsWith(code + u'|'))
                        continue;
                    ++stepsOfDossier;
                    QVERIFY2(it.value().toInt() == 1,
                             qPrintable(QStringLiteral("a step of %1 arrived %2 times")
                                            .arg(code)
                                            .arg(it.value().toInt())));
                }
                QCOMPARE(stepsOfDossier, 2);
            }
        }
        qInfo("%d round(s), %d kill(s), %d repeat(s) of a dossier or result cut by a kill", rounds, kills,
              repeatsByKills);
    }
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_synckill.moc"
