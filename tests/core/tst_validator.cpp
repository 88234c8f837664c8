// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonCodec.h"
#include "PlaceCalendar.h"
#include "SpecFixtures.h"
#include "Validator.h"

#include <QJsonDocument>

using namespace btxh;

// Each validation rule, the specification's own examples judged as sent and as received, and the severity
// rules: strict for what we send, lenient for what we received.
class TestValidator : public QObject {
    Q_OBJECT

    const QDate today{2026, 11, 27};

    static const Problem *find(const Problems &problems, const QString &field, const QString &code) {
        for (const Problem &p : problems)
            if (p.field == field && p.code == code)
                return &p;
        return nullptr;
    }

    static QString dump(const Problems &problems) {
        QStringList lines;
        for (const Problem &p : problems)
            lines << p.field + u' ' + p.code + u' ' + (p.isError() ? u'E' : u'W') + u' ' + p.message;
        return lines.join(u'\n');
    }

    // A new dossier that passes every rule: the base each rule test breaks in one place.
    static Dossier validDossier() {
        Dossier d = readSpecFixture("push-dossier.json").dossiers.first();
        d.setValue(DossierField::HinhThucTra, QStringLiteral("0"));
        d.setValue(DossierField::CMND, QStringLiteral("001080012345")); // Hà Nội, male, 1980
        d.setValue(DossierField::SoDinhDanh, QStringLiteral("001080012345"));
        d.setValue(DossierField::LoaiDinhDanh, QStringLiteral("1"));
        d.setValue(DossierField::NgayThangNamSinh, QStringLiteral("08/12/1980"));
        d.setValue(DossierField::NOHT_MaThon, QStringLiteral("Tổ 1"));
        return d;
    }

    Problems check(const Dossier &d, Direction direction = Direction::Outgoing) const {
        ValidationContext c = direction == Direction::Outgoing ? ValidationContext::outgoing(today)
                                                               : ValidationContext::incoming(today);
        return Validator(c).validate(d);
    }

private Q_SLOTS:
    void validDossier_hasNoProblem() {
        const Problems p = check(validDossier());
        QVERIFY2(p.isEmpty(), qPrintable(dump(p)));
    }

    void pushExample_asSent_flagsTheSourcesOwnInconsistencies() {
        const Problems p = check(readSpecFixture("push-dossier.json").dossiers.first());
        // HinhThucTra holds a date, not 0 or 1.
        const Problem *delivery = find(p, QStringLiteral("HinhThucTra"), QStringLiteral("unknown-code"));
        QVERIFY2(delivery, qPrintable(dump(p)));
        QVERIFY(delivery->isError());
        QCOMPARE(delivery->recordKey, QStringLiteral("000.00.15.G07-221209-0001"));
        QVERIFY(delivery->message.contains(u"08/12/2022 08:33:00"));
        // NOHT_MaThon breaks the table's 10 characters: a warning only, the table's own example does it.
        const Problem *hamlet = find(p, QStringLiteral("NOHT_MaThon"), QStringLiteral("advisory-length"));
        QVERIFY(hamlet && !hamlet->isError());
        // 122... is no province prefix, and its century digit disagrees with the birth year: warnings.
        QVERIFY(find(p, QStringLiteral("CMND"), QStringLiteral("cccd-province")));
        QVERIFY(find(p, QStringLiteral("CMND"), QStringLiteral("cccd-birth-year")));
        QVERIFY(!find(p, QStringLiteral("CMND"), QStringLiteral("cccd-province"))->isError());
    }

    void pushExample_asReceived_hasOnlyWarnings() {
        const Problems p = check(readSpecFixture("push-dossier.json").dossiers.first(), Direction::Incoming);
        QVERIFY(find(p, QStringLiteral("HinhThucTra"), QStringLiteral("unknown-code")));
        QVERIFY2(!hasErrors(p), qPrintable(dump(p)));
    }

    void pullExample_danTocId0_isAWarningWhenReceived() {
        const Payload payload = readSpecFixture("pull-dossiers-response.json");
        const Problems p = check(payload.dossiers.first(), Direction::Incoming);
        const Problem *ethnicity = find(p, QStringLiteral("DanTocId"), QStringLiteral("unknown-code"));
        QVERIFY2(ethnicity, qPrintable(dump(p)));
        QCOMPARE(ethnicity->severity, Severity::Warning);
        QVERIFY2(!hasErrors(p), qPrintable(dump(p)));
        // Sent as is, the same dossier would be refused.
        QVERIFY(hasErrors(check(payload.dossiers.first())));
    }

