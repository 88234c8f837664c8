// SPDX-License-Identifier: GPL-3.0-or-later
// Four desktops on one office database at once (four connections, four threads), on an SQLite file and on
// the office's PostgreSQL database: each saves its officers' dossiers, takes MaHoSo serials and tries to take
// the right to sync, all together. Every dossier is stored once, every serial handed out once, never two
// syncs at the same time, and the audit trail names the officer who saved each dossier.
#include "Store.h"
#include "TestDossiers.h"
#include "TestStoreBackend.h"

#include <QMutex>
#include <QSet>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace btxh;
using btxh::test::TestDossiers;

class TestFourDesktops : public QObject {
    Q_OBJECT

    TestStoreBackend &m_backend;

    static constexpr int Desktops = 4;
    static constexpr int Rounds = 20;
    static constexpr int PerRound = 3;

    static QString officer(int desktop) { return QStringLiteral("officer-%1").arg(desktop); }
    static qint64 index(int desktop, int round, int i) { return (desktop * Rounds + round) * PerRound + i; }

public:
    explicit TestFourDesktops(TestStoreBackend &backend)
        : m_backend(backend) {}

private Q_SLOTS:
    void initTestCase() {
        const QString problem = m_backend.prepare();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void fourDesktopsAtOnce_storeEverythingOnce_andTakeTurnsToSync() {
        const QString path = m_backend.address(QStringLiteral("office.sqlite"));
        {
            Store::Options o;
            m_backend.configure(o);
            Store first(
                o); // makes the file (SQLite) before four programs open it, as the office's first start
            QVERIFY(first.open(path));
        }
        QMutex mutex;
        QStringList errors;
        QList<int> serials;
        std::atomic<int> syncing{0};
        std::atomic<int> mostAtOnce{0};
        std::atomic<int> syncs{0};
        QList<QThread *> threads;
        for (int desktop = 0; desktop < Desktops; ++desktop) {
            Store::Options options;
            m_backend.configure(options);
            options.user = officer(desktop);
            options.busyTimeoutMs = 30000;
            threads << QThread::create([&, desktop, options] {
                auto fail = [&](const QString &what) {
                    const QMutexLocker lock(&mutex);
                    errors << QStringLiteral("%1: %2").arg(officer(desktop), what);
                };
                Store store(options);
                if (const StoreResult<void> opened = store.open(path); !opened)
                    return fail(opened.error().message);
                const TestDossiers data(11);
                for (int round = 0; round < Rounds; ++round) {
                    ChangeSet changes;
                    for (int i = 0; i < PerRound; ++i)
                        changes.local << ChangeSet::LocalDossier{data.dossier(index(desktop, round, i)), {}};
                    if (const auto applied = store.apply(changes); !applied)
                        return fail(applied.error().message);
                    const StoreResult<int> serial =
                        store.settings().nextSerial(QStringLiteral("serial.test"));
                    if (!serial)
                        return fail(serial.error().message);
                    {
                        const QMutexLocker lock(&mutex);
                        serials << *serial;
                    }
                    SyncLease lease = SyncLease::here(officer(desktop));
                    const auto took = store.outbox().acquireLease(lease, 60);
                    if (!took)
                        return fail(took.error().message);
                    if (*took == Store::LeaseOutcome::Acquired) {
                        const int now = ++syncing;
                        int seen = mostAtOnce.load();
                        while (now > seen && !mostAtOnce.compare_exchange_weak(seen, now)) {
                        }
                        ++syncs;
                        QThread::msleep(2);
                        --syncing;
                        if (const auto released = store.outbox().releaseLease(lease.token); !released)
                            return fail(released.error().message);
                    }
                }
            });
        }
        for (QThread *t : std::as_const(threads))
            t->start();
        for (QThread *t : std::as_const(threads)) {
            QVERIFY(t->wait(120000));
            delete t;
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));

        Store::Options o;
        m_backend.configure(o);
        Store office(o);
        QVERIFY(office.open(path));
        QCOMPARE(*office.count(ListFilter()), qint64(Desktops * Rounds * PerRound));
        std::sort(serials.begin(), serials.end());
        QCOMPARE(serials.size(), Desktops * Rounds);
        for (int i = 0; i < serials.size(); ++i)
            QCOMPARE(serials.at(i), i + 1);
        QVERIFY(syncs.load() >= 1);
        QCOMPARE(mostAtOnce.load(), 1);
        const TestDossiers data(11);
        for (int desktop = 0; desktop < Desktops; ++desktop) {
            const QString code = data.dossier(index(desktop, Rounds - 1, PerRound - 1)).code();
            const auto trail = office.reader().auditTrail(code);
            QVERIFY2(trail && !trail->isEmpty(), qPrintable(code));
            QCOMPARE(trail->first().who, officer(desktop));
        }
    }
};

BTXH_STORE_TEST_MAIN(TestFourDesktops)
#include "tst_fourdesktops.moc"
