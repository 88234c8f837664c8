// SPDX-License-Identifier: GPL-3.0-or-later
// ChangeWatch, on an SQLite file and on the office's PostgreSQL database: a change another connection
// commits is reported (so a desktop's list reads again), the store's own are not.
#include "ChangeWatch.h"
#include "Store.h"
#include "TestStoreBackend.h"

#include <QSignalSpy>
#include <QTest>

using namespace btxh;
using namespace std::chrono_literals;

class TestChangeWatch : public QObject {
    Q_OBJECT

    TestStoreBackend &m_backend;

    Store::Options options() const {
        Store::Options o;
        m_backend.configure(o);
        return o;
    }
    static void write(Store &store, const QString &value) {
        const StoreResult<void> written = store.settings().setValue(QStringLiteral("test.value"), value);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    }

public:
    explicit TestChangeWatch(TestStoreBackend &backend)
        : m_backend(backend) {}

private Q_SLOTS:
    void initTestCase() {
        const QString problem = m_backend.prepare();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void aChangeAnotherConnectionCommits_isReported() {
        const QString path = m_backend.address(QStringLiteral("watch1.sqlite"));
        Store here(options());
        QVERIFY(here.open(path));
        Store other(options());
        QVERIFY(other.open(path));
        ChangeWatch watch(here, 50ms);
        QCOMPARE(watch.isListening(), m_backend.isServer());
        QSignalSpy changed(&watch, &ChangeWatch::changedElsewhere);
        write(other, QStringLiteral("one"));
        QVERIFY(changed.wait(10000));
        // And again: each later change is reported too, not only the first.
        changed.clear();
        write(other, QStringLiteral("two"));
        QVERIFY(changed.wait(10000));
    }

    void theStoresOwnChanges_areNotReported() {
        const QString path = m_backend.address(QStringLiteral("watch2.sqlite"));
        Store here(options());
        QVERIFY(here.open(path));
        ChangeWatch watch(here, 50ms);
        QSignalSpy changed(&watch, &ChangeWatch::changedElsewhere);
        write(here, QStringLiteral("mine"));
        write(here, QStringLiteral("mine again"));
        watch.check();
        QTest::qWait(600); // the watch asks a dozen times, the server would have delivered by now
        QCOMPARE(changed.size(), 0);
        // The same watch still sees another connection's change afterwards.
        Store other(options());
        QVERIFY(other.open(path));
        write(other, QStringLiteral("theirs"));
        QVERIFY(changed.wait(10000));
    }

    void aReadOnlyStore_seesOtherChanges() {
        const QString path = m_backend.address(QStringLiteral("watch3.sqlite"));
        Store writer(options());
        QVERIFY(writer.open(path));
        Store::Options readOnly = options();
        readOnly.readOnly = true;
        Store reader(readOnly);
        QVERIFY(reader.open(path));
        ChangeWatch watch(reader, 50ms);
        QSignalSpy changed(&watch, &ChangeWatch::changedElsewhere);
        write(writer, QStringLiteral("seen"));
        QVERIFY(changed.wait(10000));
    }
};

BTXH_STORE_TEST_MAIN(TestChangeWatch)
#include "tst_changewatch.moc"
