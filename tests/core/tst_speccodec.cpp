// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExtentDataXml.h"
#include "JsonCodec.h"
#include "SpecFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QXmlStreamReader>

using namespace btxh;

// Every example payload of the official text reads to the right values, and what we write from it is the
// clean request form the tables ask for.
class TestSpecCodec : public QObject {
    Q_OBJECT

    static QString docValue(const Dossier &d, int i, DocumentField f) {
        return d.extent.documents.at(i).value(int(f));
    }

    static void verifyRequestForm(const QJsonObject &o, const FieldTable &table) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const FieldSpec *spec = table.find(it.key());
            QVERIFY2(spec, qPrintable(it.key()));
            QCOMPARE(it.key(), spec->wireName); // PascalCase exactly as the table
            QVERIFY2(it.value().isString(), qPrintable(it.key()));
            QVERIFY(!spec->pullOnly);
        }
    }

    static void verifyStrictXml(const QString &xml) {
        QXmlStreamReader r(xml);
        while (!r.atEnd())
            r.readNext();
        QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
        QVERIFY(xml.startsWith(u"<?xml version=\"1.0\" encoding=\"utf-8\"?>"));
    }

private Q_SLOTS:
    void pushDossier_readsEveryField() {
        const Payload p = readSpecFixture("push-dossier.json");
        QCOMPARE(p.origin, Payload::Origin::Request);
        QCOMPARE(p.dossiers.size(), 1);
        const Dossier &d = p.dossiers.first();
        QCOMPARE(d.value(DossierField::LoaiDuLieu), QStringLiteral("1")); // a number on the wire
        QVERIFY(!d.isFinalResult());
        QCOMPARE(d.code(), QStringLiteral("000.00.15.G07-221209-0001"));
        QCOMPARE(d.value(DossierField::HoVaTen), QStringLiteral("NGUYỄN HOÀNG LONG"));
        QCOMPARE(d.value(DossierField::CMND_NoiCap), QStringLiteral("1047")); // a number on the wire
        QCOMPARE(d.value(DossierField::HinhThucTra), QStringLiteral("08/12/2022 08:33:00")); // kept as read
        QCOMPARE(d.value(DossierField::HKTT_ChiTiet),
                 QStringLiteral("92 Nguyễn Khánh Toàn - Cầu Giấy - Hà Nội"));
        QCOMPARE(d.value(DossierField::NOHT_MaThon), QStringLiteral("Tổ dân phố 1"));
        QCOMPARE(d.extent.documents.size(), 3);
        QCOMPARE(docValue(d, 0, DocumentField::TepDinhKemId), QStringLiteral("42943"));
        QCOMPARE(docValue(d, 0, DocumentField::TenTepDinhKem), QStringLiteral("lienthong.xlsx"));
        QVERIFY(d.extent.documents.at(0).has(int(DocumentField::MaThanhPhanHoSo))); // <MaThanhPhanHoSo />
        QCOMPARE(docValue(d, 0, DocumentField::MaThanhPhanHoSo), QString());
        QCOMPARE(docValue(d, 2, DocumentField::TepDinhKemId), QStringLiteral("42945"));
        QVERIFY(d.extent.hasResultList);
        QCOMPARE(d.extent.resultPapers.size(), 0);
    }

    void pushResult_readsLeadingSpaceKeyAndResultPaper() {
        const Payload p = readSpecFixture("push-result.json");
        QCOMPARE(p.dossiers.size(), 1);
        const Dossier &d = p.dossiers.first();
        QVERIFY(d.isFinalResult());
        QCOMPARE(d.value(DossierField::NoiNopHoSo), QStringLiteral("2")); // key " NoiNopHoSo"
        QVERIFY(d.fields.extras().isEmpty());
        QCOMPARE(d.extent.documents.size(), 3);
        QCOMPARE(d.extent.resultPapers.size(), 1);
        const Record &paper = d.extent.resultPapers.first();
        QCOMPARE(paper.value(int(ResultPaperField::GiayToId)), QStringLiteral("41634"));
        QCOMPARE(paper.value(int(ResultPaperField::MaGiayToKetQua)), QStringLiteral("KQ.G07.000290"));
        QCOMPARE(paper.value(int(ResultPaperField::TenGiayTo)),
                 QStringLiteral("638061714519808529lienthong.pdf"));
    }

    void pushProgress_readsStep() {
        const Payload p = readSpecFixture("push-progress.json");
        QCOMPARE(p.steps.size(), 1);
        QCOMPARE(p.dossiers.size(), 0);
        const ProcessingStep &s = p.steps.first();
        QCOMPARE(s.value(ProgressField::NguoiXuLy), QStringLiteral("CB Xã La Phù"));
        QCOMPARE(s.value(ProgressField::StatusId), QStringLiteral("2"));
        QVERIFY(!s.has(ProgressField::UseridEdited)); // null
        QCOMPARE(s.value(ProgressField::DateEdited), QStringLiteral("20/12/2022 09:53:00"));
    }

    void pullDossiers_readsMangledKeysAndTenDocuments() {
        const Payload p = readSpecFixture("pull-dossiers-response.json");
        QCOMPARE(p.origin, Payload::Origin::PullResponse);
        QCOMPARE(p.errorCode, 0);
        QCOMPARE(p.message, QStringLiteral("Lấy dữ liệu thành công"));
        QCOMPARE(p.dossiers.size(), 1);
        const Dossier &d = p.dossiers.first();
        QCOMPARE(d.code(), QStringLiteral("000.00.15.G07-221129-0002"));
        QCOMPARE(d.value(DossierField::HoVaTen), QStringLiteral("Phan Thị Bằng"));
        QCOMPARE(d.value(DossierField::CMND), QStringLiteral("001142003354")); // "cmnd"
        QCOMPARE(d.value(DossierField::CMND_NgayCap),
                 QStringLiteral("08/12/2022 00:00:00")); // "cmnD_NgayCap"
        QVERIFY(!d.has(DossierField::CMND_NoiCap));      // null
        QCOMPARE(d.value(DossierField::MaHuyen), QStringLiteral("274"));
        QCOMPARE(d.value(DossierField::HKTT_MaXa), QStringLiteral("09889")); // "hktT_MaXa"
        QCOMPARE(d.value(DossierField::HKTT_ChiTiet), QStringLiteral("Thôn Đầu Tranh"));
        QVERIFY(!d.has(DossierField::NOHT_MaTinh));
        QCOMPARE(d.value(DossierField::DanTocId), QStringLiteral("0"));
        QCOMPARE(d.value(DossierField::SubmittedDate), QStringLiteral("2022-12-09 13:53:25"));
        QCOMPARE(d.extent.documents.size(), 10);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(docValue(d, i, DocumentField::TepDinhKemId), QString::number(42933 + i));
        QVERIFY(docValue(d, 3, DocumentField::TenTepDinhKem).startsWith(u"20221127115120-tokhaimaitang"));
        // The tolerated XML deviations are reported, never silently swallowed.
        bool declarationWarned = false, caseWarned = false;
        for (const Problem &pr : p.problems) {
            QCOMPARE(pr.severity, Severity::Warning);
            declarationWarned |= pr.code == u"xml-declaration";
            caseWarned |= pr.code == u"xml-element-case";
        }
        QVERIFY(declarationWarned);
        QVERIFY(caseWarned);
    }

    void pullResults_readsItsLoaiDuLieu1AsIs() {
        const Payload p = readSpecFixture("pull-results-response.json");
        QCOMPARE(p.dossiers.size(), 1);
        QCOMPARE(p.dossiers.first().value(DossierField::LoaiDuLieu), QStringLiteral("1"));
        QCOMPARE(p.dossiers.first().extent.documents.size(), 10);
    }

    void pullProgress_readsTwoStepsWithPullSpellings() {
        const Payload p = readSpecFixture("pull-progress-response.json");
        QCOMPARE(p.steps.size(), 2);
        QCOMPARE(p.steps.at(0).value(ProgressField::NguoiXuLy), QStringLiteral("CB Xã La Phù")); // nguaiXuLy
        QCOMPARE(p.steps.at(0).value(ProgressField::StatusId), QStringLiteral("1"));             // trangThai
        QCOMPARE(p.steps.at(1).value(ProgressField::StatusId), QStringLiteral("4"));
        QCOMPARE(p.steps.at(1).value(ProgressField::NoiDungXuLy),
                 QStringLiteral("CB Xã La Phù đã chuyển tiếp hồ sơ cho một cửa Huyện"));
        QVERIFY(!p.steps.at(0).has(ProgressField::CertificateType));
        QVERIFY(p.problems.isEmpty());
    }

    void queries_readAsQueries() {
        for (const char *name :
             {"pull-dossiers-query.json", "pull-results-query.json", "pull-progress-query.json"}) {
            const Payload p = readSpecFixture(name);
            QCOMPARE(p.queries.size(), 1);
            QCOMPARE(p.queries.first().value(QueryField::MaTinh), QStringLiteral("01"));
            QCOMPARE(p.queries.first().value(QueryField::MaHuyen), QString(QStringLiteral("")));
            QCOMPARE(p.queries.first().value(QueryField::ThoiGianBatDau),
                     QStringLiteral("01/12/2022 09:53:00"));
        }
    }

    void pushResponse_readsVerdict() {
        const Payload p = readSpecFixture("push-response-ok.json");
        QVERIFY(p.hasResult);
        QCOMPARE(p.errorCode, 0);
        QVERIFY(p.dossiers.isEmpty());
    }

    void requestForm_isWhatTheTablesAsk_data() {
        QTest::addColumn<QString>("fixture");
        for (const char *f :
             {"push-dossier.json", "push-result.json", "pull-dossiers-response.json",
              "pull-results-response.json", "push-progress.json", "pull-progress-response.json"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void requestForm_isWhatTheTablesAsk() {
        QFETCH(QString, fixture);
        const Payload p = readSpecFixture(qPrintable(fixture));
        for (const Dossier &d : p.dossiers) {
            const QJsonObject o = JsonCodec::writeDossier(d);
            verifyRequestForm(o, FieldTable::dossier());
            QVERIFY(!o.contains(QStringLiteral(" NoiNopHoSo")));
            QCOMPARE(o.value(QStringLiteral("NgayThangNamSinh")).toString(), QStringLiteral("08/12/2022"));
            QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d$"))
                        .match(o.value(QStringLiteral("SubmittedDate")).toString())
                        .hasMatch());
            verifyStrictXml(o.value(QStringLiteral("CertificateExtentData")).toString());
        }
        for (const ProcessingStep &s : p.steps) {
            const QJsonObject o = JsonCodec::writeStep(s);
            verifyRequestForm(o, FieldTable::progress());
            QCOMPARE(o.value(QStringLiteral("NguoiXuLy")).toString(), QStringLiteral("CB Xã La Phù"));
        }
    }

    void requestForm_roundTripsToTheSameValues_data() { requestForm_isWhatTheTablesAsk_data(); }
    void requestForm_roundTripsToTheSameValues() {
        QFETCH(QString, fixture);
        const Payload p = readSpecFixture(qPrintable(fixture));
        for (const Dossier &d : p.dossiers) {
            const QJsonObject once = JsonCodec::writeDossier(d);
            Problems problems;
            const Dossier again = JsonCodec::readDossier(once, &problems);
            QVERIFY(problems.isEmpty()); // our own output needs no tolerance
            QCOMPARE(JsonCodec::writeDossier(again), once);
            QCOMPARE(again.extent, d.extent);
            QCOMPARE(again.value(DossierField::HoVaTen), d.value(DossierField::HoVaTen));
        }
        for (const ProcessingStep &s : p.steps) {
            const QJsonObject once = JsonCodec::writeStep(s);
            QCOMPARE(JsonCodec::writeStep(JsonCodec::readStep(once)), once);
        }
    }

    void unknownKeys_surviveARoundTrip() {
        QJsonObject o = QJsonDocument::fromJson(specFixture("push-dossier.json")).object();
        o.insert(QStringLiteral("TruongMoiCuaMayChu"), QStringLiteral("giá trị"));
        o.insert(QStringLiteral("nestedExtra"), QJsonObject{{QStringLiteral("a"), 1}});
        const Dossier d = JsonCodec::readDossier(o);
        QCOMPARE(d.fields.extras().value(QStringLiteral("TruongMoiCuaMayChu")).toString(),
                 QStringLiteral("giá trị"));
        JsonCodec::WriteOptions keep;
        keep.includeUnknownKeys = true;
        const QJsonObject written = JsonCodec::writeDossier(d, keep);
        QCOMPARE(written.value(QStringLiteral("TruongMoiCuaMayChu")).toString(), QStringLiteral("giá trị"));
        QCOMPARE(written.value(QStringLiteral("nestedExtra")).toObject().value(QStringLiteral("a")).toInt(),
                 1);
        const Dossier again = JsonCodec::readDossier(written);
        QCOMPARE(again.fields.extras(), d.fields.extras());
        // The request form sends only the specification's fields.
        QVERIFY(!JsonCodec::writeDossier(d).contains(QStringLiteral("TruongMoiCuaMayChu")));
    }

    void wrongTypes_areKeptAndReported() {
        const QJsonObject o{{QStringLiteral("MaHoSo"), QStringLiteral("000.00.15.G07-221209-0001")},
                            {QStringLiteral("HoVaTen"), QJsonArray{1, 2}},
                            {QStringLiteral("DanTocId"), true},
                            {QStringLiteral("CMND_NoiCap"), 1047.0},
                            {QStringLiteral("LoaiDuLieu"), 1e20},
                            {QStringLiteral("Email"), QJsonObject{{QStringLiteral("x"), 1}}}};
        Problems problems;
        const Dossier d = JsonCodec::readDossier(o, &problems);
        QCOMPARE(d.value(DossierField::HoVaTen), QStringLiteral("[1,2]"));
        QCOMPARE(d.value(DossierField::DanTocId), QStringLiteral("1"));
        QCOMPARE(d.value(DossierField::CMND_NoiCap), QStringLiteral("1047"));
        QCOMPARE(d.value(DossierField::LoaiDuLieu), QStringLiteral("1e+20"));
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).code, QStringLiteral("wrong-type"));
        QCOMPARE(problems.at(0).recordKey, QStringLiteral("000.00.15.G07-221209-0001"));
    }

    void duplicateSpellings_keepTheFirstAndWarn() {
        const QJsonObject o{{QStringLiteral("StatusId"), QStringLiteral("2")},
                            {QStringLiteral("trangThai"), QStringLiteral("4")},
                            {QStringLiteral("MaHoSo"), QStringLiteral("X")}};
        Problems problems;
        const ProcessingStep s = JsonCodec::readStep(o, &problems);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, QStringLiteral("duplicate-key"));
        QVERIFY(s.value(ProgressField::StatusId) == u"2" || s.value(ProgressField::StatusId) == u"4");
    }

    void token_readsMToken() {
        const QJsonObject o = QJsonDocument::fromJson(R"({"access_token": "d32ed548-1", "scope":
            "am_application_scope default", "token_type": "Bearer", "expires_in": 3600})")
                                  .object();
        QString error;
        const std::optional<TokenResponse> t = JsonCodec::readToken(o, &error);
        QVERIFY(t);
        QCOMPARE(t->accessToken, QStringLiteral("d32ed548-1"));
        QCOMPARE(t->expiresInSeconds, 3600);
        QVERIFY(!JsonCodec::readToken(QJsonObject{{QStringLiteral("token_type"), QStringLiteral("Bearer")}},
                                      &error));
        QVERIFY(error.contains(u"access_token"));
    }

    void query_writesEmptyAreaAsEmptyStrings() {
        Query q;
        q.setValue(QueryField::LoaiDuLieu, QStringLiteral("1"));
        q.setValue(QueryField::MaTinh, QStringLiteral("01"));
        q.setWindow(QDateTime(QDate(2022, 12, 1), QTime(9, 53)),
                    QDateTime(QDate(2022, 12, 11), QTime(9, 53)));
        const QJsonObject o = JsonCodec::writeQuery(q);
        QCOMPARE(o.value(QStringLiteral("MaHuyen")).toString(), QString(QStringLiteral("")));
        QVERIFY(o.value(QStringLiteral("MaHuyen")).isString());
        QCOMPARE(o.value(QStringLiteral("ThoiGianBatDau")).toString(), QStringLiteral("01/12/2022 09:53:00"));
        const QJsonObject example = QJsonDocument::fromJson(specFixture("pull-dossiers-query.json")).object();
        QCOMPARE(o, example);
    }
};

QTEST_GUILESS_MAIN(TestSpecCodec)
#include "tst_speccodec.moc"
