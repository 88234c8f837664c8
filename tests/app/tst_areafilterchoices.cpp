// SPDX-License-Identifier: GPL-3.0-or-later
// The case list's area filter offers today's units and yesterday's, each tied to its list, and never maps one
// to the other.
#include "AreaFilterChoices.h"
#include "Store.h"
#include "WireDate.h"

#include <QTemporaryDir>
#include <QTest>

using namespace btxh;
using namespace btxh::app;

class TestAreaFilterChoices : public QObject {
    Q_OBJECT

    static QString dataOf(const QList<std::pair<QString, QString>> &choices, const QString &text) {
        for (const auto &[data, shown] : choices)
            if (shown.trimmed() == text)
                return data;
        return {};
    }

private Q_SLOTS:
    void todaysOffice_getsItsCommunesThenYesterdaysDistricts() {
        const SyncArea office{QStringLiteral("11"), QString(), QString()};
        const auto choices = AreaFilterChoices::choices(office, GsoList::Units2025);
        const QString today = dataOf(choices, QStringLiteral("Phường Điện Biên Phủ"));
        QCOMPARE(today, QStringLiteral("2025|C:03127"));
        // Yesterday's units of the same province code are there too, under their old names and list.
        QCOMPARE(dataOf(choices, QStringLiteral("Thành phố Điện Biên Phủ")), QStringLiteral("2024|D:094"));
        QVERIFY(dataOf(choices, QStringLiteral("Phường Him Lam")).isEmpty()); // no old commune posing as new
        // Today's list comes first.
        QVERIFY(choices.constFirst().first.startsWith(u"2025|"));

        ListFilter f;
        AreaFilterChoices::apply(today, f);
        QCOMPARE(f.commune, QStringLiteral("03127"));
        QCOMPARE(f.areaList, GsoList::Units2025);
        ListFilter old;
        AreaFilterChoices::apply(QStringLiteral("2024|D:094"), old);
        QCOMPARE(old.district, QStringLiteral("094"));
        QCOMPARE(old.areaList, GsoList::Units2024);
        ListFilter period;
        AreaFilterChoices::apply(QStringLiteral("2024|"), period);
        QVERIFY(period.commune.isEmpty() && period.province.isEmpty());
        QCOMPARE(period.areaList, GsoList::Units2024);
        ListFilter none;
        AreaFilterChoices::apply(QString(), none);
        QVERIFY(!none.areaList);
    }

    void oldListOffice_keepsItsDistrictAndCommunes() {
        const SyncArea office{QStringLiteral("11"), QStringLiteral("094"), QString()};
        const auto choices = AreaFilterChoices::choices(office, GsoList::Units2024);
        QVERIFY(choices.constFirst().first.startsWith(u"2024|"));
        QCOMPARE(dataOf(choices, QStringLiteral("Phường Him Lam")), QStringLiteral("2024|C:03127"));
        QCOMPARE(dataOf(choices, QStringLiteral("Phường Điện Biên Phủ")), QStringLiteral("2025|C:03127"));
    }

    // A real database with dossiers of Điện Biên on both sides of the reform: each choice finds its side
    // only.
    //  H1  11/094/03127  received 10/03/2024           Phường Him Lam (2024)
    //  H2  11/094/03127  received 30/06/2025 23:00     Phường Him Lam (2024)
    //  D1  11/03127      received 01/07/2025 00:30     Phường Điện Biên Phủ (2025)
    //  D2  11/03151      received 15/08/2026           Phường Mường Lay (2025)
    //  X   11/03127      not received yet (a draft)    read in today's list (2025)
    void eachChoice_overAMixOfDossiers_findsOnlyItsSide() {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("mix.sqlite"))));
        ChangeSet c;
        auto add = [&c](const char *code, const char *district, const char *commune,
                        const QDateTime &received) {
            Dossier d;
            d.setValue(DossierField::MaHoSo, QString::fromLatin1(code));
            d.setValue(DossierField::LoaiDuLieu, QStringLiteral("1"));
            d.setValue(DossierField::MaTinh, QStringLiteral("11"));
            if (*district)
                d.setValue(DossierField::MaHuyen, QString::fromLatin1(district));
            d.setValue(DossierField::MaXa, QString::fromLatin1(commune));
            if (received.isValid())
                d.setValue(DossierField::NgayTiepNhan, WireDate::formatDateTime(received));
            c.local << ChangeSet::LocalDossier{d, {}};
        };
        add("H1", "094", "03127", QDateTime(QDate(2024, 3, 10), QTime(9, 0)));
        add("H2", "094", "03127", QDateTime(QDate(2025, 6, 30), QTime(23, 0)));
        add("D1", "", "03127", QDateTime(QDate(2025, 7, 1), QTime(0, 30)));
        add("D2", "", "03151", QDateTime(QDate(2026, 8, 15), QTime(9, 0)));
        add("X", "", "03127", QDateTime());
        const auto applied = store.apply(c);
        QVERIFY2(applied, qPrintable(applied.error().message));
        const auto choices =
            AreaFilterChoices::choices({QStringLiteral("11"), QString(), QString()}, GsoList::Units2025);
        auto offered = [&choices](const QString &value) {
            for (const auto &choice : choices)
                if (choice.first == value)
                    return true;
            return value.isEmpty();
        };
        const std::pair<QString, qint64> expected[] = {
            {QStringLiteral("2025|C:03127"), 2}, {QStringLiteral("2024|C:03127"), 2},
            {QStringLiteral("2024|D:094"), 2},   {QStringLiteral("2025|P:11"), 3},
            {QStringLiteral("2024|P:11"), 2},    {QStringLiteral("2025|"), 3},
            {QStringLiteral("2024|"), 2},        {QString(), 5}};
        for (const auto &[value, n] : expected) {
            ListFilter f;
            AreaFilterChoices::apply(value, f);
            const StoreResult<qint64> count = store.count(f);
            QVERIFY2(count, qPrintable(count.error().message));
            QVERIFY2(*count == n,
                     qPrintable(QStringLiteral("%1: %2 dossiers, not %3").arg(value).arg(*count).arg(n)));
            // Yesterday's communes are offered to an office of the old list (oldListOffice_...).
            if (value != u"2024|C:03127")
                QVERIFY2(offered(value), qPrintable(value));
        }
    }
};

QTEST_GUILESS_MAIN(TestAreaFilterChoices)
#include "tst_areafilterchoices.moc"
