// `btxh import-sheet` and `btxh export --format xlsx` run as the real executable on a database file: the
// sheet is judged row by row and nothing is stored without --yes; rows with errors only with --drafts.
#include "BtxhRun.h"
#include "CsvTableWriter.h"
#include "DossierSheet.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace btxh;

namespace {

// Two rows: one the validator accepts, one whose date of birth is text (everything else as the first).
QByteArray twoRows() {
    const QHash<QString, QString> good = {
        {QStringLiteral("LoaiDuLieu"), QStringLiteral("1")},
        {QStringLiteral("MaHoSo"), QStringLiteral("000.00.01.G07-261102-0001")},
        {QStringLiteral("MaLinhVuc"), QStringLiteral("G07-LD03")},
        {QStringLiteral("TenLinhVuc"), QString::fromUtf8("Bảo trợ xã hội")},
        {QStringLiteral("KenhThucHien"), QStringLiteral("1")},
        {QStringLiteral("LoaiDoiTuong"), QStringLiteral("1")},
        {QStringLiteral("HinhThucTra"), QStringLiteral("0")},
        {QStringLiteral("MaTTHC"), QStringLiteral("1.001776")},
        {QStringLiteral("TenTTHC"), QString::fromUtf8("Trợ cấp xã hội hàng tháng")},
        {QStringLiteral("HoVaTen"), QString::fromUtf8("Trần Thị Bích Ngọc")},
        {QStringLiteral("NgayThangNamSinh"), QStringLiteral("05/03/1950")},
        {QStringLiteral("CMND"), QStringLiteral("001150012345")},
        {QStringLiteral("MaTinh"), QStringLiteral("01")},
        {QStringLiteral("MaHuyen"), QStringLiteral("001")},
        {QStringLiteral("MaXa"), QStringLiteral("00001")},
        {QStringLiteral("NgayTiepNhan"), QStringLiteral("02/11/2026 08:30")},
        {QStringLiteral("DonViXuLy"), QString::fromUtf8("UBND Phường Phúc Xá")},
        {QStringLiteral("NoiNopHoSo"), QStringLiteral("2")},
        {QStringLiteral("HoSoCoThanhPhanSoHoa"), QStringLiteral("0")},
        {QStringLiteral("TaiKhoanDuocXacThucVoiVNeID"), QStringLiteral("1")},
        {QStringLiteral("DuocThanhToanTrucTuyen"), QStringLiteral("0")},
        {QStringLiteral("LoaiDinhDanh"), QStringLiteral("1")},
        {QStringLiteral("SoDinhDanh"), QStringLiteral("001150012345")},
        {QStringLiteral("MaCSDL"), QStringLiteral("1")},
        {QStringLiteral("StatusId"), QStringLiteral("2")},
        {QStringLiteral("SubmittedDate"), QStringLiteral("02/11/2026 08:30")},
        {QStringLiteral("CertificateExtentData"), QString::fromUtf8("Tờ khai.pdf")},
    };
    QHash<QString, QString> bad = good;
    bad[QStringLiteral("MaHoSo")] = QStringLiteral("000.00.01.G07-261102-0002");
    bad[QStringLiteral("NgayThangNamSinh")] = QString::fromUtf8("năm 1950");
    QStringList header;
    QList<QStringList> rows(2);
    for (const DossierSheet::Column &c : DossierSheet::columns(true)) {
        header << CsvTableWriter::quoted(DossierSheet::header(c, Language::English));
        rows[0] << CsvTableWriter::quoted(good.value(c.spec->wireName));
        rows[1] << CsvTableWriter::quoted(bad.value(c.spec->wireName));
    }
    // Semicolons, as Excel saves CSV where the decimal mark is a comma.
    return "\xEF\xBB\xBF" + header.join(u';').toUtf8() + "\r\n" + rows[0].join(u';').toUtf8() + "\r\n" +
           rows[1].join(u';').toUtf8() + "\r\n";
}

} // namespace

class TstSheetCommands : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString db() const { return m_dir.filePath(QStringLiteral("cases.sqlite")); }
    int listed() {
        const BtxhRun r = BtxhRun::onDatabase(QStringLiteral("list"), db());
        return r.exitCode == 0 ? int(r.out.count(u'\n')) - 1 : -1;
    }

private Q_SLOTS:
    void importSheet_checksFirst_storesOnlyWithYes_draftsOnlyWhenAsked() {
        const QString sheet = m_dir.filePath(QStringLiteral("new.csv"));
        QFile f(sheet);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(twoRows());
        f.close();
        const QStringList today = {QStringLiteral("--today"), QStringLiteral("02/11/2026")};

        BtxhRun r = BtxhRun::onDatabase(QStringLiteral("import-sheet"), db(), QStringList{sheet} + today);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(
                     QStringLiteral("error: Row 3, column K (Date of birth): \"năm 1950\" is not a date")),
                 qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("2 rows: 1 ready, 1 with errors, 0 cannot be imported.")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("Nothing was stored")));
        QCOMPARE(listed(), 0);

        r = BtxhRun::onDatabase(QStringLiteral("import-sheet"), db(),
                                QStringList{sheet, QStringLiteral("--yes")} + today);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("1 dossier(s) stored.")), qPrintable(r.err));
        QCOMPARE(listed(), 1);

        // Again: the stored one is now refused, the other kept as a draft when asked.
        r = BtxhRun::onDatabase(QStringLiteral("import-sheet"), db(),
                                QStringList{sheet, QStringLiteral("--yes"), QStringLiteral("--drafts")} +
                                    today);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("is already in the database")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("1 dossier(s) stored.")), qPrintable(r.err));
        r = BtxhRun::onDatabase(QStringLiteral("list"), db(),
                                {QStringLiteral("--sync-state"), QStringLiteral("draft")});
        QVERIFY2(r.out.contains(QStringLiteral("000.00.01.G07-261102-0002")), qPrintable(r.out));
    }

    void importSheet_badFile_exits2_andStoresNothing() {
        const QString book = m_dir.filePath(QStringLiteral("book.xlsx"));
        const BtxhRun made =
            BtxhRun::english({QStringLiteral("import-sheet"), QStringLiteral("--template"), book});
        QCOMPARE(made.exitCode, 0);
        const int before = listed();
        const BtxhRun r =
            BtxhRun::onDatabase(QStringLiteral("import-sheet"), db(), {book, QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("CSV UTF-8")), qPrintable(r.err));
        QCOMPARE(listed(), before);
    }
};

QTEST_GUILESS_MAIN(TstSheetCommands)
#include "tst_sheetcommands.moc"
