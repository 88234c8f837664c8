// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/ExtentReadComparison.h"
#include "ExtentDataXml.h"
#include "ExtentDataXmlFastPath.h"
#include "FieldTable.h"
#include "Fields.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <QXmlStreamReader>

using namespace btxh;

namespace {

// The CertificateExtentData strings of the specification's examples (000_77a2437c41dcf021.txt), verbatim but
// for the PDF extraction's line breaks, which are joined ("Ex tentData", "TepDi nhKemId", "0 </...").

// §3.1.1, push of a new dossier (the string is HTML-escaped in the source; unescaped here).
const char kPushNewXml[] =
    "<?xml version='1.0' encoding='utf-8'?><ExtentData xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' "
    "xmlns:xsd='http://www.w3.org/2001/XMLSchema'>"
    "<DanhSachTaiLieuNop>"
    "<TaiLieuNop><TepDinhKemId>42943</TepDinhKemId><TenTepDinhKem>lienthong.xlsx</"
    "TenTepDinhKem><IsDeleted>0</IsDeleted><MaThanhPhanHoSo "
    "/><DuongDanTaiTepTin>https://dvcbtxh.molisa.gov.vn/file/20221209/638061714519808529lienthong.xlsx</"
    "DuongDanTaiTepTin><DuocSoHoa>1</DuocSoHoa><DuocTaiSuDung>0</DuocTaiSuDung><DuocLayTuKhoDMQG>0</"
    "DuocLayTuKhoDMQG><MaKetQuaThayThe>0</MaKetQuaThayThe></TaiLieuNop>"
    "<TaiLieuNop><TepDinhKemId>42944</TepDinhKemId><TenTepDinhKem>newmicrosoftworddocument.docx</"
    "TenTepDinhKem><IsDeleted>0</IsDeleted><MaThanhPhanHoSo "
    "/><DuongDanTaiTepTin>https://dvcbtxh.molisa.gov.vn/file/20221209/"
    "638061714595168815newmicrosoftworddocument.docx</DuongDanTaiTepTin><DuocSoHoa>1</"
    "DuocSoHoa><DuocTaiSuDung>0</DuocTaiSuDung><DuocLayTuKhoDMQG>0</DuocLayTuKhoDMQG><MaKetQuaThayThe>0</"
    "MaKetQuaThayThe></TaiLieuNop>"
    "<TaiLieuNop><TepDinhKemId>42945</"
    "TepDinhKemId><TenTepDinhKem>638011170796454681cv-ba-linh12.10.202210h12p05signed.pdf</"
    "TenTepDinhKem><IsDeleted>0</IsDeleted><MaThanhPhanHoSo "
    "/><DuongDanTaiTepTin>https://dvcbtxh.molisa.gov.vn/file/20221209/"
    "638061714716900994638011170796454681cv-ba-linh12.10.202210h12p05signed.pdf</"
    "DuongDanTaiTepTin><DuocSoHoa>1</DuocSoHoa><DuocTaiSuDung>0</DuocTaiSuDung><DuocLayTuKhoDMQG>0</"
    "DuocLayTuKhoDMQG><MaKetQuaThayThe>0</MaKetQuaThayThe></TaiLieuNop>"
    "</DanhSachTaiLieuNop><DanhSachGiayToKetQua /></ExtentData>";

// §3.1.3, push of a final result (LoaiDuLieu 100): the declaration lacks its "?".
const char kPushResultXml[] =
    "<?xml version='1.0' encoding='utf-8'><ExtentData xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' "
    "xmlns:xsd='http://www.w3.org/2001/XMLSchema'>"
    "<DanhSachTaiLieuNop>"
    "<TaiLieuNop><TepDinhKemId>42943</TepDinhKemId><TenTepDinhKem>lienthong.xlsx</"
    "TenTepDinhKem><IsDeleted>0</IsDeleted><MaThanhPhanHoSo "
    "/><DuongDanTaiTepTin>https://dvcbtxh.molisa.gov.vn/file/20221209/638061714519808529lienthong.xlsx</"
    "DuongDanTaiTepTin><DuocSoHoa>1</DuocSoHoa><DuocTaiSuDung>0</DuocTaiSuDung><DuocLayTuKhoDMQG>0</"
    "DuocLayTuKhoDMQG><MaKetQuaThayThe>0</MaKetQuaThayThe></TaiLieuNop>"
    "<TaiLieuNop><TepDinhKemId>42944</TepDinhKemId><TenTepDinhKem>newmicrosoftworddocument.docx</"
    "TenTepDinhKem><IsDeleted>0</IsDeleted><MaThanhPhanHoSo "
    "/><DuongDanTaiTepTin>https://dvcbtxh.molisa.gov.vn/file/20221209/"
    "638061714595168815newmicrosoftworddocument.docx</DuongDanTaiTepTin><DuocSoHoa>1</"
    "DuocSoHoa><DuocTaiSuDung>0</DuocTaiSuDung><DuocLayTuKhoDMQG>0</DuocLayTuKhoDMQG><MaKetQuaThayThe>0</"
    "MaKetQuaThayThe></TaiLieuNop>"
    "<TaiLieuNop><TepDinhKemId>42945</"
    "TepDinhKemId><TenTepDinhKem>638011170796454681cv-ba-linh12.10.202210h12p05signed.pdf</"
    "TenTepDinhKem><IsDeleted>0</IsDeleted><MaThanhPhanHoSo "
    "/><DuongDanTaiTepTin>https://dvcbtxh.molisa.gov.vn/file/20221209/"
    "638061714716900994638011170796454681cv-ba-linh12.10.202210h12p05signed.pdf</"
    "DuongDanTaiTepTin><DuocSoHoa>1</DuocSoHoa><DuocTaiSuDung>0</DuocTaiSuDung><DuocLayTuKhoDMQG>0</"
    "DuocLayTuKhoDMQG><MaKetQuaThayThe>0</MaKetQuaThayThe></TaiLieuNop>"
    "</DanhSachTaiLieuNop><DanhSachGiayToKetQua>"
    "<GiayToKetQua><TenGiayTo>638061714519808529lienthong.pdf</TenGiayTo><MaThanhPhanHoSo>0</"
    "MaThanhPhanHoSo><GiayToId>41634</GiayToId><DuongDanTepTinKetQua>https://dvcbtxh.molisa.gov.vn/file/"
    "20221209/638061714519808529lienthong.pdf</DuongDanTepTinKetQua><MaGiayToKetQua>KQ.G07.000290</"
    "MaGiayToKetQua></GiayToKetQua>"
    "</DanhSachGiayToKetQua></ExtentData>";

// §3.3.4, pull of new dossiers: the declaration ends in "?'>", and <DanhSachTaiLieuNop> is closed by
// </DanhsachTaiLieuNop>.
const char kPullNewXml[] =
    "<?xml version='1.0' encoding='utf-8'?'><ExtentData "
    "xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' xmlns:xsd='http://www.w3.org/2001/XMLSchema'>"
    "<DanhSachTaiLieuNop>"
    "<TaiLieuNop><TepDinhKemId>42933</"
    "TepDinhKemId><TenTepDinhKem>20221127115120-z39141691669453ec0fd5bbf484b8c4a3c2f1aad2541a0.jpg</"
    "TenTepDinhKem><IsDeleted>0</IsDeleted><MaThanhPhanHoSo "
    "/><DuongDanTaiTepTin>https://dvcbtxh.molisa.gov.vn/file/20221129/"
    "63805327087509074620221127115120-z39141691669453ec0fd5bbf484b8c4a3c2f1aad2541a0.jpg</"
    "DuongDanTaiTepTin><DuocSoHoa>1</DuocSoHoa><DuocTaiSuDung>0</DuocTaiSuDung><DuocLayTuKhoDMQG>0</"
    "DuocLayTuKhoDMQG><MaKetQuaThayThe>0</MaKetQuaThayThe></TaiLieuNop>"
    "<TaiLieuNop><TepDinhKemId>42934</"
    "TepDinhKemId><TenTepDinhKem>20221127115120-z3914169265957ce5d7c94614560013cbcaecc2be04e75.jpg</"
    "TenTepDinhKem><IsDeleted>0</IsDeleted><MaThanhPhanHoSo "
    "/><DuongDanTaiTepTin>https://dvcbtxh.molisa.gov.vn/file/20221129/"
    "63805327087600447120221127115120-z3914169265957ce5d7c94614560013cbcaecc2be04e75.jpg</"
    "DuongDanTaiTepTin><DuocSoHoa>1</DuocSoHoa><DuocTaiSuDung>0</DuocTaiSuDung><DuocLayTuKhoDMQG>0</"
    "DuocLayTuKhoDMQG><MaKetQuaThayThe>0</MaKetQuaThayThe></TaiLieuNop>"
    "<TaiLieuNop><TepDinhKemId>42935</"
    "TepDinhKemId><TenTepDinhKem>20221127115120-z39141691627908b24c409f9d5eeb4f6f3b68cfad5f36b.jpg</"
    "TenTepDinhKem><IsDeleted>0</IsDeleted><MaThanhPhanHoSo "
    "/><DuongDanTaiTepTin>https://dvcbtxh.molisa.gov.vn/file/20221129/"
    "63805327087624870620221127115120-z39141691627908b24c409f9d5eeb4f6f3b68cfad5f36b.jpg</"
    "DuongDanTaiTepTin><DuocSoHoa>1</DuocSoHoa><DuocTaiSuDung>0</DuocTaiSuDung><DuocLayTuKhoDMQG>0</"
    "DuocLayTuKhoDMQG><MaKetQuaThayThe>0</MaKetQuaThayThe></TaiLieuNop>"
    "<TaiLieuNop><TepDinhKemId>42936</"
    "TepDinhKemId><TenTepDinhKem>20221127115120-tokhaimaitangphimau04-3cc6a5ea-dc23-45f6-a1c8-a93f32013052."
    "pdf</TenTepDinhKem><IsDeleted>0</IsDeleted><MaThanhPhanHoSo "
    "/><DuongDanTaiTepTin>https://dvcbtxh.molisa.gov.vn/file/20221129/"
    "63805327087714142620221127115120-tokhaimaitangphimau04-3cc6a5ea-dc23-45f6-a1c8-a93f32013052.pdf</"
    "DuongDanTaiTepTin><DuocSoHoa>1</DuocSoHoa><DuocTaiSuDung>0</DuocTaiSuDung><DuocLayTuKhoDMQG>0</"
    "DuocLayTuKhoDMQG><MaKetQuaThayThe>0</MaKetQuaThayThe></TaiLieuNop>"
    "<TaiLieuNop><TepDinhKemId>42937</"
    "TepDinhKemId><TenTepDinhKem>20221127115120-z39141691687239329a79bfa14435c329f1aa05561b7b8.jpg</"
    "TenTepDinhKem><IsDeleted>0</IsDeleted><MaThanhPhanHoSo "
    "/><DuongDanTaiTepTin>https://dvcbtxh.molisa.gov.vn/file/20221129/"
    "63805327087727321920221127115120-z39141691687239329a79bfa14435c329f1aa05561b7b8.jpg</"
    "DuongDanTaiTepTin><DuocSoHoa>1</DuocSoHoa><DuocTaiSuDung>0</DuocTaiSuDung><DuocLayTuKhoDMQG>0</"
    "DuocLayTuKhoDMQG><MaKetQuaThayThe>0</MaKetQuaThayThe></TaiLieuNop>"
    "<TaiLieuNop><TepDinhKemId>42938</"
    "TepDinhKemId><TenTepDinhKem>20221127115120-z3914169160926e69c2915ffd041df8c934815c038851a.jpg</"
    "TenTepDinhKem><IsDeleted>0</IsDeleted><MaThanhPhanHoSo "
    "/><DuongDanTaiTepTin>https://dvcbtxh.molisa.gov.vn/file/20221129/"
    "63805327087739057420221127115120-z3914169160926e69c2915ffd041df8c934815c038851a.jpg</"
    "DuongDanTaiTepTin><DuocSoHoa>1</DuocSoHoa><DuocTaiSuDung>0</DuocTaiSuDung><DuocLayTuKhoDMQG>0</"
    "DuocLayTuKhoDMQG><MaKetQuaThayThe>0</MaKetQuaThayThe></TaiLieuNop>"
    "<TaiLieuNop><TepDinhKemId>42939</"
    "TepDinhKemId><TenTepDinhKem>20221127115120-z39141691606819fe76d89d02bcf65b6a627fe68601c99.jpg</"
    "TenTepDinhKem><IsDeleted>0</IsDeleted><MaThanhPhanHoSo "
    "/><DuongDanTaiTepTin>https://dvcbtxh.molisa.gov.vn/file/20221129/"
    "63805327087755288120221127115120-z39141691606819fe76d89d02bcf65b6a627fe68601c99.jpg</"
    "DuongDanTaiTepTin><DuocSoHoa>1</DuocSoHoa><DuocTaiSuDung>0</DuocTaiSuDung><DuocLayTuKhoDMQG>0</"
    "DuocLayTuKhoDMQG><MaKetQuaThayThe>0</MaKetQuaThayThe></TaiLieuNop>"
    "<TaiLieuNop><TepDinhKemId>42940</"
    "TepDinhKemId><TenTepDinhKem>20221127115120-z39141691625727e59c5fad1468c26faefbb0587abfca.jpg</"
    "TenTepDinhKem><IsDeleted>0</IsDeleted><MaThanhPhanHoSo "
    "/><DuongDanTaiTepTin>https://dvcbtxh.molisa.gov.vn/file/20221129/"
    "63805327087766311120221127115120-z39141691625727e59c5fad1468c26faefbb0587abfca.jpg</"
    "DuongDanTaiTepTin><DuocSoHoa>1</DuocSoHoa><DuocTaiSuDung>0</DuocTaiSuDung><DuocLayTuKhoDMQG>0</"
    "DuocLayTuKhoDMQG><MaKetQuaThayThe>0</MaKetQuaThayThe></TaiLieuNop>"
    "<TaiLieuNop><TepDinhKemId>42941</"
    "TepDinhKemId><TenTepDinhKem>20221127115120-tokhaimaitangphimau04-3cc6a5ea-dc23-45f6-a1c8-a93f32013052."
    "pdf</TenTepDinhKem><IsDeleted>0</IsDeleted><MaThanhPhanHoSo "
    "/><DuongDanTaiTepTin>https://dvcbtxh.molisa.gov.vn/file/20221129/"
    "63805327087783357220221127115120-tokhaimaitangphimau04-3cc6a5ea-dc23-45f6-a1c8-a93f32013052.pdf</"
    "DuongDanTaiTepTin><DuocSoHoa>1</DuocSoHoa><DuocTaiSuDung>0</DuocTaiSuDung><DuocLayTuKhoDMQG>0</"
    "DuocLayTuKhoDMQG><MaKetQuaThayThe>0</MaKetQuaThayThe></TaiLieuNop>"
    "<TaiLieuNop><TepDinhKemId>42942</TepDinhKemId><TenTepDinhKem>giaykhaitu-20221128084857.pdf</"
    "TenTepDinhKem><IsDeleted>0</IsDeleted><MaThanhPhanHoSo "
    "/><DuongDanTaiTepTin>https://dvcbtxh.molisa.gov.vn/file/20221129/"
    "638053270878065889giaykhaitu-20221128084857.pdf</DuongDanTaiTepTin><DuocSoHoa>1</"
    "DuocSoHoa><DuocTaiSuDung>0</DuocTaiSuDung><DuocLayTuKhoDMQG>0</DuocLayTuKhoDMQG><MaKetQuaThayThe>0</"
    "MaKetQuaThayThe></TaiLieuNop>"
    "</DanhsachTaiLieuNop><DanhsachGiayToKetQua /></ExtentData>";

int docField(DocumentField f) {
    return int(f);
}

int paperField(ResultPaperField f) {
    return int(f);
}

QStringList codes(const Problems &problems) {
    QStringList out;
    for (const Problem &p : problems)
        out << p.code;
    return out;
}

// A strict parse, as the gateway's own .NET reader would do it.
QString strictParseError(const QString &xml) {
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    return reader.hasError() ? reader.errorString() : QString();
}

Record document(std::initializer_list<std::pair<DocumentField, QString>> values) {
    Record r(FieldTable::submittedDocument());
    for (const auto &[field, value] : values)
        r.setValue(int(field), value);
    return r;
}

Record paper(std::initializer_list<std::pair<ResultPaperField, QString>> values) {
    Record r(FieldTable::resultPaper());
    for (const auto &[field, value] : values)
        r.setValue(int(field), value);
    return r;
}

// Refusals must be quick: nothing here may expand, recurse or loop on its input.
constexpr qint64 QuickMs = 3000;

} // namespace