    void progressExample_deadlineBeforeStart_isAnError() {
        const ProcessingStep s = readSpecFixture("push-progress.json").steps.first();
        const Problems p = Validator(ValidationContext::outgoing(today)).validate(s);
        const Problem *deadline =
            find(p, QStringLiteral("NgayKetThucTheoQuyDinh"), QStringLiteral("deadline-before-start"));
        QVERIFY2(deadline && deadline->isError(), qPrintable(dump(p)));
        QCOMPARE(p.size(), 1);
    }

    void rules_data() {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reportedField");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("isError");
        auto row = [](const char *name, DossierField f, const QString &v, const char *reported,
                      const char *code, bool error) {
            QTest::newRow(name) << int(f) << v << QString::fromLatin1(reported) << QString::fromLatin1(code)
                                << error;
        };
        using F = DossierField;
        row("required name missing", F::HoVaTen, QString(), "HoVaTen", "required", true);
        row("blank is missing", F::HoVaTen, QStringLiteral("   "), "HoVaTen", "required", true);
        row("name too long", F::HoVaTen, QString(251, u'A'), "HoVaTen", "max-length", true);
        row("10 MB name", F::HoVaTen, QString(10 * 1024 * 1024, u'x'), "HoVaTen", "max-length", true);
        row("birth not a date", F::NgayThangNamSinh, QStringLiteral("32/01/1980"), "NgayThangNamSinh",
            "date-format", true);
        row("birth in the future", F::NgayThangNamSinh, QStringLiteral("01/01/2030"), "NgayThangNamSinh",
            "birth-future", true);
        row("birth 1800", F::NgayThangNamSinh, QStringLiteral("01/01/1800"), "NgayThangNamSinh", "date-range",
            true);
        row("issued before birth", F::CMND_NgayCap, QStringLiteral("01/01/1970"), "CMND_NgayCap",
            "issue-before-birth", true);
        row("issued in the future", F::CMND_NgayCap, QStringLiteral("01/01/2027"), "CMND_NgayCap",
            "issue-future", true);
        row("received in the future", F::NgayTiepNhan, QStringLiteral("01/01/2027 08:00:00"), "NgayTiepNhan",
            "received-future", true);
        row("unknown procedure", F::MaTTHC, QStringLiteral("9.999999"), "MaTTHC", "unknown-code", true);
        row("status 12 does not exist", F::StatusId, QStringLiteral("12"), "StatusId", "unknown-code", true);
        row("unknown gender", F::GioiTinhId, QStringLiteral("1036"), "GioiTinhId", "unknown-code", true);
        row("issuer 1246 is absent", F::CMND_NoiCap, QStringLiteral("1246"), "CMND_NoiCap", "unknown-code",
            true);
        row("ethnicity as catalogue id under GSO coding", F::DanTocId, QStringLiteral("82"), "DanTocId",
            "unknown-code", true);
        row("unknown province", F::MaTinh, QStringLiteral("99"), "MaTinh", "unknown-place", true);
        row("district of another province", F::MaHuyen, QStringLiteral("760"), "MaHuyen", "place-parent",
            true);
        row("commune of another district", F::MaXa, QStringLiteral("09889"), "MaXa", "place-parent", true);
        row("residence district elsewhere", F::HKTT_MaHuyen, QStringLiteral("760"), "HKTT_MaHuyen",
            "place-parent", true);
        row("bad dossier code", F::MaHoSo, QStringLiteral("HS-1"), "MaHoSo", "dossier-code", true);
        row("id with letters", F::CMND, QStringLiteral("00108001234X"), "CMND", "personal-id", true);
        row("id 10 digits", F::CMND, QStringLiteral("0010800123"), "CMND", "personal-id", true);
        row("cccd of a woman for a man", F::CMND, QStringLiteral("001180012345"), "CMND", "cccd-gender",
            false);
        row("cccd of another birth year", F::CMND, QStringLiteral("001085012345"), "CMND", "cccd-birth-year",
            false);
        row("phone", F::SoDienThoai, QStringLiteral("12345"), "SoDienThoai", "phone", true);
        row("email", F::Email, QStringLiteral("not-an-address"), "Email", "email", true);
        row("url", F::UrlDetail, QStringLiteral("javascript:alert(1)"), "UrlDetail", "url", true);
        row("identifier kind mismatch", F::SoDinhDanh, QStringLiteral("123456789"), "SoDinhDanh",
            "identifier-number", true);
        row("identifier differs from CMND", F::SoDinhDanh, QStringLiteral("001080099999"), "SoDinhDanh",
            "identifier-mismatch", false);
    }
    void rules() {
        QFETCH(int, field);
        QFETCH(QString, value);
        QFETCH(QString, reportedField);
        QFETCH(QString, code);
        QFETCH(bool, isError);
        Dossier d = validDossier();
        d.fields.setValue(field, value);
        const Problems outgoing = check(d);
        const Problem *p = find(outgoing, reportedField, code);
        QVERIFY2(p, qPrintable(dump(outgoing)));
        QCOMPARE(p->isError(), isError);
        QVERIFY(!p->message.isEmpty());
        QVERIFY(!p->label.isEmpty());
        // Received, the same break is a warning: the data is kept and the officer told.
        const Problems incoming = check(d, Direction::Incoming);
        const Problem *q = find(incoming, reportedField, code);
        QVERIFY(q);
        if (code != u"birth-future" && code != u"issue-future")
            QCOMPARE(q->severity, Severity::Warning);
    }

