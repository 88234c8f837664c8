// SPDX-License-Identifier: GPL-3.0-or-later
#include "GsoDirectory.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

using namespace btxh;

Q_DECLARE_METATYPE(btxh::GsoList)

using LevelCounts = QMap<QString, int>; // unit type -> number of units

namespace {

// Every commune of a list, reached from the provinces down, as users browse it.
QList<const GsoUnit *> allCommunes(const GsoDirectory &directory) {
    QList<const GsoUnit *> communes;
    for (const GsoUnit *province : directory.provinces()) {
        if (directory.hasDistricts()) {
            for (const GsoUnit *district : directory.districtsOf(province->code))
                communes += directory.communesOf(district->code);
        } else {
            communes += directory.communesOf(province->code);
        }
    }
    return communes;
}

QByteArray readResource(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestGsoDirectory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resources_matchTheChecksumsInSources_data();
    void resources_matchTheChecksumsInSources();
    void counts_data();
    void counts();
    void levels_comeFromNamesAndTheLevelColumn_data();
    void levels_comeFromNamesAndTheLevelColumn();
    void units2024_hanoiBaDinhPhucXa();
    void units2024_districtsAndCommunesOf();
    void units2024_islandDistrictsWithoutCommunesAreAbsent();
    void units2025_hasNoDistricts();
    void units2025_carriesTheSourceCorrections();
    void provinceOfCommune_inEveryList();
    void lookups_trimSurroundingSpaces();
    void lookups_unknownCodesGiveNothing_data();
    void lookups_unknownCodesGiveNothing();
    void get_returnsTheSameDirectory();
};

void TestGsoDirectory::initTestCase() {
    // The first get() of each list reads its CSV; printed, not asserted (timings belong to bench/).
    const QList<QPair<GsoList, const char *>> lists{{GsoList::Units2024, "units-2024"},
                                                    {GsoList::Units2025PreReform, "units-2025-pre-reform"},
                                                    {GsoList::Units2025, "units-2025"}};
    for (const auto &[list, name] : lists) {
        QElapsedTimer timer;
        timer.start();
        const GsoDirectory &directory = GsoDirectory::get(list);
        const qint64 loadNs = timer.nsecsElapsed();
        timer.restart();
        GsoDirectory::get(list);
        const qint64 againNs = timer.nsecsElapsed();
        qDebug("%s: first load %.2f ms, second get %.4f ms (%lld provinces)", name, double(loadNs) / 1e6,
               double(againNs) / 1e6, static_cast<long long>(directory.provinces().size()));
    }
}

void TestGsoDirectory::resources_matchTheChecksumsInSources_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("2024") << QStringLiteral("units-2024.csv");
    QTest::newRow("2025 pre-reform") << QStringLiteral("units-2025-pre-reform.csv");
    QTest::newRow("2025") << QStringLiteral("units-2025.csv");
}

void TestGsoDirectory::resources_matchTheChecksumsInSources() {
    QFETCH(QString, file);
    const QString sources = QString::fromUtf8(readResource(QStringLiteral(":/gso/SOURCES.md")));
    const QRegularExpression line(
        QStringLiteral("^- %1 `([0-9a-f]{64})`$").arg(QRegularExpression::escape(file)),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(sources);
    QVERIFY2(match.hasMatch(), "SOURCES.md lists no checksum for the file");
    const QByteArray data = readResource(QStringLiteral(":/gso/") + file);
    QVERIFY(!data.isEmpty());
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()),
             match.captured(1));
}

void TestGsoDirectory::counts_data() {
    QTest::addColumn<GsoList>("list");
    QTest::addColumn<int>("provinces");
    QTest::addColumn<int>("districts"); // those with communes: island districts without any are not listed
    QTest::addColumn<int>("communes");
    QTest::newRow("2024") << GsoList::Units2024 << 63 << 700 << 10598;
    QTest::newRow("2025 pre-reform") << GsoList::Units2025PreReform << 63 << 691 << 10035;
    QTest::newRow("2025") << GsoList::Units2025 << 34 << 0 << 3321;
}

void TestGsoDirectory::counts() {
    QFETCH(GsoList, list);
    QFETCH(int, provinces);
    QFETCH(int, districts);
    QFETCH(int, communes);
    const GsoDirectory &directory = GsoDirectory::get(list);
    QCOMPARE(directory.provinces().size(), provinces);
    QCOMPARE(directory.hasDistricts(), districts > 0);

    int districtCount = 0;
    for (const GsoUnit *province : directory.provinces())
        districtCount += directory.districtsOf(province->code).size();
    QCOMPARE(districtCount, districts);

    const QList<const GsoUnit *> all = allCommunes(directory);
    QCOMPARE(all.size(), communes);
    QSet<QString> codes;
    for (const GsoUnit *commune : all) {
        codes.insert(commune->code);
        QCOMPARE(directory.commune(commune->code), commune);
    }
    QCOMPARE(codes.size(), communes);
}