class TestExtentDataXml : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // --- the specification's own examples
    void read_pushNewExample_readsThreeDocumentsWithoutWarnings();
    void read_pushResultExample_toleratesDeclarationWithoutQuestionMark();
    void read_pullExample_toleratesClosingTagsInOtherCase();
    void read_examples_warningsNameTheXmlField();

    // --- tolerances
    void read_emptyOrBlank_isOkWithoutLists_data();
    void read_emptyOrBlank_isOkWithoutLists();
    void read_declarations_data();
    void read_declarations();
    void read_lowercaseNames_areCanonicalisedWithOneWarningEach();
    void read_canonicalisationLeavesTextAndAttributesAlone();
    void read_emptyElement_isEmptyStringNotNull();
    void read_xsiNil_isNull();
    void read_unknownChildElement_keptInExtrasWithWarning();
    void read_unknownListAndRootChildren_ignoredWithWarning();
    void read_whitespaceAndCommentsBetweenElements_ignored();
    void read_missingResultList_hasResultListFalse();

    // --- refusals
    void read_refuses_data();
    void read_refuses();
    void read_billionLaughs_refusedQuickly();
    void read_externalEntity_refusedWithoutReadingFile();
    void read_tenMegabytes_refusedQuickly();
    void read_tenThousandDeep_refusedQuickly();
    void read_tooManyElements_refusedQuickly();
    void read_manyDeviations_warningsAreCapped();
    void read_truncatedExample_refusedAtEveryLength();
    void read_binaryGarbage_refused();
    void read_invalidCharacter_namesCodePointAndPosition();

    // --- writing
    void write_startsWithDeclarationAndNamespaces();
    void write_emptyData_writesBothListsEmpty();
    void write_fieldsInTableOrder_emptyWrittenNullSkipped();
    void write_extrasNotWritten();
    void write_examples_passStrictParse();
    void roundTrip_examples_readBackEqual_data();
    void roundTrip_examples_readBackEqual();
    void roundTrip_specialCharactersAndVietnamese();
    void write_charactersXmlCannotCarry_replacedAndStillWellFormed();
    void writes_examples_trueExactlyForWhatWriteGives_data();
    void writes_examples_trueExactlyForWhatWriteGives();
    void writes_emptyData_trueForItsDocumentOnly();

    // --- the fast path for plain documents (ExtentDataXmlFastPath) against the general reader
    void fastPath_plainDocuments_taken();
    void fastPath_sameAsGeneralReader_data();
    void fastPath_sameAsGeneralReader();
    void fastPath_mutations_sameAsGeneralReader();
};

