// SPDX-License-Identifier: GPL-3.0-or-later
#include "Catalogues.h"
#include "DossierCodes.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace btxh;

namespace {

const QString officialText = QStringLiteral(BTXH_SHARED_DIR "/spec/000_77a2437c41dcf021.txt");

// The numbered, tab-separated rows of one Appendix I table of the official text: from the heading holding
// `heading` to the next heading.
QList<QStringList> appendixRows(const QString &heading) {
    QFile file(officialText);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    const qsizetype appendix = lines.indexOf(QStringLiteral("## I. PHỤ LỤC"));
    QList<QStringList> rows;
    bool inside = false;
    for (qsizetype i = appendix; i >= 0 && i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.startsWith(u'#')) {
            if (inside)
                break;
            inside = line.contains(heading);
            continue;
        }
        if (!inside || !line.contains(u'\t'))
            continue;
        QStringList row = line.split(u'\t');
        bool numbered = false;
        row.first().toInt(&numbered); // skips the header rows ("Id", "STT", "<b>Id</b>")
        if (numbered)
            rows.append(row);
    }
    return rows;
}

QStringList codesOf(const Catalogue &catalogue) {
    QStringList codes;
    for (const CatalogueEntry &entry : catalogue.entries)
        codes.append(entry.code);
    return codes;
}

} // namespace

class TestCatalogues : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ids_areEveryCatalogueInOrder();
    void counts_data();
    void counts();
    void entries_haveNfcNamesInBothLanguages();
    void procedures_haveAppendixNamesAndLevels();
    void ethnicity_idAndGsoCodeBothResolve();
    void ethnicity_matchesOfficialText();
    void gender_matchesOfficialText();
    void idIssuer_hasTheSourceGaps();
    void idIssuer_matchesOfficialText();
    void status_hasNoTwelve();
    void status_matchesOfficialText();
    void finishedStatuses_areCataloguedAndEndADossier();
    void smallEnumerations_data();
    void smallEnumerations();
    void vneid_isReversedAsTheSourceSays();
    void find_trimsSurroundingSpaces();
    void find_unknownCodesGiveNothing();
    void name_followsTheLanguage();
    void instance_isLoadedOnce();
};

void TestCatalogues::ids_areEveryCatalogueInOrder() {
    const QStringList expected{
        QStringLiteral("procedure"), QStringLiteral("ethnicity"),      QStringLiteral("gender"),
        QStringLiteral("idIssuer"),  QStringLiteral("status"),         QStringLiteral("dataKind"),
        QStringLiteral("channel"),   QStringLiteral("applicantKind"),  QStringLiteral("resultDelivery"),
        QStringLiteral("filedAt"),   QStringLiteral("yesNo"),          QStringLiteral("vneid"),
        QStringLiteral("payment"),   QStringLiteral("identifierKind"), QStringLiteral("sourceDatabase"),
        QStringLiteral("flag")};
    QCOMPARE(Catalogues::instance().ids(), expected);
    for (const QString &id : expected) {
        const Catalogue *catalogue = Catalogues::instance().find(id);
        QVERIFY2(catalogue, qPrintable(id));
        QCOMPARE(catalogue->id, id);
        QVERIFY(!catalogue->titleVi.isEmpty());
        QVERIFY(!catalogue->titleEn.isEmpty());
    }
}

