// SPDX-License-Identifier: GPL-3.0-or-later
// `btxh config`, `btxh pull`, `btxh push` and `btxh sync`, end to end: the real executable (BtxhRun) against
// a real ndxp-sandbox process and a real SQLite file.
#include "BtxhRun.h"
#include "Store.h"
#include "SyncTestData.h"
#include "TestSandbox.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace btxh;
using namespace btxh::test;
namespace data = btxh::test::SyncTestData;

namespace {

const QString Secret = QStringLiteral("s3cr3t-Zq7-never-in-a-file");

using Run = BtxhRun;

} // namespace

class TestSyncCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QString db(const QString &name = QStringLiteral("office.sqlite")) const { return m_home.filePath(name); }

    Run btxh(const QStringList &args, const QUrl &endpoint = QUrl(), bool withKeys = true) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("BTXH_LANG"), QStringLiteral("en"));
        env.remove(QStringLiteral("BTXH_ENDPOINT"));
        env.remove(QStringLiteral("BTXH_CONSUMER_KEY"));
        env.remove(QStringLiteral("BTXH_CONSUMER_SECRET"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        if (endpoint.isValid())
            env.insert(QStringLiteral("BTXH_ENDPOINT"), endpoint.toString());
        if (withKeys) {
            env.insert(QStringLiteral("BTXH_CONSUMER_KEY"), QStringLiteral("office-key"));
            env.insert(QStringLiteral("BTXH_CONSUMER_SECRET"), Secret);
        }
        return BtxhRun::run(args, 80000, env);
    }

    static QStringList sandboxArgs(int seed) {
        return {QStringLiteral("--consumer-key"),
                QStringLiteral("office-key"),
                QStringLiteral("--consumer-secret"),
                Secret,
                QStringLiteral("--seed"),
                QString::number(seed),
                QStringLiteral("--seed-provinces"),
                QStringLiteral("11"),
                QStringLiteral("--seed-days"),
                QStringLiteral("10")};
    }

    static QUrl deadUrl() {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    }

    bool queueDossiers(const QString &path, int from, int to) {
        Store store;
        if (!store.open(path))
            return false;
        for (int i = from; i <= to; ++i) {
            if (!data::enterDossier(store, data::dossier(i)) || !data::enterStep(store, data::step(i, 1)))
                return false;
        }
        return true;
    }

    static QByteArray fileBytes(const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void config_setGetAndRefuseBadValues() {
        const QString path = db(QStringLiteral("config.sqlite"));
        Run r = btxh({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("area.province"),
                      QStringLiteral("11"), QStringLiteral("--db"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("area.province = 11")));
        r = btxh({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("endpoint.kind"),
                  QStringLiteral("LGSP"), QStringLiteral("--db"), path});
        QCOMPARE(r.exitCode, 0);
        r = btxh({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("endpoint.kind"),
                  QStringLiteral("--db"), path});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("lgsp"));

        // Refused, with a reason, and what was saved stays.
        for (const QStringList &bad :
             {QStringList{QStringLiteral("endpoint.kind"), QStringLiteral("carrier-pigeon")},
              QStringList{QStringLiteral("area.district"), QStringLiteral("09a")},
              QStringList{QStringLiteral("endpoint.url"), QStringLiteral("http://example.org")},
              QStringList{QStringLiteral("endpoint.header"), QStringLiteral("Access Key")},
              QStringList{QStringLiteral("no.such.key"), QStringLiteral("1")}}) {
            r = btxh(QStringList{QStringLiteral("config"), QStringLiteral("set")} + bad +
                     QStringList{QStringLiteral("--db"), path});
            QVERIFY2(r.exitCode == 2, qPrintable(bad.join(u' ') + r.err));
            QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(bad.join(u' ')));
        }
        r = btxh({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("--db"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("endpoint.kind = lgsp")));
        QVERIFY(r.out.contains(QStringLiteral("area.province = 11")));
        QVERIFY2(r.out.contains(QStringLiteral("sync.overlap-minutes = 10")), qPrintable(r.out));
        {
            Store store;
            QVERIFY(store.open(path));
            QCOMPARE(store.settings().value(QStringLiteral("area.province")).value_or(QString()),
                     QStringLiteral("11"));
        }

        // An lgsp profile with no address cannot pull: a configuration error, nothing sent.
        r = btxh({QStringLiteral("pull"), QStringLiteral("--db"), path});
        QVERIFY2(r.exitCode == 5, qPrintable(r.out + r.err));
        QVERIFY(r.err.contains(QStringLiteral("endpoint.url")));
    }

    void push_whileAnotherSyncSends_exits6NamingItThenGoesThrough() {
        TestSandbox sandbox(sandboxArgs(0));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        const QString path = db(QStringLiteral("busy.sqlite"));
        QVERIFY(queueDossiers(path, 1, 2));
        Store other;
        QVERIFY(other.open(path));
        SyncLease lease = SyncLease::here(QStringLiteral("btxh-desktop"));
        QCOMPARE(other.outbox().acquireLease(lease, 60).value_or(Store::LeaseOutcome::Busy),
                 Store::LeaseOutcome::Acquired);

        Run r = btxh({QStringLiteral("push"), QStringLiteral("--db"), path}, sandbox.baseUrl());
        QVERIFY2(r.exitCode == 6, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Another sync is running (btxh-desktop")), qPrintable(r.err));
        QCOMPARE(sandbox.storedDossiers(), 0);

        // Waiting for it: once the other run lets go, this one sends.
        QTimer::singleShot(1500, this, [&] { other.outbox().releaseLease(lease.token); });
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BTXH_ENDPOINT"), sandbox.baseUrl().toString());
        env.insert(QStringLiteral("BTXH_CONSUMER_KEY"), QStringLiteral("office-key"));
        env.insert(QStringLiteral("BTXH_CONSUMER_SECRET"), Secret);
        env.insert(QStringLiteral("BTXH_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(BtxhRun::executable(), {QStringLiteral("push"), QStringLiteral("--wait"),
                                        QStringLiteral("60"), QStringLiteral("--db"), path});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 60000);
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
        QCOMPARE(sandbox.storedDossiers(), 2);
    }

    void syncReport_showsQueuedAndUnreadableItemsUntilDismissed() {
        const QString path = db(QStringLiteral("report.sqlite"));
        QVERIFY(queueDossiers(path, 1, 1));
        {
            Store store;
            QVERIFY(store.open(path));
            QuarantinedItem item;
            item.service = QStringLiteral("dossiers");
            item.area = QStringLiteral("11//");
            item.windowFrom = QDateTime(QDate(2024, 1, 5), QTime(8, 0));
            item.windowTo = QDateTime(QDate(2024, 1, 5), QTime(14, 0));
            item.item = "{\"khongPhaiHoSo\":1}";
            item.problem = QStringLiteral("item 3 is neither a dossier nor a processing step");
            item.receivedAt = item.windowTo;
            QVERIFY(store.quarantine().add({item}));
        }
        Run r = btxh({QStringLiteral("sync"), QStringLiteral("--report"), QStringLiteral("--db"), path});
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Queued to send: 2")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("{\"khongPhaiHoSo\":1}")));
        QVERIFY(r.out.contains(QStringLiteral("#1")));

        r = btxh({QStringLiteral("sync"), QStringLiteral("--dismiss"), QStringLiteral("7"),
                  QStringLiteral("--db"), path});
        QVERIFY2(r.exitCode == 2, qPrintable(r.out + r.err));
        r = btxh({QStringLiteral("sync"), QStringLiteral("--dismiss"), QStringLiteral("1"),
                  QStringLiteral("--db"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = btxh({QStringLiteral("sync"), QStringLiteral("--report"), QStringLiteral("--db"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("No unreadable pulled items")));
    }

    void sync_endToEnd_pushesThenPulls_andTheSecretNeverLandsInAFile() {
        TestSandbox sandbox(sandboxArgs(200));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        const QString path = db(QStringLiteral("sync.sqlite"));
        QVERIFY(queueDossiers(path, 1, 3));
        QCOMPARE(btxh({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("area.province"),
                       QStringLiteral("11"), QStringLiteral("--db"), path})
                     .exitCode,
                 0);
        QCOMPARE(btxh({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("endpoint.kind"),
                       QStringLiteral("custom"), QStringLiteral("--db"), path})
                     .exitCode,
                 0);

        Run r = btxh({QStringLiteral("sync"), QStringLiteral("--db"), path}, sandbox.baseUrl());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("pushed 6")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("failed 0")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("conflicts 0")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("new ")), qPrintable(r.out));
        QCOMPARE(sandbox.storedDossiers(), 203);
        {
            Store store;
            QVERIFY(store.open(path));
            QCOMPARE(store.count(ListFilter()).value_or(-1), 203);
            QCOMPARE(data::outboxCounts(store).pending, 0);
        }

        // Again: nothing to push, nothing new.
        r = btxh({QStringLiteral("sync"), QStringLiteral("--db"), path}, sandbox.baseUrl());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("pushed 0")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("(new 0, updated 0")), qPrintable(r.out));
        QCOMPARE(sandbox.storedDossiers(), 203);

        // The secret went to the gateway only: not into the database, its journal, or the output.
        for (const QString &file : QDir(m_home.path()).entryList(QDir::Files))
            QVERIFY2(!fileBytes(m_home.filePath(file)).contains(Secret.toUtf8()), qPrintable(file));
        QVERIFY(!r.out.contains(Secret) && !r.err.contains(Secret));
    }

    void pull_optionsAndTheirMistakes() {
        TestSandbox sandbox(sandboxArgs(50));
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        const QString path = db(QStringLiteral("pull.sqlite"));
        Run r = btxh({QStringLiteral("pull"), QStringLiteral("--kind"), QStringLiteral("dossiers"),
                      QStringLiteral("--province"), QStringLiteral("11"), QStringLiteral("--from"),
                      QStringLiteral("01/01/2020 00:00:00"), QStringLiteral("--to"),
                      QDateTime::currentDateTime().addSecs(60).toString(Qt::ISODate), QStringLiteral("--db"),
                      path},
                     sandbox.baseUrl());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("new 50")), qPrintable(r.out));

        const QList<QStringList> mistakes = {
            {QStringLiteral("--district"), QStringLiteral("094")},
            // A commune needs its province; since the 2025 reform it needs no district.
            {QStringLiteral("--commune"), QStringLiteral("03127")},
            {QStringLiteral("--province"), QStringLiteral("11"), QStringLiteral("--from"),
             QStringLiteral("yesterday")},
            {QStringLiteral("--province"), QStringLiteral("11"), QStringLiteral("--from"),
             QStringLiteral("02/01/2024 00:00:00"), QStringLiteral("--to"),
             QStringLiteral("01/01/2024 00:00:00")},
            {QStringLiteral("--kind"), QStringLiteral("everything"), QStringLiteral("--province"),
             QStringLiteral("11")},
            {QStringLiteral("--province"), QStringLiteral("Điện Biên")},
        };
        for (const QStringList &m : mistakes) {
            r = btxh(QStringList{QStringLiteral("pull")} + m + QStringList{QStringLiteral("--db"), path},
                     sandbox.baseUrl());
            QVERIFY2(r.exitCode == 2,
                     qPrintable(m.join(u' ') + QStringLiteral(" -> ") + QString::number(r.exitCode) + r.err));
            QVERIFY(!r.err.trimmed().isEmpty());
        }

        // No area configured or given: a configuration error.
        r = btxh({QStringLiteral("pull"), QStringLiteral("--db"), db(QStringLiteral("no-area.sqlite"))},
                 sandbox.baseUrl());
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.err.contains(QStringLiteral("area.province")));
        // Only one of the two key variables: refused before anything is sent.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BTXH_LANG"), QStringLiteral("en"));
        env.insert(QStringLiteral("BTXH_ENDPOINT"), sandbox.baseUrl().toString());
        env.insert(QStringLiteral("BTXH_CONSUMER_KEY"), QStringLiteral("office-key"));
        env.remove(QStringLiteral("BTXH_CONSUMER_SECRET"));
        r = BtxhRun::run({QStringLiteral("pull"), QStringLiteral("--province"), QStringLiteral("11"),
                          QStringLiteral("--db"), path},
                         30000, env);
        QCOMPARE(r.exitCode, 5);
    }

    void push_offline_everythingStaysQueued() {
        const QString path = db(QStringLiteral("offline.sqlite"));
        QVERIFY(queueDossiers(path, 1, 2));
        const Run r = btxh({QStringLiteral("push"), QStringLiteral("--db"), path}, deadUrl());
        QVERIFY2(r.exitCode == 4, qPrintable(QString::number(r.exitCode) + r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("offline")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("queued 4")), qPrintable(r.out));
        Store store;
        QVERIFY(store.open(path));
        QCOMPARE(data::outboxCounts(store).pending, 4);
    }

    void help_documentsTheExitCodes() {
        for (const char *command : {"pull", "push", "sync", "config"}) {
            const Run r = btxh({QLatin1StringView(command), QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains(QStringLiteral("Exit status")), command);
            QVERIFY(r.out.contains(QStringLiteral("--db")));
        }
        const Run r = btxh({QStringLiteral("--help")});
        for (const char *command : {"pull", "push", "sync", "config"})
            QVERIFY(r.out.contains(QLatin1StringView(command)));
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"