void TestExtentDataXml::read_pushNewExample_readsThreeDocumentsWithoutWarnings() {
    const auto r = ExtentDataXml::read(QString::fromUtf8(kPushNewXml));
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.warnings.isEmpty());
    QVERIFY(r.data.hasDocumentList);
    QVERIFY(r.data.hasResultList);
    QCOMPARE(r.data.documents.size(), 3);
    QCOMPARE(r.data.resultPapers.size(), 0);

    const Record &first = r.data.documents.at(0);
    QCOMPARE(&first.table(), &FieldTable::submittedDocument());
    QCOMPARE(first.value(docField(DocumentField::TepDinhKemId)), QStringLiteral("42943"));
    QCOMPARE(first.value(docField(DocumentField::TenTepDinhKem)), QStringLiteral("lienthong.xlsx"));
    QCOMPARE(first.value(docField(DocumentField::IsDeleted)), QStringLiteral("0"));
    QCOMPARE(first.value(docField(DocumentField::DuongDanTaiTepTin)),
             QStringLiteral("https://dvcbtxh.molisa.gov.vn/file/20221209/638061714519808529lienthong.xlsx"));
    QCOMPARE(first.value(docField(DocumentField::DuocSoHoa)), QStringLiteral("1"));
    QCOMPARE(first.value(docField(DocumentField::DuocTaiSuDung)), QStringLiteral("0"));
    QCOMPARE(first.value(docField(DocumentField::DuocLayTuKhoDMQG)), QStringLiteral("0"));
    QCOMPARE(first.value(docField(DocumentField::MaKetQuaThayThe)), QStringLiteral("0"));
    QVERIFY(first.extras().isEmpty());
    QCOMPARE(r.data.documents.at(2).value(docField(DocumentField::TenTepDinhKem)),
             QStringLiteral("638011170796454681cv-ba-linh12.10.202210h12p05signed.pdf"));
}

void TestExtentDataXml::read_pushResultExample_toleratesDeclarationWithoutQuestionMark() {
    const auto r = ExtentDataXml::read(QString::fromUtf8(kPushResultXml));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(codes(r.warnings), QStringList{QStringLiteral("xml-declaration")});
    QVERIFY(r.warnings.first().message.contains(QStringLiteral("<?xml version='1.0' encoding='utf-8'>")));
    QCOMPARE(r.data.documents.size(), 3);
    QCOMPARE(r.data.resultPapers.size(), 1);

    const Record &p = r.data.resultPapers.first();
    QCOMPARE(&p.table(), &FieldTable::resultPaper());
    QCOMPARE(p.value(paperField(ResultPaperField::TenGiayTo)),
             QStringLiteral("638061714519808529lienthong.pdf"));
    QCOMPARE(p.value(paperField(ResultPaperField::MaThanhPhanHoSo)), QStringLiteral("0"));
    QCOMPARE(p.value(paperField(ResultPaperField::GiayToId)), QStringLiteral("41634"));
    QCOMPARE(p.value(paperField(ResultPaperField::DuongDanTepTinKetQua)),
             QStringLiteral("https://dvcbtxh.molisa.gov.vn/file/20221209/638061714519808529lienthong.pdf"));
    QCOMPARE(p.value(paperField(ResultPaperField::MaGiayToKetQua)), QStringLiteral("KQ.G07.000290"));
}

void TestExtentDataXml::read_pullExample_toleratesClosingTagsInOtherCase() {
    const QString xml = QString::fromUtf8(kPullNewXml);
    // What a strict parser makes of it, even without the broken declaration: the reason for the tolerance.
    QVERIFY(!strictParseError(xml.mid(xml.indexOf(u'>') + 1)).isEmpty());

    const auto r = ExtentDataXml::read(xml);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.data.documents.size(), 10);
    QVERIFY(r.data.hasResultList);
    QVERIFY(r.data.resultPapers.isEmpty());
    QCOMPARE(r.data.documents.at(9).value(docField(DocumentField::TenTepDinhKem)),
             QStringLiteral("giaykhaitu-20221128084857.pdf"));

    QStringList got = codes(r.warnings);
    got.sort();
    QCOMPARE(got, (QStringList{QStringLiteral("xml-declaration"), QStringLiteral("xml-element-case"),
                               QStringLiteral("xml-element-case")}));
    QString messages;
    for (const Problem &p : r.warnings)
        messages += p.message + u'\n';
    QVERIFY2(messages.contains(QStringLiteral("<DanhsachTaiLieuNop>")), qPrintable(messages));
    QVERIFY2(messages.contains(QStringLiteral("<DanhsachGiayToKetQua>")), qPrintable(messages));
    QVERIFY2(messages.contains(QStringLiteral("?'>")), qPrintable(messages));
}

void TestExtentDataXml::read_examples_warningsNameTheXmlField() {
    const auto r = ExtentDataXml::read(QString::fromUtf8(kPullNewXml));
    QVERIFY(!r.warnings.isEmpty());
    const FieldSpec &spec = FieldTable::dossier().at(int(DossierField::CertificateExtentData));
    for (const Problem &p : r.warnings) {
        QCOMPARE(p.field, QStringLiteral("CertificateExtentData"));
        QCOMPARE(p.label, spec.label());
        QCOMPARE(p.severity, Severity::Warning);
        QVERIFY(!p.message.isEmpty());
        QVERIFY(!p.code.isEmpty());
    }
    QVERIFY(!hasErrors(r.warnings));
}

void TestExtentDataXml::read_emptyOrBlank_isOkWithoutLists_data() {
    QTest::addColumn<QString>("xml");
    QTest::newRow("null") << QString();
    QTest::newRow("empty") << QStringLiteral("");
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("line breaks and tabs") << QStringLiteral("\r\n\t \n");
}

void TestExtentDataXml::read_emptyOrBlank_isOkWithoutLists() {
    QFETCH(QString, xml);
    const auto r = ExtentDataXml::read(xml);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.error.isEmpty());
    QVERIFY(r.warnings.isEmpty());
    QVERIFY(!r.data.hasDocumentList);
    QVERIFY(!r.data.hasResultList);
    QVERIFY(r.data.documents.isEmpty());
}

void TestExtentDataXml::read_declarations_data() {
    QTest::addColumn<QString>("declaration");
    QTest::addColumn<bool>("warns");
    QTest::newRow("none") << QString() << false;
    QTest::newRow("correct, single quotes")
        << QStringLiteral("<?xml version='1.0' encoding='utf-8'?>") << false;
    QTest::newRow("correct, double quotes")
        << QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>") << false;
    QTest::newRow("correct, standalone") << QStringLiteral("<?xml version='1.0' standalone='yes'?>") << false;
    QTest::newRow("?'> (pull example)") << QStringLiteral("<?xml version='1.0' encoding='utf-8'?'>") << true;
    QTest::newRow("> without ? (push example)")
        << QStringLiteral("<?xml version='1.0' encoding='utf-8'>") << true;
    QTest::newRow("after whitespace") << QStringLiteral("\n  <?xml version='1.0' encoding='utf-8'?>") << true;
}

void TestExtentDataXml::read_declarations() {
    QFETCH(QString, declaration);
    QFETCH(bool, warns);
    const QString xml =
        declaration + QStringLiteral("<ExtentData><DanhSachTaiLieuNop><TaiLieuNop><TenTepDinhKem>a.pdf"
                                     "</TenTepDinhKem></TaiLieuNop></DanhSachTaiLieuNop></ExtentData>");
    const auto r = ExtentDataXml::read(xml);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.data.documents.size(), 1);
    QCOMPARE(codes(r.warnings), warns ? QStringList{QStringLiteral("xml-declaration")} : QStringList());
}