void TestCatalogues::counts_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("count");
    QTest::newRow("procedure") << QStringLiteral("procedure") << 11;
    QTest::newRow("ethnicity") << QStringLiteral("ethnicity") << 54;
    QTest::newRow("gender") << QStringLiteral("gender") << 2;
    QTest::newRow("idIssuer") << QStringLiteral("idIssuer") << 62; // 1047, 1048 and 1195-1255 without 1246
    QTest::newRow("status") << QStringLiteral("status") << 13;
    QTest::newRow("dataKind") << QStringLiteral("dataKind") << 2;
    QTest::newRow("channel") << QStringLiteral("channel") << 3;
    QTest::newRow("applicantKind") << QStringLiteral("applicantKind") << 4;
    QTest::newRow("resultDelivery") << QStringLiteral("resultDelivery") << 2;
    QTest::newRow("filedAt") << QStringLiteral("filedAt") << 2;
    QTest::newRow("yesNo") << QStringLiteral("yesNo") << 2;
    QTest::newRow("vneid") << QStringLiteral("vneid") << 2;
    QTest::newRow("payment") << QStringLiteral("payment") << 4;
    QTest::newRow("identifierKind") << QStringLiteral("identifierKind") << 3;
    QTest::newRow("sourceDatabase") << QStringLiteral("sourceDatabase") << 7;
    QTest::newRow("flag") << QStringLiteral("flag") << 2;
}

void TestCatalogues::counts() {
    QFETCH(QString, id);
    QFETCH(int, count);
    const Catalogue *catalogue = Catalogues::instance().find(id);
    QVERIFY(catalogue);
    QCOMPARE(catalogue->entries.size(), count);
    const QStringList codes = codesOf(*catalogue);
    QCOMPARE(QSet<QString>(codes.cbegin(), codes.cend()).size(), count); // no code twice
}

void TestCatalogues::entries_haveNfcNamesInBothLanguages() {
    for (const QString &id : Catalogues::instance().ids()) {
        const Catalogue *catalogue = Catalogues::instance().find(id);
        QCOMPARE(catalogue->titleVi, catalogue->titleVi.normalized(QString::NormalizationForm_C));
        for (const CatalogueEntry &entry : catalogue->entries) {
            const QByteArray where = (id + u'/' + entry.code).toUtf8();
            QVERIFY2(!entry.code.isEmpty() && entry.code == entry.code.trimmed(), where.constData());
            QVERIFY2(!entry.nameVi.isEmpty(), where.constData());
            QVERIFY2(!entry.nameEn.isEmpty(), where.constData());
            QVERIFY2(entry.nameVi == entry.nameVi.normalized(QString::NormalizationForm_C),
                     where.constData());
            QVERIFY2(entry.nameEn == entry.nameEn.normalized(QString::NormalizationForm_C),
                     where.constData());
        }
    }
}

void TestCatalogues::procedures_haveAppendixNamesAndLevels() {
    const Catalogue *procedures = Catalogues::instance().find(u"procedure");
    QVERIFY(procedures);
    QCOMPARE(codesOf(*procedures),
             QStringList({QStringLiteral("2.000286"), QStringLiteral("2.000282"), QStringLiteral("2.000477"),
                          QStringLiteral("1.001776"), QStringLiteral("1.001758"), QStringLiteral("1.001753"),
                          QStringLiteral("1.001731"), QStringLiteral("2.000777"), QStringLiteral("1.001739"),
                          QStringLiteral("2.000744"), QStringLiteral("2.000751")}));

    const CatalogueEntry *first = procedures->find(u"2.000286");
    QVERIFY(first);
    QCOMPARE(first->nameVi,
             QStringLiteral("Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ "
                            "sở trợ giúp xã hội cấp tỉnh, cấp huyện"));
    QCOMPARE(first->extra, QStringLiteral("province,district"));
    // The appendix writes "hàng tháng"; only the JSON examples write "hằng tháng".
    QCOMPARE(procedures->find(u"1.001776")->nameVi,
             QStringLiteral(
                 "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, "
                 "nuôi dưỡng hàng tháng"));
    QCOMPARE(procedures->find(u"1.001731")->nameVi,
             QStringLiteral("Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội"));
    QVERIFY(procedures->find(u"1.001731")->nameEn.contains(QStringLiteral("Funeral")));

    int provinceDistrict = 0, district = 0, commune = 0;
    for (const CatalogueEntry &entry : procedures->entries) {
        if (entry.extra == u"province,district")
            ++provinceDistrict;
        else if (entry.extra == u"district")
            ++district;
        else if (entry.extra == u"commune")
            ++commune;
    }
    QCOMPARE(provinceDistrict, 3);
    QCOMPARE(district, 7);
    QCOMPARE(commune, 1);
    QCOMPARE(procedures->findByExtra(u"commune")->code, QStringLiteral("2.000751"));
}

