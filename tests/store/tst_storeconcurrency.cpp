// SPDX-License-Identifier: GPL-3.0-or-later
// Two officers editing one dossier on one database (two Store objects, as two desktops, or a desktop and
// btxh): an edit names the version it was made from, and one made from a version someone else has changed
// since is refused as a whole (StoreError::Kind::Stale), on a file and on an office's PostgreSQL database.
#include "Store.h"
#include "TestDossiers.h"
#include "TestStoreBackend.h"

#include <QTest>
#include <array>
#include <atomic>
#include <barrier>
#include <thread>

using namespace btxh;
using test::TestDossiers;

namespace {

const QString Code = QStringLiteral("000.00.01.G07-260302-0001");

ChangeSet edit(const Dossier &d, const QString &base) {
    ChangeSet c;
    c.local << ChangeSet::LocalDossier{d, {}, base};
    return c;
}

Dossier withPhone(Dossier d, const QString &phone) {
    d.setValue(DossierField::SoDienThoai, phone);
    return d;
}

} // namespace

class TestStoreConcurrency : public QObject {
    Q_OBJECT

    TestStoreBackend &m_backend;
    int m_databases = 0;

    Store::Options options(const QString &user) const {
        Store::Options o;
        o.user = user;
        m_backend.configure(o);
        return o;
    }

    // A fresh database holding one dossier, and two officers' stores on it.
    struct Office {
        std::unique_ptr<Store> first;
        std::unique_ptr<Store> second;
        QString address;
    };
    // `pulled`: the dossier came from the server (no local edits), else it was entered here.
    Office office(const Dossier &stored, bool pulled = false) {
        Office o;
        o.address = m_backend.address(QStringLiteral("concurrency%1.sqlite").arg(++m_databases));
        o.first = std::make_unique<Store>(options(QStringLiteral("canbo.mot")));
        o.second = std::make_unique<Store>(options(QStringLiteral("canbo.hai")));
        for (Store *s : {o.first.get(), o.second.get()})
            if (const auto opened = s->open(o.address); !opened)
                qWarning() << opened.error().message;
        ChangeSet first;
        if (pulled)
            first.received << ChangeSet::ReceivedDossier{stored, {}};
        else
            first = edit(stored, {});
        if (const auto made = o.first->apply(first); !made)
            qWarning() << made.error().message;
        return o;
    }