void TestExtentDataXml::read_lowercaseNames_areCanonicalisedWithOneWarningEach() {
    const QString xml = QStringLiteral(
        "<extentdata><DanhsachTaiLieuNop><tailieunop><tentepdinhkem>a.pdf</TenTepDinhKem></TaiLieuNop>"
        "<TaiLieuNop><TENTEPDINHKEM>b.pdf</tentepdinhkem></tailieunop></DanhSachTaiLieuNop>"
        "<DanhSachGiayToKetQua><GiayToKetQua><TenGiayTo>kq.pdf</TenGiayTo></GiayToKetQua>"
        "</DanhsachGiayToKetQua></EXTENTDATA>");
    const auto r = ExtentDataXml::read(xml);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.data.documents.size(), 2);
    QCOMPARE(r.data.documents.at(0).value(docField(DocumentField::TenTepDinhKem)), QStringLiteral("a.pdf"));
    QCOMPARE(r.data.documents.at(1).value(docField(DocumentField::TenTepDinhKem)), QStringLiteral("b.pdf"));
    QCOMPARE(r.data.resultPapers.size(), 1);
    // One warning per distinct spelling: extentdata, DanhsachTaiLieuNop, tailieunop, tentepdinhkem,
    // TENTEPDINHKEM, DanhsachGiayToKetQua, EXTENTDATA.
    QCOMPARE(r.warnings.size(), 7);
    for (const Problem &p : r.warnings)
        QCOMPARE(p.code, QStringLiteral("xml-element-case"));
    QVERIFY(r.data.unknownElements.isEmpty());
}

void TestExtentDataXml::read_canonicalisationLeavesTextAndAttributesAlone() {
    // Names that look like element names inside text, CDATA, comments and attribute values are data.
    const QString xml =
        QStringLiteral("<ExtentData note='&lt;danhsachtailieunop&gt; > x'><!-- <danhsachtailieunop> -->"
                       "<DanhSachTaiLieuNop><TaiLieuNop>"
                       "<TenTepDinhKem>&lt;tentepdinhkem&gt;<![CDATA[<tailieunop>]]></TenTepDinhKem>"
                       "<MaThanhPhanHoSo><?pi <tailieunop>?>tailieunop</MaThanhPhanHoSo>"
                       "</TaiLieuNop></DanhSachTaiLieuNop></ExtentData>");
    const auto r = ExtentDataXml::read(xml);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY2(r.warnings.isEmpty(), qPrintable(codes(r.warnings).join(u',')));
    QCOMPARE(r.data.documents.size(), 1);
    QCOMPARE(r.data.documents.first().value(docField(DocumentField::TenTepDinhKem)),
             QStringLiteral("<tentepdinhkem><tailieunop>"));
    QCOMPARE(r.data.documents.first().value(docField(DocumentField::MaThanhPhanHoSo)),
             QStringLiteral("tailieunop"));
}

void TestExtentDataXml::read_emptyElement_isEmptyStringNotNull() {
    const auto r = ExtentDataXml::read(QString::fromUtf8(kPushNewXml));
    QVERIFY(r.ok);
    const Record &first = r.data.documents.first();
    QVERIFY(first.has(docField(DocumentField::MaThanhPhanHoSo)));
    QVERIFY(!first.value(docField(DocumentField::MaThanhPhanHoSo)).isNull());
    QVERIFY(first.value(docField(DocumentField::MaThanhPhanHoSo)).isEmpty());
    // <X></X> reads the same as <X />.
    const auto r2 = ExtentDataXml::read(QStringLiteral(
        "<ExtentData><DanhSachTaiLieuNop><TaiLieuNop><TepDinhKemId></TepDinhKemId></TaiLieuNop>"
        "</DanhSachTaiLieuNop></ExtentData>"));
    QVERIFY(r2.ok);
    QVERIFY(r2.data.documents.first().has(docField(DocumentField::TepDinhKemId)));
    // A field that is not there stays null.
    QVERIFY(!r2.data.documents.first().has(docField(DocumentField::TenTepDinhKem)));
}