void TestCatalogues::ethnicity_idAndGsoCodeBothResolve() {
    const Catalogue *ethnicity = Catalogues::instance().find(u"ethnicity");
    QVERIFY(ethnicity);
    // Ids 29..82 and GSO codes 1..54 run in step, in the source's order.
    for (int i = 0; i < ethnicity->entries.size(); ++i) {
        QCOMPARE(ethnicity->entries.at(i).code, QString::number(29 + i));
        QCOMPARE(ethnicity->entries.at(i).extra, QString::number(1 + i));
    }
    const CatalogueEntry *kinh = ethnicity->find(u"29");
    QVERIFY(kinh);
    QCOMPARE(kinh->nameVi, QStringLiteral("Kinh"));
    QCOMPARE(kinh->extra, QStringLiteral("1"));
    QCOMPARE(ethnicity->findByExtra(u"1"), kinh);

    const CatalogueEntry *romam = ethnicity->find(u"82");
    QVERIFY(romam);
    QCOMPARE(romam->nameVi, QStringLiteral("Rơ măm"));
    QCOMPARE(romam->extra, QStringLiteral("54"));
    QCOMPARE(ethnicity->findByExtra(u" 54 "), romam);

    QCOMPARE(ethnicity->find(u"32")->nameEn, QStringLiteral("Hoa (Chinese)"));
    QCOMPARE(ethnicity->find(u"33")->nameEn, QStringLiteral("Khmer"));
    QCOMPARE(ethnicity->find(u"36")->nameVi, QStringLiteral("H'Mông"));
    // The two numberings overlap: "1" is not an Id, and "30" is Tày's Id but Co's GSO code.
    QVERIFY(!ethnicity->find(u"1"));
    QCOMPARE(ethnicity->find(u"30")->nameVi, QStringLiteral("Tày"));
    QCOMPARE(ethnicity->findByExtra(u"30")->nameVi, QStringLiteral("Co"));
    QVERIFY(!ethnicity->findByExtra(u"55"));
    QVERIFY(!ethnicity->findByExtra(u"0"));
}

void TestCatalogues::ethnicity_matchesOfficialText() {
    const QList<QStringList> rows = appendixRows(QStringLiteral("Danh mục mã dân tộc"));
    if (rows.isEmpty())
        QSKIP("The official text is not available");
    const Catalogue *ethnicity = Catalogues::instance().find(u"ethnicity");
    QCOMPARE(rows.size(), ethnicity->entries.size());
    for (const QStringList &row : rows) {
        QCOMPARE(row.size(), 3);
        const CatalogueEntry *entry = ethnicity->find(row.at(0));
        QVERIFY2(entry, qPrintable(row.at(0)));
        QCOMPARE(entry->nameVi, row.at(1).trimmed());
        QCOMPARE(entry->extra, row.at(2).trimmed());
    }
}

void TestCatalogues::gender_matchesOfficialText() {
    QCOMPARE(Catalogues::instance().name(u"gender", u"1034", Language::Vietnamese), QStringLiteral("Nam"));
    QCOMPARE(Catalogues::instance().name(u"gender", u"1035", Language::Vietnamese), QStringLiteral("Nữ"));
    QCOMPARE(Catalogues::instance().name(u"gender", u"1034", Language::English), QStringLiteral("Male"));
    QCOMPARE(Catalogues::instance().name(u"gender", u"1035", Language::English), QStringLiteral("Female"));

    const QList<QStringList> rows = appendixRows(QStringLiteral("Danh mục giới tính"));
    if (rows.isEmpty())
        QSKIP("The official text is not available");
    QCOMPARE(rows.size(), 2);
    for (const QStringList &row : rows)
        QCOMPARE(Catalogues::instance().name(u"gender", row.at(1), Language::Vietnamese),
                 row.at(2).trimmed());
}

