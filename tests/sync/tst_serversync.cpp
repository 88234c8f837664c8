// SPDX-License-Identifier: GPL-3.0-or-later
// One sync per office database on PostgreSQL: the real `btxh push` against a real ndxp-sandbox process and
// the test run's throwaway cluster, while another desktop of the office holds the sync.
#include "BtxhRun.h"
#include "Store.h"
#include "SyncTestData.h"
#include "TestPostgresAdmin.h"
#include "TestSandbox.h"

#include <QTemporaryDir>
#include <QTest>

using namespace btxh;
using namespace btxh::test;
namespace data = btxh::test::SyncTestData;

namespace {

const QString Secret = QStringLiteral("s3cr3t-Zq7-never-in-a-file");

} // namespace

class TestServerSync : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<TestPostgresAdmin> m_admin;

    QProcessEnvironment environment(const QUrl &endpoint) const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("BTXH_LANG"), QStringLiteral("en"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain: the password is ~/.pgpass's
        env.insert(QStringLiteral("PGPASSFILE"), m_home.filePath(QStringLiteral("pgpass")));
        env.insert(QStringLiteral("BTXH_ENDPOINT"), endpoint.toString());
        env.insert(QStringLiteral("BTXH_CONSUMER_KEY"), QStringLiteral("office-key"));
        env.insert(QStringLiteral("BTXH_CONSUMER_SECRET"), Secret);
        return env;
    }

    Store::Options options() const {
        Store::Options o;
        const QString password = m_admin->superuserPassword();
        o.serverPassword = [password](const QString &) { return password; };
        return o;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!TestPostgres::url().isEmpty(), TestPostgres::requireMessage());
        m_admin = std::make_unique<TestPostgresAdmin>();
        QVERIFY2(m_admin->error().isEmpty(), qPrintable(m_admin->error()));
        QVERIFY(m_admin->writePgpass(m_home.filePath(QStringLiteral("pgpass"))));
    }

    void push_whileAnotherDesktopSyncs_exits6NamingIt_andGoesThroughOnceItsConnectionEnds() {
        TestSandbox sandbox({QStringLiteral("--consumer-key"), QStringLiteral("office-key"),
                             QStringLiteral("--consumer-secret"), Secret, QStringLiteral("--seed"),
                             QStringLiteral("0"), QStringLiteral("--seed-provinces"), QStringLiteral("11"),
                             QStringLiteral("--seed-days"), QStringLiteral("10")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        const QString url = m_admin->url(m_admin->createDatabase());
        const QProcessEnvironment env = environment(sandbox.baseUrl());
        BtxhRun r = BtxhRun::run({QStringLiteral("db"), QStringLiteral("init"), url}, 60000, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        {
            Store store(options());
            QVERIFY(store.open(url));
            for (int i = 1; i <= 2; ++i)
                QVERIFY(data::enterDossier(store, data::dossier(i)));
        }

        // Another desktop of the office syncs: on another machine, alive as far as anyone here can tell.
        auto desktop = std::make_unique<Store>(options());
        QVERIFY(desktop->open(url));
        SyncLease lease = SyncLease::here(QStringLiteral("btxh-desktop (chi.lan)"));
        lease.host = QStringLiteral("office-pc-2");
        QCOMPARE(desktop->outbox().acquireLease(lease, 3600).value_or(Store::LeaseOutcome::Busy),
                 Store::LeaseOutcome::Acquired);

        r = BtxhRun::run({QStringLiteral("push"), QStringLiteral("--db"), url}, 80000, env);
        QVERIFY2(r.exitCode == 6, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Another sync is running (btxh-desktop (chi.lan)")) &&
                     r.err.contains(QStringLiteral("on office-pc-2")),
                 qPrintable(r.err));
        QCOMPARE(sandbox.storedDossiers(), 0);

        // The desktop is killed: its connection ends with no release, its lease row stays for an hour. The
        // server ended its lock with the connection, so the next push takes the sync over at once.
        desktop.reset();
        r = BtxhRun::run({QStringLiteral("push"), QStringLiteral("--db"), url}, 80000, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(sandbox.storedDossiers(), 2);
        Store after(options());
        QVERIFY(after.open(url));
        QCOMPARE(after.outbox().queuedCount().value_or(-1), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerSync)
#include "tst_serversync.moc"