    void ethnicity_codingIsASetting() {
        Dossier d = validDossier();
        d.setValue(DossierField::DanTocId, QStringLiteral("29")); // Kinh's catalogue Id; GSO 29 is Khơ-mú
        ValidationContext c = ValidationContext::outgoing(today);
        QVERIFY(!find(Validator(c).validate(d), QStringLiteral("DanTocId"), QStringLiteral("unknown-code")));
        d.setValue(DossierField::DanTocId, QStringLiteral("1"));
        c.ethnicity = EthnicityCoding::CatalogueId;
        QVERIFY(find(Validator(c).validate(d), QStringLiteral("DanTocId"), QStringLiteral("unknown-code")));
    }

    void places_2025ListHasNoDistricts() {
        Dossier d = validDossier();
        ValidationContext c = ValidationContext::outgoing(today);
        c.places = GsoList::Units2025;
        d.setValue(DossierField::MaXa, QStringLiteral("00004")); // Phường Ba Đình (2025)
        d.setValue(DossierField::HKTT_MaXa, QStringLiteral("00004"));
        d.setValue(DossierField::NOHT_MaXa, QStringLiteral("00004"));
        for (DossierField f : {DossierField::MaHuyen, DossierField::HKTT_MaHuyen, DossierField::NOHT_MaHuyen})
            d.setValue(f, QString());
        Problems p = Validator(c).validate(d);
        QVERIFY2(!hasErrors(p), qPrintable(dump(p)));
        d.setValue(DossierField::MaTinh, QStringLiteral("79"));
        p = Validator(c).validate(d);
        QVERIFY(find(p, QStringLiteral("MaXa"), QStringLiteral("place-parent")));
    }

    // A Điện Biên dossier (province 11) received on `day`: 2024 codes when `threeLevel`, else 2025 codes.
    static Dossier dienBien(const QDate &day, bool threeLevel) {
        Dossier d = validDossier();
        d.setValue(DossierField::NgayTiepNhan,
                   day.toString(QStringLiteral("dd/MM/yyyy")) + QStringLiteral(" 09:00:00"));
        d.setValue(DossierField::SubmittedDate, d.value(DossierField::NgayTiepNhan));
        for (auto [p, h, x] :
             {std::tuple{DossierField::MaTinh, DossierField::MaHuyen, DossierField::MaXa},
              std::tuple{DossierField::HKTT_MaTinh, DossierField::HKTT_MaHuyen, DossierField::HKTT_MaXa},
              std::tuple{DossierField::NOHT_MaTinh, DossierField::NOHT_MaHuyen, DossierField::NOHT_MaXa}}) {
            d.setValue(p, QStringLiteral("11"));
            d.setValue(h, threeLevel ? QStringLiteral("094") : QString());
            d.setValue(x, QStringLiteral("03127")); // Him Lam before the reform, Điện Biên Phủ after
        }
        return d;
    }