void TestCatalogues::idIssuer_hasTheSourceGaps() {
    const Catalogue *issuers = Catalogues::instance().find(u"idIssuer");
    QVERIFY(issuers);
    QVERIFY(issuers->find(u"1047"));
    QVERIFY(issuers->find(u"1048"));
    for (int code = 1195; code <= 1255; ++code)
        QCOMPARE(bool(issuers->find(QString::number(code))), code != 1246);
    QVERIFY(!issuers->find(u"1246"));
    QVERIFY(!issuers->find(u"1049"));
    QVERIFY(!issuers->find(u"1194"));
    QVERIFY(!issuers->find(u"1256"));

    QCOMPARE(issuers->find(u"1047")->nameVi, QStringLiteral("Cục Cảnh sát QLHC về trật tự xã hội"));
    QCOMPARE(issuers->find(u"1047")->nameEn,
             QStringLiteral("Police Department for Administrative Management of Social Order"));
    QCOMPARE(issuers->find(u"1195")->nameVi, QStringLiteral("Thành phố Hà Nội"));
    QCOMPARE(issuers->find(u"1195")->nameEn, QStringLiteral("Hà Nội City"));
    QCOMPARE(issuers->find(u"1196")->nameEn, QStringLiteral("Bắc Ninh Province"));
    QCOMPARE(issuers->find(u"1255")->nameVi, QStringLiteral("Tỉnh Vĩnh Long"));

    // Cao Bằng, Ninh Thuận and Cà Mau have no row in the source.
    for (const CatalogueEntry &entry : issuers->entries) {
        QVERIFY(!entry.nameVi.contains(QStringLiteral("Cao Bằng")));
        QVERIFY(!entry.nameVi.contains(QStringLiteral("Ninh Thuận")));
        QVERIFY(!entry.nameVi.contains(QStringLiteral("Cà Mau")));
    }
}

void TestCatalogues::idIssuer_matchesOfficialText() {
    const QList<QStringList> rows = appendixRows(QStringLiteral("Danh mục nơi cấp CCCD"));
    if (rows.isEmpty())
        QSKIP("The official text is not available");
    const Catalogue *issuers = Catalogues::instance().find(u"idIssuer");
    QCOMPARE(rows.size(), issuers->entries.size());
    for (const QStringList &row : rows) {
        const CatalogueEntry *entry = issuers->find(row.at(0));
        QVERIFY2(entry, qPrintable(row.at(0)));
        QCOMPARE(entry->nameVi, row.at(1).trimmed());
    }
}

void TestCatalogues::status_hasNoTwelve() {
    const Catalogue *status = Catalogues::instance().find(u"status");
    QVERIFY(status);
    QCOMPARE(codesOf(*status),
             QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                          QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8"),
                          QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("11"),
                          QStringLiteral("13"), QStringLiteral("14")}));
    QVERIFY(!status->find(u"12"));
    QVERIFY(!Catalogues::instance().contains(u"status", u"12"));
    QCOMPARE(status->find(u"1")->nameVi, QStringLiteral("Mới đăng ký"));
    QCOMPARE(status->find(u"13")->nameVi, QStringLiteral("Đã nộp tại CDVCQG (chưa gửi tới BNĐP)"));
    QCOMPARE(status->find(u"14")->nameVi, QStringLiteral("Không gửi được"));
}