    static Dossier original() {
        return TestDossiers::valid(Code, QStringLiteral("Nguyễn Thị Hoà"),
                                   QDateTime(QDate(2026, 3, 2), QTime(8, 30), Qt::UTC));
    }

public:
    explicit TestStoreConcurrency(TestStoreBackend &backend)
        : m_backend(backend) {}

private Q_SLOTS:
    void initTestCase() {
        const QString problem = m_backend.prepare();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void storedDossier_namesItsVersion_theContentHashOfWhatWasWritten() {
        Office o = office(original());
        const StoreResult<StoredDossier> a = o.first->dossier(Code);
        const StoreResult<StoredDossier> b = o.second->dossier(Code);
        QVERIFY(a && b);
        QVERIFY(!a->version.isEmpty());
        QCOMPARE(b->version, a->version);
        // A write answers the version it left, which the next read gives.
        const StoreResult<ChangeResult> saved =
            o.first->apply(edit(withPhone(a->dossier, QStringLiteral("0912345678")), a->version));
        QVERIFY2(saved, qPrintable(saved.error().message));
        QCOMPARE(saved->localVersions.size(), 1);
        QVERIFY(saved->localVersions.first() != a->version);
        QCOMPARE(o.second->dossier(Code)->version, saved->localVersions.first());
    }

    void secondSaveFromAnOlderVersion_isRefusedAsStale_andChangesNothing() {
        Office o = office(original());
        const StoredDossier readByFirst = *o.first->dossier(Code);
        const StoredDossier readBySecond = *o.second->dossier(Code);
        const StoreResult<ChangeResult> first = o.first->apply(
            edit(withPhone(readByFirst.dossier, QStringLiteral("0911111111")), readByFirst.version));
        QVERIFY2(first, qPrintable(first.error().message));
        QCOMPARE(first->local.value(0), ChangeOutcome::Updated);
        const qsizetype trailBefore = o.first->reader().auditTrail(Code)->size();
        const qsizetype queuedBefore = *o.first->outbox().queuedCount();

        // The second officer's edit, of another field, on the version both read, in the same change set as
        // a dossier of its own: all of it is refused.
        Dossier other =
            TestDossiers::valid(QStringLiteral("000.00.01.G07-260302-0002"), QStringLiteral("Lê Văn An"),
                                QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        ChangeSet second =
            edit(withPhone(readBySecond.dossier, QStringLiteral("0922222222")), readBySecond.version);
        second.local << ChangeSet::LocalDossier{other, {}, {}};
        const StoreResult<ChangeResult> refused = o.second->apply(second);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StoreError::Kind::Stale);
        QVERIFY2(refused.error().message.contains(Code), qPrintable(refused.error().message));
        // The audit trail tells who changed it.
        QVERIFY2(refused.error().message.contains(QStringLiteral("canbo.mot")),
                 qPrintable(refused.error().message));

        const StoredDossier now = *o.second->dossier(Code);
        QCOMPARE(now.dossier.value(DossierField::SoDienThoai), QStringLiteral("0911111111"));
        QCOMPARE(now.version, first->localVersions.first());
        QCOMPARE(o.first->dossier(other.code()).error().kind, StoreError::Kind::NotFound);
        QCOMPARE(o.first->reader().auditTrail(Code)->size(), trailBefore);
        QCOMPARE(*o.first->outbox().queuedCount(), queuedBefore);
    }

    void saveWithTheNewVersionAsItsBase_goesThrough() {
        Office o = office(original());
        const StoredDossier read = *o.second->dossier(Code);
        QVERIFY(o.first->apply(edit(withPhone(read.dossier, QStringLiteral("0911111111")), read.version)));
        QCOMPARE(o.second->apply(edit(withPhone(read.dossier, QStringLiteral("0922222222")), read.version))
                     .error()
                     .kind,
                 StoreError::Kind::Stale);
        // Merged: the first officer's phone, the second's address, on the version stored now.
        const StoredDossier current = *o.second->dossier(Code);
        Dossier merged = current.dossier;
        merged.setValue(DossierField::NOHT_ChiTiet, QStringLiteral("Số 5 ngõ 12 Phúc Xá"));
        const StoreResult<ChangeResult> saved = o.second->apply(edit(merged, current.version));
        QVERIFY2(saved, qPrintable(saved.error().message));
        QCOMPARE(saved->local.value(0), ChangeOutcome::Updated);
        const StoredDossier after = *o.first->dossier(Code);
        QCOMPARE(after.dossier.value(DossierField::SoDienThoai), QStringLiteral("0911111111"));
        QCOMPARE(after.dossier.value(DossierField::NOHT_ChiTiet), QStringLiteral("Số 5 ngõ 12 Phúc Xá"));
        QCOMPARE(after.version, saved->localVersions.first());
        const QList<AuditEntry> trail = *o.first->reader().auditTrail(Code);
        QCOMPARE(trail.constLast().who, QStringLiteral("canbo.hai"));
    }

    void editWithoutBase_isWrittenAsBefore_lastWriterWins() {
        // Imports, the CLI and a new dossier name no base: nothing is checked.
        Office o = office(original());
        const StoredDossier read = *o.second->dossier(Code);
        QVERIFY(o.first->apply(edit(withPhone(read.dossier, QStringLiteral("0911111111")), read.version)));
        const StoreResult<ChangeResult> saved =
            o.second->apply(edit(withPhone(read.dossier, QStringLiteral("0922222222")), {}));
        QVERIFY2(saved, qPrintable(saved.error().message));
        QCOMPARE(o.first->dossier(Code)->dossier.value(DossierField::SoDienThoai),
                 QStringLiteral("0922222222"));
    }

    void editThatBringsWhatIsStoredAlready_losesNothing_andIsNotRefused() {
        Office o = office(original());
        const StoredDossier read = *o.second->dossier(Code);
        const Dossier same = withPhone(read.dossier, QStringLiteral("0911111111"));
        QVERIFY(o.first->apply(edit(same, read.version)));
        const StoreResult<ChangeResult> saved = o.second->apply(edit(same, read.version));
        QVERIFY2(saved, qPrintable(saved.error().message));
        QCOMPARE(saved->local.value(0), ChangeOutcome::Unchanged);
    }

    void editOfADossierChangedByAPull_isStaleToo() {
        Office o = office(original(), true);
        const StoredDossier read = *o.second->dossier(Code);
        ChangeSet pulled;
        pulled.received << ChangeSet::ReceivedDossier{withPhone(read.dossier, QStringLiteral("0933333333")),
                                                      {}};
        QVERIFY(o.first->apply(pulled));
        const StoreResult<ChangeResult> refused =
            o.second->apply(edit(withPhone(read.dossier, QStringLiteral("0922222222")), read.version));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StoreError::Kind::Stale);
        QVERIFY2(refused.error().message.contains(Code), qPrintable(refused.error().message));
    }

