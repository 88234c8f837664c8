// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace btxh;

class TestSandboxStore : public QObject {
    Q_OBJECT

    QDateTime at(int day, int hour = 8) { return QDateTime(QDate(2024, 3, day), QTime(hour, 0)); }

private Q_SLOTS:
    void put_sameCodeTwice_updatesAndCounts() {
        QTemporaryDir dir;
        SandboxStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("s.sqlite")), &error), qPrintable(error));
        const SandboxStore::Area area{QStringLiteral("01"), QStringLiteral("001"), QStringLiteral("00001")};
        auto first = store.putDossier(SandboxStore::Dossiers, QStringLiteral("A"), area, at(1), "{\"v\":1}",
                                      "{\"v\":1}");
        QVERIFY(first.ok && first.inserted);
        auto second = store.putDossier(SandboxStore::Dossiers, QStringLiteral("A"), area, at(2), "{\"v\":2}",
                                       "{\"v\":2}");
        QVERIFY(second.ok && !second.inserted);
        QCOMPARE(second.pushCount, 2);
        QCOMPARE(store.countDossiers(SandboxStore::Dossiers), 1);
        // A final result of the same dossier is another record.
        QVERIFY(
            store.putDossier(SandboxStore::Results, QStringLiteral("A"), area, at(3), "{}", "{}").inserted);
        QCOMPARE(store.countDossiers(SandboxStore::Results), 1);

        QList<QByteArray> seen;
        store.forEachDossier(SandboxStore::Dossiers, at(1), at(2), {},
                             [&seen](const QByteArray &b) { seen << b; });
        QCOMPARE(seen, QList<QByteArray>{"{\"v\":2}"});
    }

    void pull_byWindowAndArea() {
        QTemporaryDir dir;
        SandboxStore store;
        QString error;
        QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite")), &error));
        store.putDossier(1, QStringLiteral("A"),
                         {QStringLiteral("01"), QStringLiteral("001"), QStringLiteral("00001")}, at(1), "{}",
                         "\"A\"");
        store.putDossier(1, QStringLiteral("B"),
                         {QStringLiteral("01"), QStringLiteral("002"), QStringLiteral("00040")}, at(5), "{}",
                         "\"B\"");
        store.putDossier(1, QStringLiteral("C"),
                         {QStringLiteral("79"), QStringLiteral("760"), QStringLiteral("26734")}, at(5), "{}",
                         "\"C\"");
        auto pull = [&store](const QDateTime &from, const QDateTime &to, const SandboxStore::Area &area) {
            QList<QByteArray> out;
            store.forEachDossier(1, from, to, area, [&out](const QByteArray &b) { out << b; });
            return out;
        };
        QCOMPARE(pull(at(1), at(9), {QStringLiteral("01"), {}, {}}), (QList<QByteArray>{"\"A\"", "\"B\""}));
        QCOMPARE(pull(at(1), at(9), {QStringLiteral("01"), QStringLiteral("002"), {}}),
                 QList<QByteArray>{"\"B\""});
        QCOMPARE(pull(at(1), at(9), {QStringLiteral("01"), QStringLiteral("002"), QStringLiteral("00041")}),
                 QList<QByteArray>());
        QCOMPARE(pull(at(2), at(5), {QStringLiteral("01"), {}, {}}),
                 QList<QByteArray>{"\"B\""}); // inclusive end
        QCOMPARE(pull(at(1), at(1), {QStringLiteral("79"), {}, {}}), QList<QByteArray>());

        // A step takes its dossier's area, also when it arrives before the dossier.
        store.putStep(QStringLiteral("k1"), QStringLiteral("C"), at(6), "{}", "\"s1\"");
        store.putStep(QStringLiteral("k2"), QStringLiteral("D"), at(6), "{}", "\"s2\"");
        store.putDossier(1, QStringLiteral("D"),
                         {QStringLiteral("79"), QStringLiteral("760"), QStringLiteral("26734")}, at(6), "{}",
                         "\"D\"");
        QVERIFY(!store.putStep(QStringLiteral("k1"), QStringLiteral("C"), at(7), "{}", "\"s1\"").inserted);
        QList<QByteArray> steps;
        store.forEachStep(at(1), at(9), {QStringLiteral("79"), {}, {}},
                          [&steps](const QByteArray &b) { steps << b; });
        QCOMPARE(steps.size(), 2);
        QCOMPARE(store.countSteps(), 2);
    }

    void pull_givesEachReplyByteForByte() {
        QTemporaryDir dir;
        SandboxStore store;
        QString error;
        QVERIFY(store.open(dir.filePath(QStringLiteral("s.sqlite")), &error));
        const SandboxStore::Area area{QStringLiteral("01"), {}, {}};
        const QByteArray dossier =
            QStringLiteral("{\"hoVaTen\":\"Nguyễn Thị Ánh\",\"diaChi\":\"Xã Đồng Hỷ\"}").toUtf8();
        const QByteArray step = QStringLiteral("{\"noiDungXuLy\":\"Chủ tịch UBND xã phê duyệt\"}").toUtf8();
        store.putDossier(1, QStringLiteral("A"), area, at(1), "{}", dossier);
        store.putStep(QStringLiteral("k1"), QStringLiteral("A"), at(1), "{}", step);
        QList<QByteArray> seen;
        const auto keep = [&seen](const QByteArray &b) { seen << b; };
        QCOMPARE(store.forEachDossier(1, at(1), at(2), area, keep), 1);
        QCOMPARE(store.forEachStep(at(1), at(2), area, keep), 1);
        QCOMPARE(seen, (QList<QByteArray>{dossier, step}));
    }

    void reopen_keepsData() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        QString error;
        {
            SandboxStore store;
            QVERIFY(store.open(path, &error));
            store.putDossier(1, QStringLiteral("A"), {QStringLiteral("01"), {}, {}}, at(1), "{}", "{}");
        }
        SandboxStore again;
        QVERIFY(again.open(path, &error));
        QCOMPARE(again.countDossiers(1), 1);
        QCOMPARE(again.describe(QStringLiteral("A"))
                     .value(QStringLiteral("dossier"))
                     .toObject()
                     .value(QStringLiteral("pushCount"))
                     .toInt(),
                 1);
    }

    void stepLookup_byMaHoSoUsesAnIndex() {
        // Seeding looks each step's dossier up by MaHoSo alone; without an index of its own that is a scan of
        // every record per step, quadratic in the number of dossiers.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        SandboxStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QString plan;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT ma_tinh, ma_huyen, ma_xa FROM records "
                                          "WHERE ma_ho_so = 'A' ORDER BY kind LIMIT 1")));
            while (q.next())
                plan += q.value(3).toString() + u'\n';
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plan"));
        QVERIFY2(plan.contains(QStringLiteral("INDEX")) && plan.contains(QStringLiteral("ma_ho_so=?")),
                 qPrintable(plan));
    }

    void open_unwritablePath_reportsError() {
        SandboxStore store;
        QString error;
        QVERIFY(!store.open(QStringLiteral("/nonexistent-dir/x/s.sqlite"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxStore)
#include "tst_sandboxstore.moc"