void TestCatalogues::finishedStatuses_areCataloguedAndEndADossier() {
    const Catalogue *status = Catalogues::instance().find(u"status");
    QVERIFY(status);
    QStringList finished;
    for (QLatin1StringView code : DossierStatus::Finished) {
        QVERIFY2(status->find(QString(code)), code.data());
        finished << QString(code);
    }
    // Not accepted, withdrawn, stopped, completed, delivered, refused; a dossier still moving is not
    // finished.
    QCOMPARE(finished, QStringList({QStringLiteral("3"), QStringLiteral("7"), QStringLiteral("8"),
                                    QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("11")}));
    QVERIFY(DossierStatus::isFinished(u" 10 "));
    for (QStringView open : {u"1", u"2", u"4", u"5", u"6", u"13", u"14", u"", u"1 0"})
        QVERIFY2(!DossierStatus::isFinished(open), qPrintable(open.toString()));
}

void TestCatalogues::status_matchesOfficialText() {
    const QList<QStringList> rows = appendixRows(QStringLiteral("Danh mục trạng thái hồ sơ"));
    if (rows.isEmpty())
        QSKIP("The official text is not available");
    const Catalogue *status = Catalogues::instance().find(u"status");
    QCOMPARE(rows.size(), status->entries.size());
    for (const QStringList &row : rows) {
        const CatalogueEntry *entry = status->find(row.at(1));
        QVERIFY2(entry, qPrintable(row.at(1)));
        QCOMPARE(entry->nameVi, row.at(2).trimmed());
    }
}

void TestCatalogues::smallEnumerations_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("vi");
    QTest::addColumn<QString>("en");
    QTest::newRow("dataKind 1") << QStringLiteral("dataKind") << QStringLiteral("1")
                                << QStringLiteral("Hồ sơ mới") << QStringLiteral("New dossier");
    QTest::newRow("dataKind 100") << QStringLiteral("dataKind") << QStringLiteral("100")
                                  << QStringLiteral("Cập nhật kết quả cuối cùng")
                                  << QStringLiteral("Final-result update");
    QTest::newRow("channel 3") << QStringLiteral("channel") << QStringLiteral("3")
                               << QStringLiteral("Nộp qua bưu chính công ích")
                               << QStringLiteral("Through the public postal service");
    QTest::newRow("applicantKind 3") << QStringLiteral("applicantKind") << QStringLiteral("3")
                                     << QStringLiteral("Cơ quan nhà nước") << QStringLiteral("State agency");
    QTest::newRow("resultDelivery 0") << QStringLiteral("resultDelivery") << QStringLiteral("0")
                                      << QStringLiteral("Trả kết quả tại bộ phận tiếp nhận và trả kết quả")
                                      << QStringLiteral("At the reception and result-delivery desk");
    QTest::newRow("filedAt 1") << QStringLiteral("filedAt") << QStringLiteral("1")
                               << QStringLiteral("Nộp từ Cổng DVC Quốc gia")
                               << QStringLiteral("National Public Service Portal (DVCQG)");
    QTest::newRow("yesNo 0") << QStringLiteral("yesNo") << QStringLiteral("0") << QStringLiteral("không")
                             << QStringLiteral("no");
    QTest::newRow("yesNo 1") << QStringLiteral("yesNo") << QStringLiteral("1") << QStringLiteral("có")
                             << QStringLiteral("yes");
    QTest::newRow("payment 3") << QStringLiteral("payment") << QStringLiteral("3")
                               << QStringLiteral("Thanh toán trực tiếp") << QStringLiteral("Paid directly");
    QTest::newRow("identifierKind 1")
        << QStringLiteral("identifierKind") << QStringLiteral("1") << QStringLiteral("Căn cước công dân")
        << QStringLiteral("Citizen identity card (CCCD)");
    QTest::newRow("sourceDatabase 1")
        << QStringLiteral("sourceDatabase") << QStringLiteral("1") << QStringLiteral("CSDLQG về Dân cư")
        << QStringLiteral("National population database");
    QTest::newRow("flag 1") << QStringLiteral("flag") << QStringLiteral("1") << QStringLiteral("có")
                            << QStringLiteral("yes");
}