void TestExtentDataXml::read_xsiNil_isNull() {
    const auto r = ExtentDataXml::read(QStringLiteral(
        "<ExtentData xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'><DanhSachTaiLieuNop><TaiLieuNop>"
        "<TepDinhKemId xsi:nil='true' /><MaThanhPhanHoSo /></TaiLieuNop></DanhSachTaiLieuNop></ExtentData>"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!r.data.documents.first().has(docField(DocumentField::TepDinhKemId)));
    QVERIFY(r.data.documents.first().has(docField(DocumentField::MaThanhPhanHoSo)));
}

void TestExtentDataXml::read_unknownChildElement_keptInExtrasWithWarning() {
    const auto r = ExtentDataXml::read(QStringLiteral(
        "<ExtentData><DanhSachTaiLieuNop>"
        "<TaiLieuNop><TenTepDinhKem>a.pdf</TenTepDinhKem><GhiChu>Bản sao có chứng thực</GhiChu></TaiLieuNop>"
        "<TaiLieuNop><TenTepDinhKem>b.pdf</TenTepDinhKem><GhiChu>Bản chính</GhiChu></TaiLieuNop>"
        "</DanhSachTaiLieuNop><DanhSachGiayToKetQua><GiayToKetQua><TenGiayTo>kq.pdf</TenGiayTo>"
        "<SoKyHieu>12/QĐ-UBND</SoKyHieu></GiayToKetQua></DanhSachGiayToKetQua></ExtentData>"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.data.documents.at(0).extras().value(QStringLiteral("GhiChu")).toString(),
             QStringLiteral("Bản sao có chứng thực"));
    QCOMPARE(r.data.documents.at(1).extras().value(QStringLiteral("GhiChu")).toString(),
             QStringLiteral("Bản chính"));
    QCOMPARE(r.data.resultPapers.at(0).extras().value(QStringLiteral("SoKyHieu")).toString(),
             QStringLiteral("12/QĐ-UBND"));
    QCOMPARE(r.data.documents.at(0).value(docField(DocumentField::TenTepDinhKem)), QStringLiteral("a.pdf"));
    // One warning per unknown element name and place, not per occurrence.
    QCOMPARE(codes(r.warnings),
             (QStringList{QStringLiteral("xml-unknown-element"), QStringLiteral("xml-unknown-element")}));
    QVERIFY(r.warnings.first().message.contains(QStringLiteral("<GhiChu>")));
    QVERIFY(r.data.unknownElements.contains(QStringLiteral("GhiChu")));
    QVERIFY(r.data.unknownElements.contains(QStringLiteral("SoKyHieu")));
}

void TestExtentDataXml::read_unknownListAndRootChildren_ignoredWithWarning() {
    const auto r = ExtentDataXml::read(QStringLiteral(
        "<ExtentData><ThongTinKhac><A><B>x</B></A></ThongTinKhac><DanhSachTaiLieuNop><Khac/>"
        "<TaiLieuNop><TenTepDinhKem>a.pdf</TenTepDinhKem></TaiLieuNop></DanhSachTaiLieuNop></ExtentData>"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.data.documents.size(), 1);
    QCOMPARE(codes(r.warnings),
             (QStringList{QStringLiteral("xml-unknown-element"), QStringLiteral("xml-unknown-element")}));
    QCOMPARE(r.data.unknownElements, (QStringList{QStringLiteral("ThongTinKhac"), QStringLiteral("Khac")}));
}

void TestExtentDataXml::read_whitespaceAndCommentsBetweenElements_ignored() {
    const auto r =
        ExtentDataXml::read(QStringLiteral("<?xml version=\"1.0\"?>\n<!-- from DVC -->\n<ExtentData>\n"
                                           "  <DanhSachTaiLieuNop>\n    <TaiLieuNop>\n"
                                           "      <TenTepDinhKem> a b.pdf </TenTepDinhKem>\n"
                                           "    </TaiLieuNop>\n  </DanhSachTaiLieuNop>\n"
                                           "</ExtentData>\n"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.warnings.isEmpty());
    // Values are kept exactly as sent.
    QCOMPARE(r.data.documents.first().value(docField(DocumentField::TenTepDinhKem)),
             QStringLiteral(" a b.pdf "));
}

void TestExtentDataXml::read_missingResultList_hasResultListFalse() {
    const auto r = ExtentDataXml::read(QStringLiteral("<ExtentData><DanhSachTaiLieuNop /></ExtentData>"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.data.hasDocumentList);
    QVERIFY(!r.data.hasResultList);
    QVERIFY(r.data.documents.isEmpty());
}

void TestExtentDataXml::read_refuses_data() {
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("expected"); // a fragment of the error message

    QTest::newRow("doctype") << QStringLiteral("<?xml version='1.0'?>\n<!DOCTYPE ExtentData>\n<ExtentData/>")
                             << QStringLiteral("DTDs are not accepted");
    QTest::newRow("doctype position")
        << QStringLiteral("<?xml version='1.0'?>\n<!DOCTYPE ExtentData>\n<ExtentData/>")
        << QStringLiteral("line 2, column 1");
    QTest::newRow("entity without doctype") << QStringLiteral("<!ENTITY a 'b'><ExtentData/>")
                                            << QStringLiteral("entity declarations are not accepted");
    QTest::newRow("undeclared entity")
        << QStringLiteral("<ExtentData>&nbsp;</ExtentData>") << QStringLiteral("not well-formed");
    QTest::newRow("root is not ExtentData")
        << QStringLiteral("<Dossier><DanhSachTaiLieuNop/></Dossier>") << QStringLiteral("<Dossier>");
    QTest::newRow("prefixed root") << QStringLiteral("<x:ExtentData xmlns:x='urn:x'/>")
                                   << QStringLiteral("<x:ExtentData>");
    QTest::newRow("only a comment") << QStringLiteral("<!-- nothing -->") << QStringLiteral("line");
    QTest::newRow("text only") << QStringLiteral("không phải XML") << QStringLiteral("line 1");
    QTest::newRow("mismatched after canonicalisation")
        << QStringLiteral("<ExtentData><DanhSachTaiLieuNop></DanhSachGiayToKetQua></ExtentData>")
        << QStringLiteral("not well-formed");
    QTest::newRow("unknown element closed in other case")
        << QStringLiteral("<ExtentData><GhiChu>x</ghichu></ExtentData>") << QStringLiteral("not well-formed");
    QTest::newRow("second root") << QStringLiteral("<ExtentData/><ExtentData/>") << QStringLiteral("line 1");
    QTest::newRow("unclosed declaration")
        << QStringLiteral("<?xml version='1.0' <ExtentData/>") << QStringLiteral("not closed");
    QTest::newRow("bad version in a well-formed declaration")
        << QStringLiteral("<?xml version='9.9'?><ExtentData/>") << QStringLiteral("not well-formed");
    QTest::newRow("unquoted attribute")
        << QStringLiteral("<ExtentData a=b/>") << QStringLiteral("not well-formed");
    QTest::newRow("invalid character reference")
        << QStringLiteral("<ExtentData>&#1;</ExtentData>") << QStringLiteral("not well-formed");
    QTest::newRow("surrogate character reference")
        << QStringLiteral("<ExtentData>&#xD800;</ExtentData>") << QStringLiteral("not well-formed");
    QTest::newRow("undeclared prefix")
        << QStringLiteral("<ExtentData><a:b/></ExtentData>") << QStringLiteral("not well-formed");
}

void TestExtentDataXml::read_refuses() {
    QFETCH(QString, xml);
    QFETCH(QString, expected);
    const auto r = ExtentDataXml::read(xml);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    QVERIFY(r.data.documents.isEmpty());
    QVERIFY(!r.data.hasDocumentList);
}

void TestExtentDataXml::read_billionLaughs_refusedQuickly() {
    QString xml = QStringLiteral("<?xml version=\"1.0\"?>\n<!DOCTYPE ExtentData [\n <!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; ++i) {
        QString refs;
        for (int k = 0; k < 10; ++k)
            refs += QStringLiteral("&lol%1;").arg(i - 1);
        xml += QStringLiteral(" <!ENTITY lol%1 \"%2\">\n").arg(i).arg(refs);
    }
    xml.replace(QStringLiteral("&lol0;"), QStringLiteral("&lol;"));
    xml +=
        QStringLiteral("]>\n<ExtentData><DanhSachTaiLieuNop><TaiLieuNop><TenTepDinhKem>&lol9;</TenTepDinhKem>"
                       "</TaiLieuNop></DanhSachTaiLieuNop></ExtentData>");
    QElapsedTimer timer;
    timer.start();
    const auto r = ExtentDataXml::read(xml);
    QVERIFY(timer.elapsed() < QuickMs);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("DTDs are not accepted")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("line 2, column 1")), qPrintable(r.error));
    QVERIFY(r.data.documents.isEmpty());
}

void TestExtentDataXml::read_externalEntity_refusedWithoutReadingFile() {
    const QString xml = QStringLiteral(
        "<?xml version=\"1.0\"?><!DOCTYPE ExtentData [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        "<ExtentData><DanhSachTaiLieuNop><TaiLieuNop><TenTepDinhKem>&xxe;</TenTepDinhKem></TaiLieuNop>"
        "</DanhSachTaiLieuNop></ExtentData>");
    const auto r = ExtentDataXml::read(xml);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("DTDs are not accepted")), qPrintable(r.error));
    QVERIFY(!r.error.contains(QStringLiteral("root:")));
    QVERIFY(r.data.documents.isEmpty());
}

void TestExtentDataXml::read_tenMegabytes_refusedQuickly() {
    const QString xml = QStringLiteral("<ExtentData><DanhSachTaiLieuNop><TaiLieuNop><TenTepDinhKem>") +
                        QString(10 * 1024 * 1024, QChar(u'a')) +
                        QStringLiteral("</TenTepDinhKem></TaiLieuNop></DanhSachTaiLieuNop></ExtentData>");
    QElapsedTimer timer;
    timer.start();
    const auto r = ExtentDataXml::read(xml);
    QVERIFY(timer.elapsed() < QuickMs);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("too large")), qPrintable(r.error));

    // The limit is in UTF-8 bytes: 3 million Vietnamese letters of 3 bytes each are over it.
    const QString wide = QString(3 * 1000 * 1000, QChar(0x1EA1)); // ạ
    const auto r2 =
        ExtentDataXml::read(QString(QStringLiteral("<ExtentData>") + wide + QStringLiteral("</ExtentData>")));
    QVERIFY(!r2.ok);
    QVERIFY2(r2.error.contains(QStringLiteral("too large")), qPrintable(r2.error));

    // Just under the limit is read.
    const QString near = QStringLiteral("<ExtentData><DanhSachTaiLieuNop><TaiLieuNop><TenTepDinhKem>") +
                         QString(ExtentDataXml::MaxInputBytes - 200, QChar(u'b')) +
                         QStringLiteral("</TenTepDinhKem></TaiLieuNop></DanhSachTaiLieuNop></ExtentData>");
    const auto r3 = ExtentDataXml::read(near);
    QVERIFY2(r3.ok, qPrintable(r3.error));
    QCOMPARE(r3.data.documents.first().value(docField(DocumentField::TenTepDinhKem)).size(),
             ExtentDataXml::MaxInputBytes - 200);
}

void TestExtentDataXml::read_tenThousandDeep_refusedQuickly() {
    QString xml = QStringLiteral("<ExtentData><DanhSachTaiLieuNop><TaiLieuNop><TenTepDinhKem>");
    for (int i = 0; i < 10000; ++i)
        xml += QStringLiteral("<a>");
    for (int i = 0; i < 10000; ++i)
        xml += QStringLiteral("</a>");
    xml += QStringLiteral("</TenTepDinhKem></TaiLieuNop></DanhSachTaiLieuNop></ExtentData>");
    QElapsedTimer timer;
    timer.start();
    const auto r = ExtentDataXml::read(xml);
    QVERIFY(timer.elapsed() < QuickMs);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("more than %1 deep").arg(ExtentDataXml::MaxDepth)),
             qPrintable(r.error));

    // Unknown elements are counted too, and exactly MaxDepth is fine.
    QString ok = QStringLiteral("<ExtentData>");
    for (int i = 1; i < ExtentDataXml::MaxDepth; ++i)
        ok += QStringLiteral("<x>");
    for (int i = 1; i < ExtentDataXml::MaxDepth; ++i)
        ok += QStringLiteral("</x>");
    ok += QStringLiteral("</ExtentData>");
    const auto r2 = ExtentDataXml::read(ok);
    QVERIFY2(r2.ok, qPrintable(r2.error));
    const auto r3 = ExtentDataXml::read(
        QString(ok)
            .replace(QStringLiteral("<x>"), QStringLiteral("<x><y/>"))
            .replace(QStringLiteral("<ExtentData>"), QStringLiteral("<ExtentData><x>"))
            .replace(QStringLiteral("</ExtentData>"), QStringLiteral("</x></ExtentData>")));
    QVERIFY(!r3.ok);
}

