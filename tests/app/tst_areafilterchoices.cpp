// SPDX-License-Identifier: GPL-3.0-or-later
// The case list's area filter offers today's units and yesterday's, each tied to its list, and never maps one
// to the other.
#include "AreaFilterChoices.h"

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
};

QTEST_GUILESS_MAIN(TestAreaFilterChoices)
#include "tst_areafilterchoices.moc"
