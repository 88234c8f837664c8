// SPDX-License-Identifier: GPL-3.0-or-later
// The store's counters (StoreSettings::nextSerial), which hand out each day's MaHoSo serials: two Store
// objects, and two programs, on one database never get the same number — on a file (BEGIN IMMEDIATE) and on
// an office's PostgreSQL database (the write transactions' advisory lock).
#include "Store.h"
#include "TestStoreBackend.h"

#include <QProcess>
#include <QSet>
#include <QTest>

using namespace btxh;

namespace {

const QString Key = QStringLiteral("app.serial.000.00.01.G07.260302");

} // namespace

class TestStoreSerial : public QObject {
    Q_OBJECT

    TestStoreBackend &m_backend;

    Store::Options options() const {
        Store::Options o;
        m_backend.configure(o);
        return o;
    }

public:
    explicit TestStoreSerial(TestStoreBackend &backend)
        : m_backend(backend) {}

private Q_SLOTS:
    void initTestCase() {
        const QString problem = m_backend.prepare();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void nextSerial_countsFromOneAndKeepsTheLastNumber() {
        const QString path = m_backend.address(QStringLiteral("serial1.sqlite"));
        {
            Store store(options());
            QVERIFY(store.open(path));
            QCOMPARE(store.settings().nextSerial(Key).value(), 1);
            QCOMPARE(store.settings().nextSerial(Key).value(), 2);
            QCOMPARE(store.settings().nextSerial(QStringLiteral("another")).value(), 1);
            QCOMPARE(store.settings().value(Key).value(), QStringLiteral("2"));
        }
        Store reopened(options());
        QVERIFY(reopened.open(path));
        QCOMPARE(reopened.settings().nextSerial(Key).value(), 3);
    }

    void nextSerial_twoStoresInterleaved_neverShareANumber() {
        const QString path = m_backend.address(QStringLiteral("serial2.sqlite"));
        Store app(options()), cli(options());
        QVERIFY(app.open(path));
        QVERIFY(cli.open(path));
        QSet<int> seen;
        for (int i = 0; i < 20; ++i) {
            for (Store *s : {&app, &cli}) {
                const StoreResult<int> n = s->settings().nextSerial(Key);
                QVERIFY2(n, qPrintable(n.error().message));
                QVERIFY2(!seen.contains(*n), qPrintable(QString::number(*n)));
                seen.insert(*n);
            }
        }
        QCOMPARE(seen.size(), 40);
    }

    void nextSerial_twoProgramsAtOnce_getDistinctNumbers() {
        const QString path = m_backend.address(QStringLiteral("serial3.sqlite"));
        {
            Store store(options()); // created and migrated before the programs race for it
            QVERIFY(store.open(path));
        }
        constexpr int PerProgram = 200;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (m_backend.isServer()) { // the programs read the server's password where libpq looks for it
            const QString pgpass = m_backend.filePath(QStringLiteral("pgpass"));
            QVERIFY(m_backend.admin()->writePgpass(pgpass));
            env.insert(QStringLiteral("PGPASSFILE"), pgpass);
        }
        QProcess programs[2];
        for (QProcess &p : programs) {
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(STORE_SERIAL_CHILD), {path, Key, QString::number(PerProgram)});
            QVERIFY2(p.waitForStarted(), qPrintable(p.errorString()));
        }
        // This process takes numbers too, while the two run.
        Store here(options());
        QVERIFY(here.open(path));
        QList<int> all;
        for (int i = 0; i < PerProgram; ++i) {
            const StoreResult<int> n = here.settings().nextSerial(Key);
            QVERIFY2(n, qPrintable(n.error().message));
            all << *n;
        }
        for (QProcess &p : programs) {
            QVERIFY(p.waitForFinished(60000));
            const QByteArray err = p.readAllStandardError();
            QVERIFY2(p.exitCode() == 0 && err.isEmpty(), err.constData());
            const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
            QCOMPARE(lines.size(), PerProgram);
            for (const QByteArray &line : lines)
                all << line.toInt();
        }
        // Every number from 1 to the last handed out exactly once.
        std::sort(all.begin(), all.end());
        QCOMPARE(all.size(), 3 * PerProgram);
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(all.at(i), i + 1);
        QCOMPARE(here.settings().value(Key).value(), QString::number(3 * PerProgram));
    }
};

BTXH_STORE_TEST_MAIN(TestStoreSerial)
#include "tst_storeserial.moc"