    void editOfADossierThatIsNoLongerStored_isStale() {
        Office o = office(original());
        const StoredDossier read = *o.second->dossier(Code);
        const Dossier elsewhere =
            TestDossiers::valid(QStringLiteral("000.00.01.G07-260302-0009"), QStringLiteral("Trần Văn Bình"),
                                QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
        const StoreResult<ChangeResult> refused = o.second->apply(edit(elsewhere, read.version));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StoreError::Kind::Stale);
        QCOMPARE(o.first->dossier(elsewhere.code()).error().kind, StoreError::Kind::NotFound);
    }

    void onlyOneOfTwoEditsFromOneVersion_isStored_whicheverComesFirst() {
        // Both officers save from the same version, many times over, alternating who goes first: each round
        // exactly one edit is stored and the other refused.
        Office o = office(original());
        for (int round = 0; round < 10; ++round) {
            const StoredDossier read = *o.first->dossier(Code);
            Store *a = round % 2 ? o.first.get() : o.second.get();
            Store *b = round % 2 ? o.second.get() : o.first.get();
            const QString firstPhone = QStringLiteral("09%1").arg(round, 8, 10, QLatin1Char('1'));
            const QString secondPhone = QStringLiteral("08%1").arg(round, 8, 10, QLatin1Char('2'));
            const auto first = a->apply(edit(withPhone(read.dossier, firstPhone), read.version));
            const auto second = b->apply(edit(withPhone(read.dossier, secondPhone), read.version));
            QVERIFY2(first, qPrintable(first.error().message));
            QVERIFY(!second);
            QCOMPARE(second.error().kind, StoreError::Kind::Stale);
            QCOMPARE(b->dossier(Code)->dossier.value(DossierField::SoDienThoai), firstPhone);
        }
    }

    void twoWritersAtOnce_fromOneVersion_exactlyOneIsStored() {
        // Two threads, each with its own Store (its own connection), read the same version and then save at
        // the same moment: the check and the write are one transaction, so one is stored and the other
        // refused, round after round.
        Office o = office(original());
        const QString address = o.address;
        o.first.reset();
        o.second.reset();
        constexpr int Rounds = 15;
        std::barrier sync(2);
        std::array<std::array<int, 2>, Rounds> outcome{}; // 1 stored, 2 stale, 3 another error
        std::array<QString, 2> failures;
        const auto run = [&](int who) {
            Store store(options(who ? QStringLiteral("canbo.hai") : QStringLiteral("canbo.mot")));
            const bool open = store.open(address).has_value();
            if (!open)
                failures[who] = QStringLiteral("cannot open");
            for (int round = 0; round < Rounds; ++round) {
                sync.arrive_and_wait(); // the previous round's writes are done
                const StoreResult<StoredDossier> read =
                    open ? store.dossier(Code) : StoreError::make(StoreError::Kind::Other, {});
                sync.arrive_and_wait(); // both have read
                if (!read) {
                    outcome[round][who] = 3;
                    continue;
                }
                const QString phone =
                    QStringLiteral("0%1%2").arg(who + 8).arg(round, 8, 10, QLatin1Char('0'));
                const auto saved = store.apply(edit(withPhone(read->dossier, phone), read->version));
                outcome[round][who] = saved ? 1 : saved.error().kind == StoreError::Kind::Stale ? 2 : 3;
                if (!saved && saved.error().kind != StoreError::Kind::Stale)
                    failures[who] = saved.error().message;
            }
        };
        std::thread a(run, 0), b(run, 1);
        a.join();
        b.join();
        QVERIFY2(failures[0].isEmpty() && failures[1].isEmpty(), qPrintable(failures[0] + failures[1]));
        for (int round = 0; round < Rounds; ++round) {
            const auto [x, y] = outcome[round];
            QVERIFY2((x == 1 && y == 2) || (x == 2 && y == 1),
                     qPrintable(QStringLiteral("round %1: %2 %3").arg(round).arg(x).arg(y)));
        }
    }
};

BTXH_STORE_TEST_MAIN(TestStoreConcurrency)
#include "tst_storeconcurrency.moc"