void TestGsoDirectory::levels_comeFromNamesAndTheLevelColumn_data() {
    QTest::addColumn<GsoList>("list");
    QTest::addColumn<QStringList>("provinceLevels");
    QTest::addColumn<QStringList>("districtLevels");
    QTest::addColumn<LevelCounts>("communeLevels");
    const QStringList provinceLevels{QStringLiteral("Thành phố"), QStringLiteral("Tỉnh")};
    const QStringList districtLevels{QStringLiteral("Huyện"), QStringLiteral("Quận"),
                                     QStringLiteral("Thành phố"), QStringLiteral("Thị xã")};
    QTest::newRow("2024") << GsoList::Units2024 << provinceLevels << districtLevels
                          << LevelCounts{{QStringLiteral("Phường"), 1771},
                                         {QStringLiteral("Thị trấn"), 620},
                                         {QStringLiteral("Xã"), 8207}};
    QTest::newRow("2025 pre-reform") << GsoList::Units2025PreReform << provinceLevels << districtLevels
                                     << LevelCounts{{QStringLiteral("Phường"), 1726},
                                                    {QStringLiteral("Thị trấn"), 617},
                                                    {QStringLiteral("Xã"), 7692}};
    QTest::newRow("2025") << GsoList::Units2025 << provinceLevels << QStringList()
                          << LevelCounts{{QStringLiteral("Phường"), 687},
                                         {QStringLiteral("Xã"), 2621},
                                         {QStringLiteral("Đặc khu"), 13}};
}

void TestGsoDirectory::levels_comeFromNamesAndTheLevelColumn() {
    QFETCH(GsoList, list);
    QFETCH(QStringList, provinceLevels);
    QFETCH(QStringList, districtLevels);
    QFETCH(LevelCounts, communeLevels);
    const GsoDirectory &directory = GsoDirectory::get(list);

    QSet<QString> seenProvinceLevels, seenDistrictLevels;
    for (const GsoUnit *province : directory.provinces()) {
        seenProvinceLevels.insert(province->level);
        QVERIFY(province->name.startsWith(province->level + u' '));
        QVERIFY(province->parentCode.isEmpty());
        QCOMPARE(province->code.size(), 2);
        for (const GsoUnit *district : directory.districtsOf(province->code)) {
            seenDistrictLevels.insert(district->level);
            QVERIFY(district->name.startsWith(district->level + u' '));
            QCOMPARE(district->parentCode, province->code);
            QCOMPARE(district->code.size(), 3);
        }
    }
    QCOMPARE(seenProvinceLevels, QSet<QString>(provinceLevels.cbegin(), provinceLevels.cend()));
    QCOMPARE(seenDistrictLevels, QSet<QString>(districtLevels.cbegin(), districtLevels.cend()));

    LevelCounts seenCommuneLevels;
    for (const GsoUnit *commune : allCommunes(directory)) {
        ++seenCommuneLevels[commune->level];
        QVERIFY2(commune->name.startsWith(commune->level + u' '), qPrintable(commune->code));
        QCOMPARE(commune->code.size(), 5);
    }
    QCOMPARE(seenCommuneLevels, communeLevels);
}

void TestGsoDirectory::units2024_hanoiBaDinhPhucXa() {
    const GsoDirectory &directory = GsoDirectory::get(GsoList::Units2024);
    const GsoUnit *hanoi = directory.province(u"01");
    QVERIFY(hanoi);
    QCOMPARE(hanoi->code, QStringLiteral("01"));
    QCOMPARE(hanoi->name, QStringLiteral("Thành phố Hà Nội"));
    QCOMPARE(hanoi->level, QStringLiteral("Thành phố"));
    QCOMPARE(directory.provinces().constFirst(), hanoi);

    const GsoUnit *haGiang = directory.province(u"02");
    QVERIFY(haGiang);
    QCOMPARE(haGiang->name, QStringLiteral("Tỉnh Hà Giang"));
    QCOMPARE(haGiang->level, QStringLiteral("Tỉnh"));

    const GsoUnit *baDinh = directory.district(u"001");
    QVERIFY(baDinh);
    QCOMPARE(baDinh->name, QStringLiteral("Quận Ba Đình"));
    QCOMPARE(baDinh->level, QStringLiteral("Quận"));
    QCOMPARE(baDinh->parentCode, QStringLiteral("01"));

    QCOMPARE(directory.district(u"269")->name, QStringLiteral("Thị xã Sơn Tây"));
    QCOMPARE(directory.district(u"269")->level, QStringLiteral("Thị xã"));
    QCOMPARE(directory.district(u"024")->name, QStringLiteral("Thành phố Hà Giang"));
    QCOMPARE(directory.district(u"024")->level, QStringLiteral("Thành phố"));
    QCOMPARE(directory.district(u"024")->parentCode, QStringLiteral("02"));

    const GsoUnit *phucXa = directory.commune(u"00001");
    QVERIFY(phucXa);
    QCOMPARE(phucXa->name, QStringLiteral("Phường Phúc Xá"));
    QCOMPARE(phucXa->level, QStringLiteral("Phường"));
    QCOMPARE(phucXa->parentCode, QStringLiteral("001"));

    const GsoUnit *datMui = directory.commune(u"32248");
    QVERIFY(datMui);
    QCOMPARE(datMui->name, QStringLiteral("Xã Đất Mũi"));
    QCOMPARE(datMui->level, QStringLiteral("Xã"));
    QCOMPARE(datMui->parentCode, QStringLiteral("973"));
}

