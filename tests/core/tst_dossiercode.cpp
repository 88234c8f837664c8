// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierCode.h"
#include "PersonalId.h"

#include <QTest>

using namespace btxh;

class TestDossierCode : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_readsTheDecreeShape() {
        const DossierCode::Parts p = DossierCode::parse(u"000.00.15.G07-221209-0001");
        QCOMPARE(p.agency, QStringLiteral("000.00.15.G07"));
        QCOMPARE(p.date, QDate(2022, 12, 9));
        QCOMPARE(p.serial, 1);
    }

    void isValid_refusesMalformedCodes_data() {
        QTest::addColumn<QString>("code");
        QTest::newRow("no serial") << "000.00.15.G07-221209";
        QTest::newRow("bad date") << "000.00.15.G07-221332-0001";
        QTest::newRow("serial 0") << "000.00.15.G07-221209-0000";
        QTest::newRow("lowercase agency") << "000.00.15.g07-221209-0001";
        QTest::newRow("free text") << "hồ sơ 1";
        QTest::newRow("empty") << "";
    }
    void isValid_refusesMalformedCodes() {
        QFETCH(QString, code);
        QVERIFY(!DossierCode::isValid(code));
    }

    void make_buildsCodesThatParseBack() {
        const QString code = DossierCode::make(u"000.00.15.G07", QDate(2026, 11, 27), 42);
        QCOMPARE(code, QStringLiteral("000.00.15.G07-261127-0042"));
        QVERIFY(DossierCode::isValid(code));
        QVERIFY(DossierCode::make(u"bad", QDate(2026, 11, 27), 1).isEmpty());
        QVERIFY(DossierCode::make(u"000.00.15.G07", QDate(2026, 11, 27), 10000).isEmpty());
    }

    void looksLikeCodeStart_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("codeStart");
        QTest::newRow("agency up to its letter") << "000.00.15.G" << true;
        QTest::newRow("to its date") << "000.00.15.G07-2212" << true;
        QTest::newRow("whole code") << "000.00.15.G07-221209-0001" << true;
        QTest::newRow("lower case") << "000.00.15.g07-22" << true;
        QTest::newRow("letters in the groups") << "H10.24.01.A01-23" << true;
        QTest::newRow("trailing dot") << "000.00.15.G07." << true;
        QTest::newRow("before the letter") << "000.00.15." << false;
        QTest::newRow("digits only") << "000001" << false;
        QTest::newRow("no agency") << "G07-221209" << false;
        QTest::newRow("a space") << "000.00.15.G07 22" << false;
        QTest::newRow("a wildcard") << "000.00.15.G07-22%" << false;
        QTest::newRow("an underscore") << "000.00.15.G07_22" << false;
        QTest::newRow("a quote") << "000.00.15.G07'" << false;
        QTest::newRow("Vietnamese letter") << "000.00.15.Đ07" << false;
        QTest::newRow("a name") << "Nguyễn Văn An" << false;
        QTest::newRow("empty") << "" << false;
    }
    void looksLikeCodeStart() {
        QFETCH(QString, typed);
        QFETCH(bool, codeStart);
        QCOMPARE(DossierCode::looksLikeCodeStart(typed), codeStart);
    }

    void looksLikeAgencyStart_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("agencyStart");
        QTest::newRow("first part and its dot") << "000." << true;
        QTest::newRow("into the second part") << "000.0" << true;
        QTest::newRow("into the third part") << "000.00.1" << true;
        QTest::newRow("up to the last dot") << "000.00.15." << true;
        QTest::newRow("letters in the groups") << "h10.24.01." << true;
        QTest::newRow("first part alone") << "000" << false;
        QTest::newRow("the letter: a code's beginning") << "000.00.15.G" << false;
        QTest::newRow("a part too long") << "000.000" << false;
        QTest::newRow("two dots") << "000..0" << false;
        QTest::newRow("a date") << "12.05.1985" << false;
        QTest::newRow("a space") << "000. 00" << false;
        QTest::newRow("a name") << "Nguyễn" << false;
        QTest::newRow("empty") << "" << false;
    }
    void looksLikeAgencyStart() {
        QFETCH(QString, typed);
        QFETCH(bool, agencyStart);
        QCOMPARE(DossierCode::looksLikeAgencyStart(typed), agencyStart);
        if (agencyStart)
            QVERIFY(!DossierCode::looksLikeCodeStart(typed));
    }

    void cccd_partsFollowCircular07() {
        // 001 Hà Nội, 2 = male born 2000-2099, 05 = 2005.
        const PersonalId::CccdParts p = PersonalId::parseCccd(u"001205012345");
        QCOMPARE(p.provinceCode, QStringLiteral("01"));
        QCOMPARE(p.gender, PersonalId::Gender::Male);
        QCOMPARE(p.birthYearFrom, 2005);
        const PersonalId::CccdParts f = PersonalId::parseCccd(u"079142003354");
        QCOMPARE(f.gender, PersonalId::Gender::Female);
        QCOMPARE(f.birthYearFrom, 1942);
        QVERIFY(PersonalId::isCmnd(u"123456789"));
        QVERIFY(!PersonalId::isCccd(u"12345678901a"));
    }
};

QTEST_GUILESS_MAIN(TestDossierCode)
#include "tst_dossiercode.moc"