void TestCatalogues::smallEnumerations() {
    QFETCH(QString, id);
    QFETCH(QString, code);
    QFETCH(QString, vi);
    QFETCH(QString, en);
    QCOMPARE(Catalogues::instance().name(id, code, Language::Vietnamese), vi);
    QCOMPARE(Catalogues::instance().name(id, code, Language::English), en);
}

void TestCatalogues::vneid_isReversedAsTheSourceSays() {
    QCOMPARE(Catalogues::instance().name(u"vneid", u"0", Language::English), QStringLiteral("yes"));
    QCOMPARE(Catalogues::instance().name(u"vneid", u"1", Language::English), QStringLiteral("no"));
    QCOMPARE(Catalogues::instance().name(u"vneid", u"0", Language::Vietnamese), QStringLiteral("có"));
    QCOMPARE(Catalogues::instance().name(u"yesNo", u"0", Language::English), QStringLiteral("no"));
}

void TestCatalogues::find_trimsSurroundingSpaces() {
    const Catalogues &catalogues = Catalogues::instance();
    QVERIFY(catalogues.contains(u"gender", u" 1034 "));
    QVERIFY(catalogues.contains(u" gender\t", u"1035\n"));
    QCOMPARE(catalogues.name(u"status", u"  10 ", Language::Vietnamese), QStringLiteral("Đã trả kết quả"));
    QCOMPARE(catalogues.find(u"procedure")->find(u" 2.000751 ")->code, QStringLiteral("2.000751"));
    QCOMPARE(catalogues.find(u"ethnicity")->findByExtra(u"\t1 ")->code, QStringLiteral("29"));
}

void TestCatalogues::find_unknownCodesGiveNothing() {
    const Catalogues &catalogues = Catalogues::instance();
    QVERIFY(!catalogues.find(u"nonexistent"));
    QVERIFY(!catalogues.find(u""));
    QVERIFY(!catalogues.contains(u"nonexistent", u"1"));
    QVERIFY(catalogues.name(u"nonexistent", u"1").isEmpty());
    QVERIFY(!catalogues.contains(u"gender", u"1036"));
    QVERIFY(!catalogues.contains(u"gender", u""));
    QVERIFY(!catalogues.contains(u"gender", u"   "));
    QVERIFY(!catalogues.contains(u"gender", u"Nam"));  // names are not codes
    QVERIFY(!catalogues.contains(u"ethnicity", u"0")); // the push example's "0"
    QVERIFY(!catalogues.contains(u"channel", u"4"));
    QVERIFY(catalogues.name(u"gender", u"1036", Language::English).isEmpty());
    QVERIFY(catalogues.name(u"status", u"12", Language::Vietnamese).isEmpty());
    QVERIFY(!catalogues.find(u"gender")->findByExtra(u"1034")); // gender has no second code
    QVERIFY(!catalogues.find(u"ethnicity")->findByExtra(u""));
}

void TestCatalogues::name_followsTheLanguage() {
    const CatalogueEntry *female = Catalogues::instance().find(u"gender")->find(u"1035");
    QVERIFY(female);
    QCOMPARE(female->name(Language::Vietnamese), QStringLiteral("Nữ"));
    QCOMPARE(female->name(Language::English), QStringLiteral("Female"));

    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString english = female->name();
    const QString englishByCatalogue = Catalogues::instance().name(u"gender", u"1035");
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    const QString vietnamese = female->name();
    QLocale::setDefault(saved);
    QCOMPARE(english, QStringLiteral("Female"));
    QCOMPARE(englishByCatalogue, QStringLiteral("Female"));
    QCOMPARE(vietnamese, QStringLiteral("Nữ"));
}

void TestCatalogues::instance_isLoadedOnce() {
    QCOMPARE(&Catalogues::instance(), &Catalogues::instance());
    QCOMPARE(Catalogues::instance().find(u"gender"), Catalogues::instance().find(u"gender"));
}

QTEST_GUILESS_MAIN(TestCatalogues)
#include "tst_catalogues.moc"