void TestGsoDirectory::units2024_districtsAndCommunesOf() {
    const GsoDirectory &directory = GsoDirectory::get(GsoList::Units2024);
    const QList<const GsoUnit *> hanoiDistricts = directory.districtsOf(u"01");
    QCOMPARE(hanoiDistricts.size(), 30);
    QCOMPARE(hanoiDistricts.constFirst()->code, QStringLiteral("001"));
    QCOMPARE(hanoiDistricts.constLast()->code, QStringLiteral("282"));

    const QList<const GsoUnit *> baDinh = directory.communesOf(u"001");
    QCOMPARE(baDinh.size(), 14);
    QCOMPARE(baDinh.constFirst()->code, QStringLiteral("00001")); // file order
    for (const GsoUnit *commune : baDinh)
        QCOMPARE(commune->parentCode, QStringLiteral("001"));

    int hanoiCommunes = 0;
    for (const GsoUnit *district : hanoiDistricts)
        hanoiCommunes += directory.communesOf(district->code).size();
    QCOMPARE(hanoiCommunes, 579);

    // In a three-level list communes hang under districts, not under the province.
    QVERIFY(directory.communesOf(u"01").isEmpty());
    QVERIFY(directory.districtsOf(u"001").isEmpty());
}

void TestGsoDirectory::units2024_islandDistrictsWithoutCommunesAreAbsent() {
    const GsoDirectory &directory = GsoDirectory::get(GsoList::Units2024);
    for (const auto code : {u"318", u"471", u"498", u"536", u"755"})
        QVERIFY(!directory.district(code));
}

void TestGsoDirectory::units2025_hasNoDistricts() {
    const GsoDirectory &directory = GsoDirectory::get(GsoList::Units2025);
    QVERIFY(!directory.hasDistricts());
    QVERIFY(!directory.district(u"001"));
    QVERIFY(directory.districtsOf(u"01").isEmpty());

    const GsoUnit *hanoi = directory.province(u"01");
    QVERIFY(hanoi);
    QCOMPARE(hanoi->name, QStringLiteral("Thành phố Hà Nội"));
    QCOMPARE(directory.province(u"04")->name, QStringLiteral("Tỉnh Cao Bằng"));
    QVERIFY(!directory.province(u"02")); // Hà Giang merged into Tuyên Quang

    const QList<const GsoUnit *> hanoiCommunes = directory.communesOf(u"01");
    QCOMPARE(hanoiCommunes.size(), 126);
    QCOMPARE(hanoiCommunes.constFirst()->code, QStringLiteral("00004"));
    QCOMPARE(hanoiCommunes.constFirst()->name, QStringLiteral("Phường Ba Đình"));
    for (const GsoUnit *commune : hanoiCommunes)
        QCOMPARE(commune->parentCode, QStringLiteral("01"));

    QVERIFY(!directory.commune(u"00001")); // Phúc Xá was merged away
    const GsoUnit *conDao = directory.commune(u"26732");
    QVERIFY(conDao);
    QCOMPARE(conDao->name, QStringLiteral("Đặc khu Côn Đảo"));
    QCOMPARE(conDao->level, QStringLiteral("Đặc khu"));
}

void TestGsoDirectory::units2025_carriesTheSourceCorrections() {
    const GsoDirectory &directory = GsoDirectory::get(GsoList::Units2025);
    QCOMPARE(directory.commune(u"06970")->name, QStringLiteral("Xã Ba Chẽ"));
    QVERIFY(!directory.commune(u"06978"));
    QCOMPARE(directory.commune(u"00745")->name, QStringLiteral("Xã Phố Bảng"));
}

