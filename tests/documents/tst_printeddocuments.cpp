// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseTiming.h"
#include "ChangeSet.h"
#include "PrintJob.h"
#include "Store.h"
#include "TrackingBook.h"
#include "Translations.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace btxh;
using namespace btxh::documents;

namespace {

const QString Code = QStringLiteral("000.00.15.G07-221209-0001");
const QString Name = QStringLiteral("NGUYỄN HOÀNG LONG");
const QStringList Documents = {QStringLiteral("Tờ khai đề nghị trợ cấp xã hội hằng tháng"),
                               QStringLiteral("Bản sao giấy khai sinh của trẻ em"),
                               QStringLiteral("Giấy xác nhận khuyết tật")};

// Runs a poppler or zbar tool and returns what it printed; fails the test when it could not run.
QString tool(const QString &program, const QStringList &args, int *exitCode = nullptr) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000)) {
        qWarning("%s did not finish (is it installed? see scripts/install-deps.sh)", qPrintable(program));
        return QStringLiteral("<%1 did not run>").arg(program);
    }
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// In the order the page was painted (-raw): a table cell's wrapped lines stay together instead of being
// interleaved with the next cell's.
QString pdfText(const QString &pdf, int page = 0) {
    QStringList args{QStringLiteral("-raw")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << pdf << QStringLiteral("-");
    return tool(QStringLiteral("pdftotext"), args);
}

// Whitespace folded to single spaces: a label wrapped onto two lines still reads as one.
QString folded(const QString &text) {
    return text.simplified();
}

int pdfPages(const QString &pdf) {
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(tool(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pageSize(const QString &pdf) {
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Page size:\\s+([^\\n]+)"))
                                          .match(tool(QStringLiteral("pdfinfo"), {pdf}));
    return m.captured(1);
}

Dossier dossier(const QString &code, const QString &name = Name) {
    Dossier d = Dossier::socialProtection(code);
    const auto set = [&d](DossierField f, const char *v) { d.setValue(f, QString::fromUtf8(v)); };
    d.setValue(DossierField::HinhThucTra, ResultDelivery::AtTheDesk);
    set(DossierField::MaTTHC, "1.001776");
    set(DossierField::TenTTHC, "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng");
    d.setValue(DossierField::HoVaTen, name);
    set(DossierField::NgayThangNamSinh, "08/12/1950");
    d.setValue(DossierField::GioiTinhId, Gender::Male);
    set(DossierField::DanTocId, "1");
    set(DossierField::CMND, "001050012345");
    set(DossierField::MaTinh, "01");
    set(DossierField::MaHuyen, "001");
    set(DossierField::MaXa, "00001");
    set(DossierField::HKTT_MaTinh, "01");
    set(DossierField::HKTT_MaHuyen, "001");
    set(DossierField::HKTT_MaXa, "00001");
    set(DossierField::HKTT_MaThon, "Tổ dân phố 1");
    set(DossierField::HKTT_ChiTiet, "92 Nguyễn Khánh Toàn");
    set(DossierField::SoDienThoai, "0963080289");
    set(DossierField::NgayTiepNhan, "08/12/2022 08:32:35");
    set(DossierField::DonViXuLy, "Phường Phúc Xá, Quận Ba Đình");
    d.setValue(DossierField::StatusId, DossierStatus::Accepted);
    ExtentData extent;
    extent.hasDocumentList = true;
    for (const QString &doc : Documents) {
        Record r(FieldTable::submittedDocument());
        r.setValue(int(DocumentField::TenTepDinhKem), doc);
        r.setValue(int(DocumentField::IsDeleted), Flag::No);
        extent.documents << r;
    }
    Record gone(FieldTable::submittedDocument());
    gone.setValue(int(DocumentField::TenTepDinhKem), QStringLiteral("Tài liệu đã xoá"));
    gone.setValue(int(DocumentField::IsDeleted), Flag::Yes);
    extent.documents << gone;
    d.setExtent(extent);
    return d;
}

ProcessingStep step(const QString &code, const char *at, const char *status, const char *deadline,
                    const char *handler = "Trần Thị Hương") {
    ProcessingStep s;
    s.setValue(ProgressField::MaHoSo, code);
    s.setValue(ProgressField::TaiKhoanXuLy, QStringLiteral("huong.tt"));
    s.setValue(ProgressField::NguoiXuLy, QString::fromUtf8(handler));
    s.setValue(ProgressField::ChucDanh, QStringLiteral("Công chức LĐ-TB&XH"));
    s.setValue(ProgressField::ThoiDiemXuLy, QString::fromUtf8(at));
    s.setValue(ProgressField::NoiDungXuLy, QStringLiteral("Tiếp nhận hồ sơ"));
    s.setValue(ProgressField::StatusId, QString::fromUtf8(status));
    s.setValue(ProgressField::NgayBatDau, QString::fromUtf8(at));
    s.setValue(ProgressField::NgayKetThucTheoQuyDinh, QString::fromUtf8(deadline));
    return s;
}

} // namespace

class TestPrintedDocuments : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Store m_store;
    int m_files = 0;

    PrintContext context() const {
        PrintContext c;
        c.now = QDateTime(QDate(2022, 12, 20), QTime(9, 0));
        c.officer = QStringLiteral("Lê Văn Bình");
        c.office = QStringLiteral("UBND phường Phúc Xá");
        return c;
    }

    QString pdfPath() { return m_dir.filePath(QStringLiteral("out-%1.pdf").arg(++m_files)); }

    void store(const Dossier &d, const QList<ProcessingStep> &steps = {}) {
        ChangeSet changes;
        changes.received << ChangeSet::ReceivedDossier{d, {}};
        for (const ProcessingStep &s : steps)
            changes.receivedSteps << ChangeSet::ReceivedStep{s, {}};
        const auto applied = m_store.apply(changes);
        QVERIFY2(applied, qPrintable(applied.error().message));
    }

    // Prints one dossier's document to a new PDF file and returns its path (empty on failure).
    QString printDossier(PrintJob::Kind kind, const QString &code, Paper paper = Paper::A4) {
        PrintJob job(m_store, context());
        job.setPaper(paper);
        if (const std::optional<StoreError> e = job.loadDossier(kind, code)) {
            qWarning("cannot load %s: %s", qPrintable(code), qPrintable(e->message));
            return {};
        }
        const QString path = pdfPath();
        QString error;
        if (job.writePdf(path, {}, &error) != PrintJob::Outcome::Printed) {
            qWarning("cannot print: %s", qPrintable(error));
            return {};
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const auto opened = m_store.open(m_dir.filePath(QStringLiteral("cases.sqlite")));
        QVERIFY2(opened, qPrintable(opened.error().message));
        store(dossier(Code), {step(Code, "08/12/2022 08:40:00", "2", "22/12/2022 17:00:00")});
    }

    void receipt_hasEveryElement() {
        const QString pdf = printDossier(PrintJob::Kind::Receipt, Code);
        QVERIFY(!pdf.isEmpty());
        QCOMPARE(pdfPages(pdf), 1);
        const QString text = folded(pdfText(pdf));
        const QStringList expected = {
            QStringLiteral("PHƯỜNG PHÚC XÁ, QUẬN BA ĐÌNH"), // the office, tone marks upper-cased too
            Code,
            Name,
            QStringLiteral("001050012345"),
            QStringLiteral(
                "92 Nguyễn Khánh Toàn, Tổ dân phố 1, Phường Phúc Xá"), // the address, from the house up
            QStringLiteral("Ba Đình"),
            QStringLiteral("0963080289"),
            QStringLiteral("Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng"),
            QStringLiteral("08:32 on 08/12/2022"),     // received
            QStringLiteral("returned on: 22/12/2022"), // the appointment: the legal deadline
            QStringLiteral("Trần Thị Hương"),          // the receiving officer: the first step's handler
            QStringLiteral("APPLICANT"),
            QStringLiteral("RECEIVING OFFICER"),
            QStringLiteral("(signature and full name)"),
        };
        for (const QString &e : expected)
            QVERIFY2(text.contains(e), qPrintable(QStringLiteral("missing \"%1\" in: %2").arg(e, text)));
        for (const QString &d : Documents)
            QVERIFY2(text.contains(d), qPrintable(d));
        QVERIFY2(!text.contains(QStringLiteral("Tài liệu đã xoá")), "a deleted document is not listed");
    }

    void receipt_inVietnameseKeepsEveryToneMark() {
        Translations::install(Language::Vietnamese);
        const QString pdf = printDossier(PrintJob::Kind::Receipt, Code);
        Translations::install(Language::English);
        const QString text = folded(pdfText(pdf));
        for (const char *e : {"GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                              "Độc lập - Tự do - Hạnh phúc", "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ",
                              "Họ và tên", "Số điện thoại"})
            QVERIFY2(text.contains(QString::fromUtf8(e)), qPrintable(QString::fromUtf8(e) + u'\n' + text));
    }

    void receipt_qrCodeDecodesToTheDossierCode() {
        const QString pdf = printDossier(PrintJob::Kind::Receipt, Code);
        const QString prefix = m_dir.filePath(QStringLiteral("page"));
        int exit = -1;
        tool(QStringLiteral("pdftoppm"),
             {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"), QStringLiteral("-f"),
              QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"),
              pdf, prefix},
             &exit);
        QCOMPARE(exit, 0);
        const QString decoded =
            tool(QStringLiteral("zbarimg"),
                 {QStringLiteral("--raw"), QStringLiteral("-q"), prefix + QStringLiteral(".png")}, &exit);
        QCOMPARE(exit, 0);
        QCOMPARE(decoded.trimmed(), Code);
    }

    // A dossier received here with no step yet: the appointment is computed from the procedure's processing
    // time (1.001776: 22 working days). Counted by hand from Thursday 08/12/2022: Friday 09/12 is the first
    // day, 16 working days to the end of December, Monday 02/01/2023 is the New Year's day off moved from
    // Sunday, so 03-06/01 and 09-10/01 are the 17th to the 22nd: Tuesday 10/01/2023.
    void receipt_withoutStepsShowsTheComputedAppointment() {
        const QString code = QStringLiteral("000.00.15.G07-221208-0009");
        store(dossier(code));
        QCOMPARE(m_store.dossier(code)->due.source, DeadlineSource::Computed);
        const QString text = folded(pdfText(printDossier(PrintJob::Kind::Receipt, code)));
        QVERIFY2(text.contains(QStringLiteral("returned on: 10/01/2023")), qPrintable(text));
    }

    void receipt_withoutDocumentsSaysSo() {
        const QString code = QStringLiteral("000.00.15.G07-221209-0002");
        Dossier d = dossier(code);
        ExtentData none = d.extent;
        none.documents.clear();
        d.setExtent(none);
        store(d);
        const QString text = folded(pdfText(printDossier(PrintJob::Kind::Receipt, code)));
        QVERIFY2(text.contains(QStringLiteral("No documents were handed in.")), qPrintable(text));
        QVERIFY(!text.contains(Documents.first()));
    }

    void receipt_longNameAndAddressWrapInsteadOfClipping() {
        const QString code = QStringLiteral("000.00.15.G07-221209-0003");
        QString longName;
        while (longName.size() < 250)
            longName += QStringLiteral("NGUYỄN THỊ ");
        longName = longName.left(250).trimmed();
        // An address with no space to break at: it must wrap inside the word.
        const QString longDetail = QString(250, u'Đ');
        Dossier d = dossier(code, longName);
        d.setValue(DossierField::HKTT_ChiTiet, longDetail);
        store(d);
        for (Paper paper : {Paper::A4, Paper::A5}) {
            const QString pdf = printDossier(PrintJob::Kind::Receipt, code, paper);
            QString text = pdfText(pdf);
            text.remove(QRegularExpression(QStringLiteral("\\s")));
            QString name = longName;
            name.remove(u' ');
            QVERIFY2(text.contains(name), "the whole name is printed");
            QVERIFY2(text.contains(longDetail), "the whole address is printed");
        }
    }

    void receipt_missingAndUnreadableDatesAreLeftToFillIn() {
        const QString code = QStringLiteral("000.00.15.G07-221209-0004");
        Dossier d = dossier(code);
        d.setValue(DossierField::NgayTiepNhan, QStringLiteral("31/02/2022 25:00"));
        store(d, {step(code, "", "2", "not a date")});
        const QString text = folded(pdfText(printDossier(PrintJob::Kind::Receipt, code)));
        QVERIFY2(text.contains(QStringLiteral("Received at: 31/02/2022 25:00")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("returned on: ……/……/…………")), qPrintable(text));

        const QString other = QStringLiteral("000.00.15.G07-221209-0005");
        Dossier none = dossier(other);
        none.fields.clear(int(DossierField::NgayTiepNhan));
        store(none);
        const QString blank = folded(pdfText(printDossier(PrintJob::Kind::Receipt, other)));
        QVERIFY2(blank.contains(QStringLiteral("Received at: …………")), qPrintable(blank));
    }

    void receipt_onA5IsAnA5Page() {
        QVERIFY(pageSize(printDossier(PrintJob::Kind::Receipt, Code, Paper::A5))
                    .contains(QStringLiteral("(A5)")));
        QVERIFY(pageSize(printDossier(PrintJob::Kind::Receipt, Code, Paper::A4))
                    .contains(QStringLiteral("(A4)")));
    }

    void receipt_unknownDossierIsNotFound() {
        PrintJob job(m_store, context());
        const std::optional<StoreError> e = job.loadDossier(PrintJob::Kind::Receipt, QStringLiteral("nope"));
        QVERIFY(e);
        QCOMPARE(e->kind, StoreError::Kind::NotFound);
    }

    void sheet_hasEveryFieldBySectionTheDocumentsAndTheSteps() {
        const QString code = QStringLiteral("000.00.15.G07-221209-0006");
        Dossier d = dossier(code);
        ExtentData extent = d.extent;
        extent.hasResultList = true;
        Record paper(FieldTable::resultPaper());
        paper.setValue(int(ResultPaperField::TenGiayTo),
                       QStringLiteral("Quyết định hưởng trợ cấp số 12/QĐ-UBND"));
        extent.resultPapers << paper;
        d.setExtent(extent);
        d.setValue(DossierField::StatusId, DossierStatus::NotAccepted);
        store(d, {step(code, "08/12/2022 08:40:00", "2", "22/12/2022 17:00:00"),
                  step(code, "21/12/2022 10:00:00", "3", "22/12/2022 17:00:00", "Phạm Văn Đức")});
        const QString pdf = printDossier(PrintJob::Kind::Sheet, code);
        const QString text = folded(pdfText(pdf));
        for (const FieldSpec &spec : FieldTable::dossier().fields())
            if (spec.kind != FieldKind::Xml)
                QVERIFY2(text.contains(folded(spec.label())), qPrintable(spec.wireName + u'\n' + text));
        for (const char *e : {"Procedure", "Applicant", "Identity papers", "Permanent residence", "Contact",
                              "Reception and handling", "Documents handed in", "Result papers", "Processing"})
            QVERIFY2(text.contains(QLatin1StringView(e)), e);
        for (const QString &doc : Documents)
            QVERIFY2(text.contains(doc), qPrintable(doc));
        QVERIFY(text.contains(QStringLiteral("Quyết định hưởng trợ cấp số 12/QĐ-UBND")));
        QVERIFY(text.contains(QStringLiteral("Phạm Văn Đức")));
        QVERIFY(text.contains(QStringLiteral("21/12/2022 10:00")));
        QVERIFY2(text.contains(QStringLiteral("On time or late: on time")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Page 1 of")), qPrintable(text));
    }

    // 1,000 rows: the column header and the page number on every page, every dossier once.
    void book_repeatsItsHeaderOnEveryPageWithPageNumbers() {
        Store big;
        QVERIFY(big.open(m_dir.filePath(QStringLiteral("book.sqlite"))));
        ChangeSet changes;
        for (int i = 0; i < 1000; ++i) {
            const QString code = QStringLiteral("000.00.15.G07-2212%1-%2")
                                     .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                                     .arg(i, 4, 10, QLatin1Char('0'));
            Dossier d = dossier(code, QStringLiteral("Hoàng Văn Thụ %1").arg(i));
            d.setValue(DossierField::NgayTiepNhan,
                       QStringLiteral("%1/12/2022 08:00:00").arg(i % 28 + 1, 2, 10, QLatin1Char('0')));
            if (i == 7) // wraps over several lines
                d.setValue(DossierField::HKTT_ChiTiet, QString(250, u'Ư'));
            changes.received << ChangeSet::ReceivedDossier{d, {}};
        }
        QVERIFY(big.apply(changes));
        PrintJob job(big, context());
        ListQuery query;
        query.sortColumn = QStringLiteral("MaHoSo");
        query.descending = false;
        job.setBook(query, 0, PrintJob::describe(query.filter, context()));
        const QString pdf = pdfPath();
        QString error;
        qint64 last = 0, total = 0;
        QCOMPARE(job.writePdf(
                     pdf,
                     [&](qint64 done, qint64 all) {
                         last = done;
                         total = all;
                         return true;
                     },
                     &error),
                 PrintJob::Outcome::Printed);
        QCOMPARE(last, 1000);
        QCOMPARE(total, 1000);
        const int pages = pdfPages(pdf);
        QVERIFY2(pages > 10, qPrintable(QString::number(pages)));
        QString all;
        for (int page = 1; page <= pages; ++page) {
            const QString text = folded(pdfText(pdf, page));
            for (const QString &title : TrackingBook::columnTitles())
                QVERIFY2(text.contains(title),
                         qPrintable(QStringLiteral("page %1 lacks %2").arg(page).arg(title)));
            QVERIFY2(text.contains(QStringLiteral("Page %1").arg(page)), qPrintable(QString::number(page)));
            all += text;
        }
        QVERIFY(all.contains(QStringLiteral("DOSSIER TRACKING BOOK")));
        for (int i : {0, 1, 499, 999})
            QVERIFY2(all.contains(QStringLiteral("Hoàng Văn Thụ %1 ").arg(i)),
                     qPrintable(QString::number(i)));
        QString compact = all;
        compact.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(compact.contains(QString(250, u'Ư')), "a long address wraps whole");
    }

    void book_followsTheFilter() {
        PrintJob job(m_store, context());
        ListQuery query;
        query.filter.search = QStringLiteral("000.00.15.G07-221209-0004");
        job.setBook(query, 0, PrintJob::describe(query.filter, context()));
        const QString pdf = pdfPath();
        QString error;
        QCOMPARE(job.writePdf(pdf, {}, &error), PrintJob::Outcome::Printed);
        const QString text = folded(pdfText(pdf));
        QVERIFY2(text.contains(QStringLiteral("000.00.15.G07-221209-0004")), qPrintable(text));
        QVERIFY2(!text.contains(Code), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("search \"000.00.15.G07-221209-0004\"")));
        QVERIFY(text.contains(QStringLiteral("1 dossier")));
    }

    void book_cancelledLeavesNoFile() {
        PrintJob job(m_store, context());
        job.setBook(ListQuery(), 0, QString());
        const QString pdf = pdfPath();
        QFile old(pdf);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an earlier file");
        old.close();
        QString error;
        QCOMPARE(job.writePdf(
                     pdf, [](qint64 done, qint64) { return done < 2; }, &error),
                 PrintJob::Outcome::Cancelled);
        QFile kept(pdf);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("an earlier file"));
    }

    void pdf_unwritablePlaceFailsWithAMessage() {
        PrintJob job(m_store, context());
        QVERIFY(!job.loadDossier(PrintJob::Kind::Receipt, Code));
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/receipt.pdf"));
        QString error;
        QCOMPARE(job.writePdf(path, {}, &error), PrintJob::Outcome::Failed);
        QVERIFY2(error.contains(QStringLiteral("receipt.pdf")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
    }

    void timing_takesTheStoresDeadlineJudgedByDay() {
        DossierDeadline d;
        d.due = QDate(2022, 12, 22);
        d.source = DeadlineSource::Gateway;
        d.finished = true;
        d.finishedOn = d.due;
        const QDate today(2022, 12, 30);
        const CaseTiming onTime = CaseTiming::of(d, today);
        QCOMPARE(onTime.outcome, DeadlineOutcome::OnTime);
        QCOMPARE(onTime.due, d.due);
        QCOMPARE(onTime.finished, d.due);
        QCOMPARE(onTime.source, DeadlineSource::Gateway);
        d.finishedOn = d.due.addDays(1);
        QCOMPARE(CaseTiming::of(d, today).outcome, DeadlineOutcome::Late);
        d.finished = false;
        d.finishedOn = QDate();
        QCOMPARE(CaseTiming::of(d, today).outcome, DeadlineOutcome::Overdue);
        QVERIFY(!CaseTiming::of(d, today).finished.isValid());
        QCOMPARE(CaseTiming::of(d, d.due).outcome, DeadlineOutcome::WithinDeadline);
        const CaseTiming none = CaseTiming::of(DossierDeadline(), today);
        QCOMPARE(none.outcome, DeadlineOutcome::Undetermined);
        QVERIFY(none.label().isEmpty());
        QVERIFY(!onTime.label().isEmpty());
    }
};

QTEST_MAIN(TestPrintedDocuments)
#include "tst_printeddocuments.moc"