    Problems checkWith(const Dossier &d, const PostReformForm &form,
                       Direction direction = Direction::Outgoing) const {
        ValidationContext c = direction == Direction::Outgoing ? ValidationContext::outgoing(today)
                                                               : ValidationContext::incoming(today);
        c.postReform = form;
        return Validator(c).validate(d);
    }

    void reform_eachSideOfTheDate_readsItsOwnList() {
        const QDate june30(2025, 6, 30), july1(2025, 7, 1);
        // Each kind of dossier is clean on its own side of the date.
        Problems p = check(dienBien(june30, true));
        QVERIFY2(p.isEmpty(), qPrintable(dump(p)));
        p = check(dienBien(july1, false));
        QVERIFY2(p.isEmpty(), qPrintable(dump(p)));

        // A three-level dossier dated 1 July: its MaHuyen has no place in the two-level list.
        p = check(dienBien(july1, true));
        const Problem *district = find(p, QStringLiteral("MaHuyen"), QStringLiteral("district-after-reform"));
        QVERIFY2(district && district->isError(), qPrintable(dump(p)));
        QVERIFY(district->message.contains(u"01/07/2025"));
        QVERIFY(district->message.contains(u"2025"));
        // A two-level dossier dated 30 June: the 2024 list has districts, and MaHuyen is required there.
        p = check(dienBien(june30, false));
        const Problem *missing = find(p, QStringLiteral("MaHuyen"), QStringLiteral("required"));
        QVERIFY2(missing && missing->isError(), qPrintable(dump(p)));
        QVERIFY(missing->message.contains(u"2024"));
        QVERIFY(missing->message.contains(u"30/06/2025"));
    }

    void reform_2024CommuneOn2026Dossier_saysWhichListAndWhatItWas() {
        Dossier d = dienBien(QDate(2026, 8, 15), false);
        d.setValue(DossierField::MaXa, QStringLiteral("03124")); // Phường Noong Bua, gone in 2025
        const Problems p = check(d);
        const Problem *x = find(p, QStringLiteral("MaXa"), QStringLiteral("unknown-place"));
        QVERIFY2(x && x->isError(), qPrintable(dump(p)));
        QVERIFY(x->message.contains(u"Noong Bua"));
        QVERIFY(x->message.contains(u"15/08/2026"));
        QVERIFY(x->message.contains(u"2025"));
        // Received, the same code is a warning and nothing is changed.
        const Problems received = checkWith(d, PostReformForm::twoLevel(), Direction::Incoming);
        QVERIFY(!hasErrors(received));
        QCOMPARE(d.value(DossierField::MaXa), QStringLiteral("03124"));
    }

    void reform_2025CommuneOn2023Dossier_saysTheListCameLater() {
        Dossier d = dienBien(QDate(2023, 3, 10), true);
        d.setValue(DossierField::MaTinh, QStringLiteral("31"));
        d.setValue(DossierField::MaHuyen, QString());
        d.setValue(DossierField::MaXa, QStringLiteral("11948")); // Đặc khu Bạch Long Vĩ, a 2025 code
        const Problems p = check(d);
        const Problem *x = find(p, QStringLiteral("MaXa"), QStringLiteral("unknown-place"));
        QVERIFY2(x && x->isError(), qPrintable(dump(p)));
        QVERIFY(x->message.contains(u"Bạch Long Vĩ"));
        QVERIFY(x->message.contains(u"10/03/2023"));
        QVERIFY(find(p, QStringLiteral("MaHuyen"), QStringLiteral("required")));
    }

    void reform_codeInNeitherList_namesBothLists() {
        Dossier d = dienBien(QDate(2026, 8, 15), false);
        d.setValue(DossierField::MaXa, QStringLiteral("99999"));
        const Problems p = check(d);
        const Problem *x = find(p, QStringLiteral("MaXa"), QStringLiteral("unknown-place"));
        QVERIFY(x);
        QVERIFY2(x->message.contains(PlaceCalendar::listName(GsoList::Units2025)), qPrintable(x->message));
        QVERIFY(x->message.contains(PlaceCalendar::listName(GsoList::Units2024)));
    }

