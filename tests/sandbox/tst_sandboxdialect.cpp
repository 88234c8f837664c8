// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dossier.h"
#include "JsonCodec.h"
#include "ProcessingStep.h"
#include "SandboxDialect.h"

#include <QJsonObject>
#include <QTest>

using namespace btxh;

class TestSandboxDialect : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void camelCase_asTheRealResponses_data() {
        QTest::addColumn<QString>("pascal");
        QTest::addColumn<QString>("camel");
        // Every pair is a key of the source's own examples (request form -> response form).
        QTest::newRow("HKTT") << QStringLiteral("HKTT_MaTinh") << QStringLiteral("hktT_MaTinh");
        QTest::newRow("NOHT") << QStringLiteral("NOHT_ChiTiet") << QStringLiteral("nohT_ChiTiet");
        QTest::newRow("CMND_") << QStringLiteral("CMND_NgayCap") << QStringLiteral("cmnD_NgayCap");
        QTest::newRow("CMND") << QStringLiteral("CMND") << QStringLiteral("cmnd");
        QTest::newRow("MaTTHC") << QStringLiteral("MaTTHC") << QStringLiteral("maTTHC");
        QTest::newRow("MaCSDL") << QStringLiteral("MaCSDL") << QStringLiteral("maCSDL");
        QTest::newRow("VNeID") << QStringLiteral("TaiKhoanDuocXacThucVoiVNeID")
                               << QStringLiteral("taiKhoanDuocXacThucVoiVNeID");
        QTest::newRow("Userid") << QStringLiteral("UseridCreated") << QStringLiteral("useridCreated");
        QTest::newRow("Extent") << QStringLiteral("CertificateExtentData")
                                << QStringLiteral("certificateExtentData");
    }
    void camelCase_asTheRealResponses() {
        QFETCH(QString, pascal);
        QFETCH(QString, camel);
        QCOMPARE(SandboxDialect::camelCase(pascal), camel);
    }

    void dossier_mixedShapesAndNulls() {
        Dossier d;
        d.setValue(DossierField::LoaiDuLieu, QStringLiteral("1"));
        d.setValue(DossierField::MaHoSo, QStringLiteral("000.00.15.G07-221209-0001"));
        d.setValue(DossierField::NgayThangNamSinh, QStringLiteral("08/12/1950"));
        d.setValue(DossierField::CMND_NoiCap, QStringLiteral("1047"));
        d.setValue(DossierField::SubmittedDate, QStringLiteral("09/12/2022 13:53:25"));
        d.setValue(DossierField::HKTT_MaTinh, QStringLiteral("01"));
        d.extent.hasDocumentList = true;
        const QJsonObject o = SandboxDialect::dossier(JsonCodec::writeDossier(d), true);
        QCOMPARE(o.value(QStringLiteral("loaiDuLieu")).toString(), QStringLiteral("1"));
        QCOMPARE(o.value(QStringLiteral("maHoSo")).toString(), QStringLiteral("000.00.15.G07-221209-0001"));
        QCOMPARE(o.value(QStringLiteral("ngayThangNamSinh")).toString(),
                 QStringLiteral("08/12/1950 00:00:00"));
        QCOMPARE(o.value(QStringLiteral("submittedDate")).toString(), QStringLiteral("2022-12-09 13:53:25"));
        QVERIFY(o.value(QStringLiteral("cmnD_NoiCap")).isDouble());
        QCOMPARE(o.value(QStringLiteral("cmnD_NoiCap")).toInt(), 1047);
        QCOMPARE(o.value(QStringLiteral("hktT_MaTinh")).toString(), QStringLiteral("01"));
        QVERIFY(o.contains(QStringLiteral("email")));
        QVERIFY(o.value(QStringLiteral("email")).isNull());
        QVERIFY(!o.contains(QStringLiteral("HKTT_MaTinh")));
        const QString xml = o.value(QStringLiteral("certificateExtentData")).toString();
        QVERIFY2(xml.startsWith(QStringLiteral("<?xml version='1.0' encoding='utf-8'?'>")), qPrintable(xml));
        QCOMPARE(xml.count(QStringLiteral("<?xml")), 1);

        // And the client's codec reads it back to the same values.
        Problems problems;
        const Dossier back = JsonCodec::readDossier(o, &problems);
        QCOMPARE(back.code(), d.code());
        QCOMPARE(back.value(DossierField::HKTT_MaTinh), QStringLiteral("01"));
        QCOMPARE(back.value(DossierField::CMND_NoiCap), QStringLiteral("1047"));
    }

    void extentXml_replacesDeclarationAndMismatchesTag() {
        const QString xml = SandboxDialect::extentXml(
            QStringLiteral(
                "<?xml version=\"1.0\" "
                "encoding=\"utf-8\"?><ExtentData><DanhSachTaiLieuNop></DanhSachTaiLieuNop></ExtentData>"),
            true);
        QCOMPARE(
            xml,
            QStringLiteral(
                "<?xml version='1.0' "
                "encoding='utf-8'?'><ExtentData><DanhSachTaiLieuNop></DanhsachTaiLieuNop></ExtentData>"));
        QCOMPARE(SandboxDialect::extentXml(QStringLiteral("<ExtentData/>"), false),
                 QStringLiteral("<?xml version='1.0' encoding='utf-8'?'><ExtentData/>"));
    }

    void step_usesResponseSpellings() {
        ProcessingStep s;
        s.setValue(ProgressField::MaHoSo, QStringLiteral("000.00.15.G07-221129-0002"));
        s.setValue(ProgressField::NguoiXuLy, QStringLiteral("CB Xã La Phù"));
        s.setValue(ProgressField::StatusId, QStringLiteral("4"));
        const QJsonObject o = SandboxDialect::step(JsonCodec::writeStep(s));
        QCOMPARE(o.value(QStringLiteral("nguaiXuLy")).toString(), QStringLiteral("CB Xã La Phù"));
        QCOMPARE(o.value(QStringLiteral("trangThai")).toString(), QStringLiteral("4"));
        QVERIFY(o.value(QStringLiteral("certificateType")).isNull());
        QVERIFY(o.contains(QStringLiteral("phongBanXuLy")));
        QVERIFY(!o.contains(QStringLiteral("NguoiXuLy")));
        QVERIFY(!o.contains(QStringLiteral("statusId")));
        const ProcessingStep back = JsonCodec::readStep(o);
        QCOMPARE(back.value(ProgressField::NguoiXuLy), QStringLiteral("CB Xã La Phù"));
        QCOMPARE(back.value(ProgressField::StatusId), QStringLiteral("4"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxDialect)
#include "tst_sandboxdialect.moc"