void TestExtentDataXml::read_tooManyElements_refusedQuickly() {
    // Small elements multiply memory (a Record per <TaiLieuNop/>): their number is bounded, not just bytes.
    QString xml = QStringLiteral("<ExtentData><DanhSachTaiLieuNop>");
    for (int i = 0; i < 200000; ++i)
        xml += QStringLiteral("<TaiLieuNop/>");
    xml += QStringLiteral("</DanhSachTaiLieuNop></ExtentData>");
    QVERIFY(xml.size() < ExtentDataXml::MaxInputBytes);
    QElapsedTimer timer;
    timer.start();
    const auto r = ExtentDataXml::read(xml);
    QVERIFY(timer.elapsed() < QuickMs);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("elements")), qPrintable(r.error));
    QVERIFY(r.data.documents.isEmpty());

    // A thousand documents are fine.
    QString fine = QStringLiteral("<ExtentData><DanhSachTaiLieuNop>");
    for (int i = 0; i < 1000; ++i)
        fine += QStringLiteral("<TaiLieuNop><TenTepDinhKem>%1.pdf</TenTepDinhKem></TaiLieuNop>").arg(i);
    fine += QStringLiteral("</DanhSachTaiLieuNop></ExtentData>");
    const auto r2 = ExtentDataXml::read(fine);
    QVERIFY2(r2.ok, qPrintable(r2.error));
    QCOMPARE(r2.data.documents.size(), 1000);
}

void TestExtentDataXml::read_manyDeviations_warningsAreCapped() {
    QString xml = QStringLiteral("<ExtentData><DanhSachTaiLieuNop><TaiLieuNop>");
    for (int i = 0; i < 500; ++i)
        xml += QStringLiteral("<Khac%1>x</Khac%1>").arg(i);
    xml += QStringLiteral("</TaiLieuNop></DanhSachTaiLieuNop></ExtentData>");
    const auto r = ExtentDataXml::read(xml);
    QVERIFY2(r.ok, qPrintable(r.error));
    // Every value is kept; the officer gets a readable number of warnings, the last saying there are more.
    QCOMPARE(r.data.documents.first().extras().size(), 500);
    QCOMPARE(r.warnings.size(), 101);
    QCOMPARE(r.warnings.last().code, QStringLiteral("xml-more-warnings"));
    QCOMPARE(r.data.unknownElements.size(), 100);
}

void TestExtentDataXml::read_truncatedExample_refusedAtEveryLength() {
    const QString xml = QString::fromUtf8(kPushResultXml);
    QElapsedTimer timer;
    timer.start();
    // Every cut that leaves more than blank text and does not fall after the final ">".
    for (qsizetype n = 1; n < xml.size(); ++n) {
        const auto r = ExtentDataXml::read(QStringView(xml).left(n));
        QVERIFY2(!r.ok, qPrintable(QStringLiteral("accepted a document cut at %1").arg(n)));
        QVERIFY(!r.error.isEmpty());
    }
    QVERIFY(timer.elapsed() < 10 * QuickMs);
    const auto r = ExtentDataXml::read(QStringView(xml).left(xml.size() / 2));
    QVERIFY2(r.error.contains(QStringLiteral("ends before it is complete")), qPrintable(r.error));
}

void TestExtentDataXml::read_binaryGarbage_refused() {
    QRandomGenerator rng(20240601);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 200; ++i) {
        QByteArray bytes(int(rng.bounded(1, 4096)), Qt::Uninitialized);
        for (char &b : bytes)
            b = char(rng.bounded(256));
        const auto r = ExtentDataXml::read(QString::fromUtf8(bytes));
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
    }
    // Garbage made only of characters XML allows.
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    const auto r = ExtentDataXml::read(QString::fromUtf8(png));
    QVERIFY(!r.ok);
    QVERIFY(timer.elapsed() < QuickMs);
}

void TestExtentDataXml::read_invalidCharacter_namesCodePointAndPosition() {
    struct Case {
        QString xml;
        QString expected;
    };
    const QString prefix =
        QStringLiteral("<ExtentData>\n<DanhSachTaiLieuNop><TaiLieuNop>\n<TenTepDinhKem>ab");
    const QString suffix = QStringLiteral("</TenTepDinhKem></TaiLieuNop></DanhSachTaiLieuNop></ExtentData>");
    const QList<Case> cases{
        {prefix + QChar(0xD800) + suffix, QStringLiteral("U+D800")},                 // lone high surrogate
        {prefix + QChar(0xDC00) + QChar(0xD800) + suffix, QStringLiteral("U+DC00")}, // reversed pair
        {prefix + QChar(0x0001) + suffix, QStringLiteral("U+0001")},
        {prefix + QChar(0x0000) + suffix, QStringLiteral("U+0000")},
        {prefix + QChar(0x001B) + suffix, QStringLiteral("U+001B")},
        {prefix + QChar(0xFFFE) + suffix, QStringLiteral("U+FFFE")},
        {prefix + QChar(0xFFFF) + suffix, QStringLiteral("U+FFFF")},
    };
    for (const Case &c : cases) {
        const auto r = ExtentDataXml::read(c.xml);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(c.expected), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("line 3, column 18")), qPrintable(r.error));
    }
    // A valid pair (an emoji) is fine.
    const auto ok = ExtentDataXml::read(QString(prefix + QString::fromUtf8("\xF0\x9F\x98\x80") + suffix));
    QVERIFY2(ok.ok, qPrintable(ok.error));
}

void TestExtentDataXml::write_startsWithDeclarationAndNamespaces() {
    const QString xml = ExtentDataXml::write(ExtentData());
    QVERIFY2(xml.startsWith(QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?><ExtentData "
                                           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                                           "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">")),
             qPrintable(xml));
    QVERIFY(xml.endsWith(QStringLiteral("</ExtentData>")));
}

void TestExtentDataXml::write_emptyData_writesBothListsEmpty() {
    const QString xml = ExtentDataXml::write(ExtentData());
    QVERIFY2(xml.contains(QStringLiteral("<DanhSachTaiLieuNop/><DanhSachGiayToKetQua/></ExtentData>")),
             qPrintable(xml));
    const auto r = ExtentDataXml::read(xml);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.warnings.isEmpty());
    QVERIFY(r.data.hasDocumentList);
    QVERIFY(r.data.hasResultList);
}

void TestExtentDataXml::write_fieldsInTableOrder_emptyWrittenNullSkipped() {
    ExtentData data;
    Record d(FieldTable::submittedDocument());
    d.setValue(docField(DocumentField::MaKetQuaThayThe), QStringLiteral("0"));
    d.setValue(docField(DocumentField::MaThanhPhanHoSo), QStringLiteral(""));
    d.setValue(docField(DocumentField::TenTepDinhKem), QStringLiteral("a.pdf"));
    data.documents << d;
    data.resultPapers << paper({{ResultPaperField::MaGiayToKetQua, QStringLiteral("KQ.1")},
                                {ResultPaperField::TenGiayTo, QStringLiteral("kq.pdf")}});
    const QString xml = ExtentDataXml::write(data);
    QVERIFY2(
        xml.contains(QStringLiteral("<DanhSachTaiLieuNop><TaiLieuNop><TenTepDinhKem>a.pdf</TenTepDinhKem>"
                                    "<MaThanhPhanHoSo/><MaKetQuaThayThe>0</MaKetQuaThayThe></TaiLieuNop>"
                                    "</DanhSachTaiLieuNop><DanhSachGiayToKetQua><GiayToKetQua>"
                                    "<TenGiayTo>kq.pdf</TenGiayTo><MaGiayToKetQua>KQ.1</MaGiayToKetQua>"
                                    "</GiayToKetQua></DanhSachGiayToKetQua>")),
        qPrintable(xml));
    QVERIFY(!xml.contains(QStringLiteral("TepDinhKemId")));
    QVERIFY(!xml.contains(QStringLiteral("GiayToId")));
}

void TestExtentDataXml::write_extrasNotWritten() {
    ExtentData data;
    Record d = document({{DocumentField::TenTepDinhKem, QStringLiteral("a.pdf")}});
    d.setExtra(QStringLiteral("GhiChu"), QJsonValue(QStringLiteral("x")));
    data.documents << d;
    const QString xml = ExtentDataXml::write(data);
    QVERIFY(!xml.contains(QStringLiteral("GhiChu")));
    QVERIFY(xml.contains(QStringLiteral("a.pdf")));
}

void TestExtentDataXml::write_examples_passStrictParse() {
    for (const char *example : {kPushNewXml, kPushResultXml, kPullNewXml}) {
        const auto r = ExtentDataXml::read(QString::fromUtf8(example));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString xml = ExtentDataXml::write(r.data);
        const QString error = strictParseError(xml);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The gateway gets the spelling of the specification, whatever the source used.
        QVERIFY(!xml.contains(QStringLiteral("Danhsach")));
        QVERIFY(!xml.contains(QStringLiteral("?'>")));
    }
}

void TestExtentDataXml::roundTrip_examples_readBackEqual_data() {
    QTest::addColumn<QString>("xml");
    QTest::newRow("push new") << QString::fromUtf8(kPushNewXml);
    QTest::newRow("push result") << QString::fromUtf8(kPushResultXml);
    QTest::newRow("pull new") << QString::fromUtf8(kPullNewXml);
}