    void reform_mergedAwayProvince_isExplained() {
        Dossier d = dienBien(QDate(2026, 1, 5), false);
        d.setValue(DossierField::MaTinh, QStringLiteral("02")); // Tỉnh Hà Giang, merged in July 2025
        const Problems p = check(d);
        const Problem *x = find(p, QStringLiteral("MaTinh"), QStringLiteral("unknown-place"));
        QVERIFY(x && x->isError());
        QVERIFY(x->message.contains(u"Hà Giang"));
        QVERIFY(x->message.contains(u"05/01/2026"));
    }

    void reform_emptyMaHuyen_isAnErrorOnlyWhereTheProfileDemandsThreeLevels() {
        const Dossier post = dienBien(QDate(2026, 8, 15), false);
        QVERIFY(checkWith(post, PostReformForm::twoLevel()).isEmpty());
        Problems p = checkWith(post, PostReformForm::threeLevel(QString()));
        const Problem *x = find(p, QStringLiteral("MaHuyen"), QStringLiteral("district-not-configured"));
        QVERIFY2(x && x->isError(), qPrintable(dump(p)));
        QVERIFY(x->message.contains(u"endpoint.district"));
        QVERIFY(checkWith(post, PostReformForm::threeLevel(QStringLiteral("094"))).isEmpty());
        // The received side stays lenient.
        QVERIFY(!hasErrors(checkWith(post, PostReformForm::threeLevel(QString()), Direction::Incoming)));
        // A MaHuyen the officer typed that differs from the profile's: a warning, the value kept.
        Dossier typed = post;
        typed.setValue(DossierField::MaHuyen, QStringLiteral("095"));
        p = checkWith(typed, PostReformForm::threeLevel(QStringLiteral("094")));
        const Problem *w = find(p, QStringLiteral("MaHuyen"), QStringLiteral("district-differs"));
        QVERIFY2(w && !w->isError(), qPrintable(dump(p)));
    }

    void finalResult_needsResultPapers() {
        Dossier d = validDossier();
        d.setValue(DossierField::LoaiDuLieu, QStringLiteral("100"));
        QVERIFY(
            find(check(d), QStringLiteral("CertificateExtentData"), QStringLiteral("result-papers-missing")));
        const Dossier result = readSpecFixture("push-result.json").dossiers.first();
        QVERIFY(!find(check(result), QStringLiteral("CertificateExtentData"),
                      QStringLiteral("result-papers-missing")));
    }

    void newDossier_needsSubmittedDocuments() {
        Dossier d = validDossier();
        d.extent.documents.clear();
        QVERIFY(find(check(d), QStringLiteral("CertificateExtentData"), QStringLiteral("documents-missing")));
        d.setValue(DossierField::CertificateExtentData, QString());
        QVERIFY(find(check(d), QStringLiteral("CertificateExtentData"), QStringLiteral("required")));
    }

    void documents_areCheckedOneByOne() {
        Dossier d = validDossier();
        d.extent.documents[1].setValue(int(DocumentField::TenTepDinhKem), QString());
        d.extent.documents[2].setValue(int(DocumentField::DuocSoHoa), QStringLiteral("2"));
        const Problems p = check(d);
        QVERIFY2(find(p, QStringLiteral("CertificateExtentData/TaiLieuNop[2]/TenTepDinhKem"),
                      QStringLiteral("required")),
                 qPrintable(dump(p)));
        QVERIFY(find(p, QStringLiteral("CertificateExtentData/TaiLieuNop[3]/DuocSoHoa"),
                     QStringLiteral("unknown-code")));
    }

    void query_windowMustRunForward() {
        Query q = readSpecFixture("pull-dossiers-query.json").queries.first();
        const Validator v(ValidationContext::outgoing(today));
        QVERIFY(v.validate(q).isEmpty());
        q.setValue(QueryField::ThoiGianKetThuc, QStringLiteral("01/11/2022 00:00:00"));
        QVERIFY(find(v.validate(q), QStringLiteral("ThoiGianKetThuc"), QStringLiteral("window-reversed")));
    }

    void validateField_judgesOneValue() {
        const Validator v(ValidationContext::outgoing(today));
        const FieldSpec &email = FieldTable::dossier().at(int(DossierField::Email));
        QVERIFY(v.validateField(email, QStringLiteral("a@b.vn"), RequiredForNew).isEmpty());
        QCOMPARE(v.validateField(email, QStringLiteral("a@"), RequiredForNew).size(), 1);
        QVERIFY(v.validateField(email, QString(), RequiredForNew).isEmpty()); // optional
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
