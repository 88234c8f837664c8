// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldTable.h"
#include "Fields.h"

#include <QMetaEnum>
#include <QTest>

using namespace btxh;

class TestFieldTable : public QObject {
    Q_OBJECT

    template <typename E> static void compareWithEnum(const FieldTable &table) {
        const QMetaEnum meta = QMetaEnum::fromType<E>();
        QCOMPARE(table.size(), int(E::Count));
        for (int i = 0; i < table.size(); ++i) {
            QCOMPARE(table.at(i).id, i);
            // The enum names are the wire names, with the same spelling.
            QCOMPARE(QString::fromLatin1(meta.valueToKey(i)).toLower(), table.at(i).wireName.toLower());
            QVERIFY2(qstrlen(table.at(i).labelVi) > 0, qPrintable(table.at(i).wireName));
            QVERIFY2(qstrlen(table.at(i).labelEn) > 0, qPrintable(table.at(i).wireName));
        }
    }

private Q_SLOTS:
    void tables_matchTheirEnums() {
        compareWithEnum<DossierField>(FieldTable::dossier());
        compareWithEnum<ProgressField>(FieldTable::progress());
        compareWithEnum<QueryField>(FieldTable::query());
        compareWithEnum<DocumentField>(FieldTable::submittedDocument());
        compareWithEnum<ResultPaperField>(FieldTable::resultPaper());
    }

    void dossier_has44FieldsAndProgress14PlusPullOnly() {
        QCOMPARE(FieldTable::dossier().size(), 44);
        int requestFields = 0;
        for (const FieldSpec &f : FieldTable::progress().fields())
            requestFields += f.pullOnly ? 0 : 1;
        QCOMPARE(requestFields, 14);
    }

    void lookup_acceptsEverySpellingOfSection5_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("wireName");
        QTest::newRow("mangled camelCase") << "hktT_MaTinh"
                                           << "dossier"
                                           << "HKTT_MaTinh";
        QTest::newRow("cmnD_NgayCap") << "cmnD_NgayCap"
                                      << "dossier"
                                      << "CMND_NgayCap";
        QTest::newRow("cmnd") << "cmnd"
                              << "dossier"
                              << "CMND";
        QTest::newRow("table spelling CMND_Noicap") << "CMND_Noicap"
                                                    << "dossier"
                                                    << "CMND_NoiCap";
        QTest::newRow("leading space") << " NoiNopHoSo"
                                       << "dossier"
                                       << "NoiNopHoSo";
        QTest::newRow("table's XML name") << "CertificateExtendedData"
                                          << "dossier"
                                          << "CertificateExtentData";
        QTest::newRow("examples' XML name") << "certificateExtentData"
                                            << "dossier"
                                            << "CertificateExtentData";
        QTest::newRow("nguaiXuLy") << "nguaiXuLy"
                                   << "progress"
                                   << "NguoiXuLy";
        QTest::newRow("trangThai") << "trangThai"
                                   << "progress"
                                   << "StatusId";
        QTest::newRow("pull-only") << "phongBanXuLy"
                                   << "progress"
                                   << "PhongBanXuLy";
    }

    void lookup_acceptsEverySpellingOfSection5() {
        QFETCH(QString, key);
        QFETCH(QString, table);
        QFETCH(QString, wireName);
        const FieldTable &t = table == u"dossier" ? FieldTable::dossier() : FieldTable::progress();
        const FieldSpec *spec = t.find(key);
        QVERIFY2(spec, qPrintable(key));
        QCOMPARE(spec->wireName, wireName);
    }

    void lookup_unknownKeyIsMinusOne() {
        QCOMPARE(FieldTable::dossier().indexOf(u"NotAField"), -1);
        QCOMPARE(FieldTable::dossier().indexOf(u""), -1);
        // trangThai is the step's status; a dossier calls it StatusId only.
        QCOMPARE(FieldTable::dossier().indexOf(u"trangThai"), -1);
    }

    void table_describesKindsLengthsAndRequirements() {
        const FieldTable &d = FieldTable::dossier();
        QCOMPARE(d.at(int(DossierField::MaHoSo)).maxLength, 25);
        QCOMPARE(FieldTable::progress().at(int(ProgressField::MaHoSo)).maxLength, 50);
        QCOMPARE(d.at(int(DossierField::NgayThangNamSinh)).kind, FieldKind::Date);
        QCOMPARE(d.at(int(DossierField::NgayTiepNhan)).kind, FieldKind::DateTime);
        QCOMPARE(d.at(int(DossierField::MaXa)).kind, FieldKind::Place);
        QCOMPARE(d.at(int(DossierField::MaXa)).placeLevel, PlaceLevel::Commune);
        QCOMPARE(d.at(int(DossierField::HKTT_MaHuyen)).placeGroup, QStringLiteral("HKTT"));
        QCOMPARE(d.at(int(DossierField::MaTTHC)).catalogue, QStringLiteral("procedure"));
        QCOMPARE(d.at(int(DossierField::CertificateExtentData)).kind, FieldKind::Xml);
        QVERIFY(d.at(int(DossierField::HoVaTen)).isRequiredFor(RequiredForNew));
        QVERIFY(!d.at(int(DossierField::Email)).isRequiredFor(RequiredForNew));
        QCOMPARE(d.at(int(DossierField::NOHT_MaThon)).advisoryMaxLength, 10);
        QCOMPARE(d.at(int(DossierField::HoVaTen)).label(Language::Vietnamese), QStringLiteral("Họ và tên"));
        QCOMPARE(d.at(int(DossierField::HoVaTen)).label(Language::English), QStringLiteral("Full name"));
    }
};

QTEST_GUILESS_MAIN(TestFieldTable)
#include "tst_fieldtable.moc"