void TestExtentDataXml::roundTrip_examples_readBackEqual() {
    QFETCH(QString, xml);
    const auto first = ExtentDataXml::read(xml);
    QVERIFY2(first.ok, qPrintable(first.error));
    const QString written = ExtentDataXml::write(first.data);
    const auto second = ExtentDataXml::read(written);
    QVERIFY2(second.ok, qPrintable(second.error));
    QVERIFY(second.warnings.isEmpty());
    QVERIFY(second.data == first.data);
    QCOMPARE(ExtentDataXml::write(second.data), written);
}

void TestExtentDataXml::writes_examples_trueExactlyForWhatWriteGives_data() {
    roundTrip_examples_readBackEqual_data();
}

void TestExtentDataXml::writes_examples_trueExactlyForWhatWriteGives() {
    QFETCH(QString, xml);
    const auto read = ExtentDataXml::read(xml);
    QVERIFY2(read.ok, qPrintable(read.error));
    const QString written = ExtentDataXml::write(read.data);
    QCOMPARE(ExtentDataXml::writes(read.data, xml), written == xml);
    QVERIFY(ExtentDataXml::writes(read.data, written));
    // A difference anywhere, past the start as well as in it, is seen.
    QString lastChanged = written;
    lastChanged.chop(1);
    QVERIFY(!ExtentDataXml::writes(read.data, lastChanged));
    QVERIFY(!ExtentDataXml::writes(
        read.data, QString(written).replace(QStringLiteral("utf-8"), QStringLiteral("UTF-8"))));
    QVERIFY(!ExtentDataXml::writes(ExtentData(), written));
}

void TestExtentDataXml::writes_emptyData_trueForItsDocumentOnly() {
    const QString written = ExtentDataXml::write(ExtentData());
    QVERIFY(ExtentDataXml::writes(ExtentData(), written));
    QVERIFY(!ExtentDataXml::writes(ExtentData(), QString()));
    QVERIFY(!ExtentDataXml::writes(ExtentData(), QString(written + u' ')));
}

void TestExtentDataXml::roundTrip_specialCharactersAndVietnamese() {
    const QList<QString> values{
        QStringLiteral("a & b < c > d \" e ' f"),
        QStringLiteral("Giấy xác nhận khuyết tật – Nguyễn Thị Ánh Tuyết (bản sao).pdf"),
        QStringLiteral("]]> <![CDATA[ x ]]>"),
        QStringLiteral("&amp; &lt; &#13; &nbsp;"),
        QStringLiteral("  leading and trailing spaces  "),
        QStringLiteral("line\nbreak\r\nand\rreturn\tand tab"),
        QStringLiteral("https://dvcbtxh.molisa.gov.vn/file?a=1&b=2#x"),
        QString::fromUtf8("emoji \xF0\x9F\x98\x80 and \xE2\x80\x8B zero-width"),
        QStringLiteral("<TaiLieuNop><TenTepDinhKem>injected</TenTepDinhKem></TaiLieuNop>"),
        QStringLiteral("%1 %2 %3"),
    };
    ExtentData data;
    for (const QString &v : values) {
        data.documents << document({{DocumentField::TenTepDinhKem, v}, {DocumentField::MaThanhPhanHoSo, v}});
        data.resultPapers << paper({{ResultPaperField::TenGiayTo, v}});
    }
    data.hasDocumentList = true;
    data.hasResultList = true;

    const QString xml = ExtentDataXml::write(data);
    const QString error = strictParseError(xml);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(xml.contains(QStringLiteral("a &amp; b &lt; c &gt; d")));
    QVERIFY(!xml.contains(QStringLiteral("<TaiLieuNop><TenTepDinhKem>injected")));

    const auto r = ExtentDataXml::read(xml);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.warnings.isEmpty());
    QCOMPARE(r.data.documents.size(), values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        QCOMPARE(r.data.documents.at(i).value(docField(DocumentField::TenTepDinhKem)), values.at(i));
        QCOMPARE(r.data.resultPapers.at(i).value(paperField(ResultPaperField::TenGiayTo)), values.at(i));
    }
    QVERIFY(r.data == data);
}

void TestExtentDataXml::write_charactersXmlCannotCarry_replacedAndStillWellFormed() {
    ExtentData data;
    data.documents << document(
        {{DocumentField::TenTepDinhKem,
          QStringLiteral("a") + QChar(0x0001) + QChar(0xD800) + QChar(0xFFFE) + QStringLiteral("b")}});
    const QString xml = ExtentDataXml::write(data);
    const QString error = strictParseError(xml);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const auto r = ExtentDataXml::read(xml);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QChar rc(QChar::ReplacementCharacter);
    QCOMPARE(r.data.documents.first().value(docField(DocumentField::TenTepDinhKem)),
             QStringLiteral("a") + rc + rc + rc + QStringLiteral("b"));
}