void TestGsoDirectory::provinceOfCommune_inEveryList() {
    const GsoDirectory &units2024 = GsoDirectory::get(GsoList::Units2024);
    QCOMPARE(units2024.provinceOfCommune(u"00001"), QStringLiteral("01"));
    QCOMPARE(units2024.provinceOfCommune(u"32248"), QStringLiteral("96"));

    const GsoDirectory &preReform = GsoDirectory::get(GsoList::Units2025PreReform);
    QCOMPARE(preReform.provinceOfCommune(u"00001"), QStringLiteral("01"));

    const GsoDirectory &units2025 = GsoDirectory::get(GsoList::Units2025);
    QCOMPARE(units2025.provinceOfCommune(u"00004"), QStringLiteral("01"));
    QCOMPARE(units2025.provinceOfCommune(u"32248"), QStringLiteral("96"));
    QCOMPARE(units2025.provinceOfCommune(u"26732"), QStringLiteral("79"));

    // Every commune of every list leads back to the province it was listed under.
    for (const auto list : {GsoList::Units2024, GsoList::Units2025PreReform, GsoList::Units2025}) {
        const GsoDirectory &directory = GsoDirectory::get(list);
        for (const GsoUnit *province : directory.provinces()) {
            QList<const GsoUnit *> communes;
            if (directory.hasDistricts()) {
                for (const GsoUnit *district : directory.districtsOf(province->code))
                    communes += directory.communesOf(district->code);
            } else {
                communes = directory.communesOf(province->code);
            }
            QVERIFY(!communes.isEmpty());
            for (const GsoUnit *commune : communes)
                QCOMPARE(directory.provinceOfCommune(commune->code), province->code);
        }
    }
}

void TestGsoDirectory::lookups_trimSurroundingSpaces() {
    const GsoDirectory &directory = GsoDirectory::get(GsoList::Units2024);
    QCOMPARE(directory.province(u" 01 "), directory.province(u"01"));
    QCOMPARE(directory.district(u"\t001\n"), directory.district(u"001"));
    QCOMPARE(directory.commune(u" 00001"), directory.commune(u"00001"));
    QCOMPARE(directory.districtsOf(u" 01 ").size(), 30);
    QCOMPARE(directory.communesOf(u"001 ").size(), 14);
    QCOMPARE(directory.provinceOfCommune(u" 00001 "), QStringLiteral("01"));
}

void TestGsoDirectory::lookups_unknownCodesGiveNothing_data() {
    QTest::addColumn<GsoList>("list");
    QTest::newRow("2024") << GsoList::Units2024;
    QTest::newRow("2025 pre-reform") << GsoList::Units2025PreReform;
    QTest::newRow("2025") << GsoList::Units2025;
}

void TestGsoDirectory::lookups_unknownCodesGiveNothing() {
    QFETCH(GsoList, list);
    const GsoDirectory &directory = GsoDirectory::get(list);
    QVERIFY(!directory.province(u"99"));
    QVERIFY(!directory.province(u""));
    QVERIFY(!directory.province(u"1"));   // codes are zero-padded strings
    QVERIFY(!directory.province(u"001")); // a district code is not a province code
    QVERIFY(!directory.district(u"999"));
    QVERIFY(!directory.district(u"01"));
    QVERIFY(!directory.commune(u"99999"));
    QVERIFY(!directory.commune(u"1"));
    QVERIFY(!directory.commune(u""));
    QVERIFY(directory.provinceOfCommune(u"99999").isEmpty());
    QVERIFY(directory.provinceOfCommune(u"01").isEmpty());
    QVERIFY(directory.districtsOf(u"99").isEmpty());
    QVERIFY(directory.communesOf(u"999").isEmpty());
    QVERIFY(directory.communesOf(u"").isEmpty());
}

void TestGsoDirectory::get_returnsTheSameDirectory() {
    QCOMPARE(&GsoDirectory::get(GsoList::Units2024), &GsoDirectory::get(GsoList::Units2024));
    QVERIFY(&GsoDirectory::get(GsoList::Units2024) != &GsoDirectory::get(GsoList::Units2025));
    QVERIFY(&GsoDirectory::get(GsoList::Units2025PreReform) != &GsoDirectory::get(GsoList::Units2024));
    QCOMPARE(GsoDirectory::get(GsoList::Units2024).commune(u"00001"),
             GsoDirectory::get(GsoList::Units2024).commune(u"00001"));
}

QTEST_GUILESS_MAIN(TestGsoDirectory)
#include "tst_gsodirectory.moc"