namespace {

// A plain document of every kind of field, as write() makes it: the base of the fast path's variants.
QString plainDocument() {
    ExtentData data;
    data.documents << document({{DocumentField::TepDinhKemId, QStringLiteral("42943")},
                                {DocumentField::TenTepDinhKem, QStringLiteral("Tờ khai – bản sao.pdf")},
                                {DocumentField::MaThanhPhanHoSo, QStringLiteral("")}});
    data.documents << document({{DocumentField::TenTepDinhKem, QStringLiteral("b.pdf")}});
    data.resultPapers << paper({{ResultPaperField::TenGiayTo, QStringLiteral("Quyết định")},
                                {ResultPaperField::GiayToId, QStringLiteral("41634")}});
    data.hasDocumentList = data.hasResultList = true;
    return ExtentDataXml::write(data);
}

// The examples and plain documents, with every oddity the fast path must either read exactly as the
// general reader does or leave to it.
QList<std::pair<const char *, QString>> fastPathCases() {
    const QString plain = plainDocument();
    const QString head =
        QStringLiteral("<ExtentData xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                       "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"><DanhSachTaiLieuNop><TaiLieuNop>");
    const QString tail =
        QStringLiteral("</TaiLieuNop></DanhSachTaiLieuNop><DanhSachGiayToKetQua/></ExtentData>");
    auto field = [&](const QString &inside) -> QString { return head + inside + tail; };
    auto name = [&](const QString &text) -> QString {
        return field(QStringLiteral("<TenTepDinhKem>") + text + QStringLiteral("</TenTepDinhKem>"));
    };
    QList<std::pair<const char *, QString>> out{
        {"push new example", QString::fromUtf8(kPushNewXml)},
        {"push result example", QString::fromUtf8(kPushResultXml)},
        {"pull new example", QString::fromUtf8(kPullNewXml)},
        {"written push new", ExtentDataXml::write(ExtentDataXml::read(QString::fromUtf8(kPushNewXml)).data)},
        {"written pull new", ExtentDataXml::write(ExtentDataXml::read(QString::fromUtf8(kPullNewXml)).data)},
        {"plain", plain},
        {"no declaration", plain.mid(plain.indexOf(u"<ExtentData"))},
        {"declaration, double quotes, no encoding", QStringLiteral("<?xml version=\"1.0\"?>") + head + tail},
        {"declaration 1.1", QStringLiteral("<?xml version=\"1.1\"?>") + head + tail},
        {"declaration, standalone",
         QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>") + head + tail},
        {"declaration, latin1",
         QStringLiteral("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>") + head + tail},
        {"malformed declaration", QStringLiteral("<?xml version='1.0' encoding='utf-8'?'>") + head + tail},
        {"declaration after spaces", QStringLiteral("  <?xml version=\"1.0\"?>") + head + tail},
        {"processing instruction", QStringLiteral("<?xml-stylesheet href=\"a\"?>") + head + tail},
        {"byte order mark", QChar(0xFEFF) + head + tail},
        {"empty root", QStringLiteral("<ExtentData/>")},
        {"empty root, open and closed", QStringLiteral("<ExtentData></ExtentData>")},
        {"root with spaces", QStringLiteral("<ExtentData >\n\t</ExtentData >")},
        {"other root", QStringLiteral("<Extent><DanhSachTaiLieuNop/></Extent>")},
        {"lower-case names",
         QStringLiteral("<extentdata><danhsachtailieunop><tailieunop><tentepdinhkem>a"
                        "</TENTEPDINHKEM></tailieunop></danhsachtailieunop></extentdata>")},
        {"empty lists", QStringLiteral("<ExtentData><DanhSachTaiLieuNop></DanhSachTaiLieuNop>"
                                       "<DanhSachGiayToKetQua /></ExtentData>")},
        {"empty items",
         QStringLiteral("<ExtentData><DanhSachTaiLieuNop><TaiLieuNop/><TaiLieuNop></TaiLieuNop>"
                        "</DanhSachTaiLieuNop></ExtentData>")},
        {"list twice", QStringLiteral("<ExtentData><DanhSachTaiLieuNop/><DanhSachTaiLieuNop/></ExtentData>")},
        {"unknown root child", QStringLiteral("<ExtentData><Khac>x</Khac></ExtentData>")},
        {"unknown list child", QStringLiteral("<ExtentData><DanhSachTaiLieuNop><GiayToKetQua/>"
                                              "</DanhSachTaiLieuNop></ExtentData>")},
        {"text in root", QStringLiteral("<ExtentData>x<DanhSachTaiLieuNop/></ExtentData>")},
        {"text in list",
         QStringLiteral("<ExtentData><DanhSachTaiLieuNop> x </DanhSachTaiLieuNop></ExtentData>")},
        {"text in item", field(QStringLiteral("x<TenTepDinhKem>a</TenTepDinhKem>"))},
        {"attribute on a list", QStringLiteral("<ExtentData><DanhSachTaiLieuNop a=\"1\"/></ExtentData>")},
        {"default namespace",
         QStringLiteral("<ExtentData xmlns=\"urn:x\"><DanhSachTaiLieuNop/></ExtentData>")},
        {"other namespace",
         QStringLiteral("<ExtentData xmlns:a=\"urn:x\"><DanhSachTaiLieuNop/></ExtentData>")},
        {"xsi bound elsewhere",
         QStringLiteral("<ExtentData xmlns:xsi=\"urn:x\"><DanhSachTaiLieuNop><TaiLieuNop>"
                        "<TenTepDinhKem xsi:nil=\"true\"/></TaiLieuNop></DanhSachTaiLieuNop></ExtentData>")},
        {"xsi declared twice",
         QStringLiteral("<ExtentData xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"/>")},
        {"attributes not separated",
         QStringLiteral("<ExtentData xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                        "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"/>")},
        {"spaces around =",
         QStringLiteral("<ExtentData xmlns:xsi = \"http://www.w3.org/2001/XMLSchema-instance\"/>")},
        {"nil undeclared",
         QStringLiteral("<ExtentData><DanhSachTaiLieuNop><TaiLieuNop><TenTepDinhKem xsi:nil=\"true\"/>"
                        "</TaiLieuNop></DanhSachTaiLieuNop></ExtentData>")},
        {"nil true, empty", field(QStringLiteral("<TenTepDinhKem xsi:nil=\"true\"/>"))},
        {"nil true, open and closed",
         field(QStringLiteral("<TenTepDinhKem xsi:nil='true'></TenTepDinhKem>"))},
        {"nil true, with text", field(QStringLiteral("<TenTepDinhKem xsi:nil=\"true\">a</TenTepDinhKem>"))},
        {"nil 1", field(QStringLiteral("<TenTepDinhKem xsi:nil=\"1\"/>"))},
        {"nil false", field(QStringLiteral("<TenTepDinhKem xsi:nil=\"false\"/>"))},
        {"nil with a space", field(QStringLiteral("<TenTepDinhKem xsi:nil=\" true\"/>"))},
        {"nil twice", field(QStringLiteral("<TenTepDinhKem xsi:nil=\"true\" xsi:nil=\"true\"/>"))},
        {"other attribute on a field", field(QStringLiteral("<TenTepDinhKem a=\"b\">x</TenTepDinhKem>"))},
        {"entities", name(QStringLiteral("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; >"))},
        {"character references", name(QStringLiteral("&#65;&#x42;&#13;"))},
        {"unknown entity", name(QStringLiteral("&nbsp;"))},
        {"ampersand alone", name(QStringLiteral("a & b"))},
        {"entity without semicolon", name(QStringLiteral("&amp b"))},
        {"cdata end in text", name(QStringLiteral("a ]]> b"))},
        {"brackets in text", name(QStringLiteral("a ]] > ]> b"))},
        {"cdata section", name(QStringLiteral("<![CDATA[a<b]]>"))},
        {"comment in text", name(QStringLiteral("a<!-- c -->b"))},
        {"comment between elements", field(QStringLiteral("<!-- c --><TenTepDinhKem>a</TenTepDinhKem>"))},
        {"carriage return and line feed", name(QStringLiteral("a\r\nb"))},
        {"carriage return", name(QStringLiteral("a\rb"))},
        {"carriage return between elements", field(QStringLiteral("\r\n<TenTepDinhKem>a</TenTepDinhKem>"))},
        {"spaces only", name(QStringLiteral("  \t\n "))},
        {"leading and trailing spaces", name(QStringLiteral("  a b  "))},
        {"vietnamese", name(QStringLiteral("Giấy xác nhận khuyết tật – Nguyễn Thị Ánh Tuyết.pdf"))},
        {"nested element", name(QStringLiteral("a<b>c</b>d"))},
        {"field twice",
         field(QStringLiteral("<TenTepDinhKem>a</TenTepDinhKem><TenTepDinhKem>b</TenTepDinhKem>"))},
        {"unknown field", field(QStringLiteral("<TenKhac>a</TenKhac>"))},
        {"prefixed field", field(QStringLiteral("<xsi:TenTepDinhKem>a</xsi:TenTepDinhKem>"))},
        {"mismatched end tag", field(QStringLiteral("<TenTepDinhKem>a</TepDinhKemId>"))},
        {"space after <", field(QStringLiteral("< TenTepDinhKem>a</TenTepDinhKem>"))},
        {"spaces before >", field(QStringLiteral("<TenTepDinhKem >a</TenTepDinhKem >"))},
        {"unclosed", head + QStringLiteral("<TenTepDinhKem>a")},
        {"spaces and line breaks between elements",
         QStringLiteral("\n<ExtentData>\n\t<DanhSachTaiLieuNop>\n\t\t<TaiLieuNop>\n\t\t\t<TenTepDinhKem>a"
                        "</TenTepDinhKem>\n\t\t</TaiLieuNop>\n\t</DanhSachTaiLieuNop>\n</ExtentData>\n\n")},
        {"text after the root", plain + QStringLiteral("x")},
        {"element after the root", plain + QStringLiteral("<ExtentData/>")},
        {"comment after the root", plain + QStringLiteral("<!-- c -->")},
        {"spaces after the root", plain + QStringLiteral(" \n\t")},
    };
    return out;
}

} // namespace

void TestExtentDataXml::fastPath_plainDocuments_taken() {
    // Without this, every comparison below could pass with the fast path never taken.
    QVERIFY(ExtentDataXmlFastPath::read(plainDocument()).has_value());
    QVERIFY(ExtentDataXmlFastPath::read(QString::fromUtf8(kPushNewXml)).has_value());
    QVERIFY(ExtentDataXmlFastPath::read(
                ExtentDataXml::write(ExtentDataXml::read(QString::fromUtf8(kPullNewXml)).data))
                .has_value());
    QVERIFY(!ExtentDataXmlFastPath::read(QStringLiteral("<ExtentData><Khac/></ExtentData>")).has_value());
}

void TestExtentDataXml::fastPath_sameAsGeneralReader_data() {
    QTest::addColumn<QString>("xml");
    for (const auto &[name, xml] : fastPathCases())
        QTest::newRow(name) << xml;
}

void TestExtentDataXml::fastPath_sameAsGeneralReader() {
    QFETCH(QString, xml);
    const QString difference =
        test::extentReadDifference(ExtentDataXml::read(xml), ExtentDataXml::readGeneral(xml));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestExtentDataXml::fastPath_mutations_sameAsGeneralReader() {
    // Every case cut short at every length, and seeded random edits made of the characters markup is
    // made of.
    const QString alphabet = QStringLiteral("<>/&;\"'= \r\n\t]![?-:xX#");
    QRandomGenerator rng(20261202);
    int compared = 0;
    for (const auto &[name, xml] : fastPathCases()) {
        for (qsizetype n = 0; n <= xml.size(); n += xml.size() > 400 ? 7 : 1) {
            const QString cut = xml.left(n);
            const QString difference =
                test::extentReadDifference(ExtentDataXml::read(cut), ExtentDataXml::readGeneral(cut));
            QVERIFY2(
                difference.isEmpty(),
                qPrintable(
                    QStringLiteral("%1 cut at %2: %3").arg(QLatin1StringView(name)).arg(n).arg(difference)));
            ++compared;
        }
        for (int round = 0; round < 60; ++round) {
            QString mutated = xml;
            for (int edits = 1 + rng.bounded(3); edits > 0 && !mutated.isEmpty(); --edits) {
                const qsizetype at = rng.bounded(int(mutated.size()));
                switch (rng.bounded(3)) {
                case 0:
                    mutated.remove(at, 1 + rng.bounded(3));
                    break;
                case 1:
                    mutated.insert(at, alphabet.at(rng.bounded(int(alphabet.size()))));
                    break;
                default:
                    mutated[at] = alphabet.at(rng.bounded(int(alphabet.size())));
                    break;
                }
            }
            const QString difference =
                test::extentReadDifference(ExtentDataXml::read(mutated), ExtentDataXml::readGeneral(mutated));
            QVERIFY2(
                difference.isEmpty(),
                qPrintable(
                    QStringLiteral("%1 mutated: %2\n%3").arg(QLatin1StringView(name), difference, mutated)));
            ++compared;
        }
    }
    QVERIFY(compared > 5000);
}

QTEST_GUILESS_MAIN(TestExtentDataXml)
#include "tst_extentdataxml.moc"
