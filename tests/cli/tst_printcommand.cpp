// SPDX-License-Identifier: GPL-3.0-or-later
#include "BtxhRun.h"

#include <QFile>
#include <QFileInfo>
#include <QPrinterInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using btxh::test::BtxhRun;

// `btxh print receipt|sheet|book … --pdf FILE`: the real executable on a real database, its PDFs read back
// with pdftotext.
class TestPrintCommand : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    int m_files = 0;

    const QString pushed = QStringLiteral("000.00.15.G07-221209-0001");
    const QString pulled = QStringLiteral("000.00.15.G07-221129-0002");

    static QString spec(const char *name) {
        return QStringLiteral(BTXH_FIXTURES_DIR "/spec/") + QLatin1StringView(name);
    }

    QString pdfPath() { return m_dir.filePath(QStringLiteral("print-%1.pdf").arg(++m_files)); }

    static QString pdfText(const QString &pdf) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        if (!p.waitForFinished(30000))
            return QStringLiteral("<pdftotext did not run>");
        return QString::fromUtf8(p.readAllStandardOutput()).simplified();
    }

    BtxhRun print(const QStringList &args, const QString &lang = QStringLiteral("en"),
                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) {
        return BtxhRun::run(QStringList{QStringLiteral("--lang"), lang, QStringLiteral("print"),
                                        QStringLiteral("--db"), m_db} +
                                args,
                            60000, env);
    }

    // No display and no platform chosen: what a server or a cron job has.
    static QProcessEnvironment headless() {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QLatin1StringView(name));
        return env;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cases.sqlite"));
        const QStringList today{QStringLiteral("--today"), QStringLiteral("27/11/2026")};
        for (const char *file : {"push-dossier.json", "pull-dossiers-response.json"}) {
            const BtxhRun r =
                BtxhRun::onDatabase(QStringLiteral("import"), m_db, QStringList{spec(file)} + today);
            QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
        }
    }

    void receipt_toPdfListsTheDossiersDocuments() {
        const QString pdf = pdfPath();
        const BtxhRun r = print({QStringLiteral("receipt"), pushed, QStringLiteral("--pdf"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Written")), qPrintable(r.err));
        const QString text = pdfText(pdf);
        for (const char *e : {"000.00.15.G07-221209-0001", "NGUYỄN HOÀNG LONG", "122345678889", "0963080289",
                              "lienthong.xlsx", "newmicrosoftworddocument.docx", "08:32 on 08/12/2022",
                              "RECEIPT OF DOSSIER AND APPOINTMENT FOR THE RESULT"})
            QVERIFY2(text.contains(QString::fromUtf8(e)), qPrintable(QString::fromUtf8(e) + u'\n' + text));
    }

    void receipt_inVietnameseByDefaultWithItsToneMarks() {
        const QString pdf = pdfPath();
        const BtxhRun r = BtxhRun::run({QStringLiteral("print"), QStringLiteral("receipt"), pushed,
                                        QStringLiteral("--db"), m_db, QStringLiteral("--pdf"), pdf,
                                        QStringLiteral("--paper"), QStringLiteral("A5")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng")),
                 qPrintable(text));
    }

    void sheet_toPdf() {
        const QString pdf = pdfPath();
        const BtxhRun r = print({QStringLiteral("sheet"), pulled, QStringLiteral("--pdf"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("DOSSIER SHEET")), qPrintable(text));
        QVERIFY(text.contains(pulled));
        QVERIFY(text.contains(QStringLiteral("Permanent residence")));
    }

    void book_takesTheListFilters() {
        const QString pdf = pdfPath();
        BtxhRun r =
            print({QStringLiteral("book"), QStringLiteral("--search"), pulled, QStringLiteral("--pdf"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString text = pdfText(pdf);
        QVERIFY2(text.contains(pulled), qPrintable(text));
        QVERIFY2(!text.contains(pushed), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("DOSSIER TRACKING BOOK")));
        QVERIFY(text.contains(QStringLiteral("Page 1")));

        const QString all = pdfPath();
        r = print({QStringLiteral("book"), QStringLiteral("--pdf"), all});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        text = pdfText(all);
        QVERIFY(text.contains(pulled) && text.contains(pushed));

        r = print({QStringLiteral("book"), QStringLiteral("--from"), QStringLiteral("yesterday"),
                   QStringLiteral("--pdf"), pdfPath()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--from")), qPrintable(r.err));
    }

    void print_worksWithoutADisplayAndTheOtherCommandsStayWithoutGui() {
        const QString pdf = pdfPath();
        BtxhRun r = print({QStringLiteral("receipt"), pushed, QStringLiteral("--pdf"), pdf},
                          QStringLiteral("en"), headless());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(pdfText(pdf).contains(pushed));
        r = BtxhRun::run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("list"),
                          QStringLiteral("--db"), m_db},
                         60000, headless());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(pushed));
    }

    void print_badRequestsSayWhatIsWrong() {
        BtxhRun r = print({QStringLiteral("receipt"), QStringLiteral("000.00.15.G07-000000-9999"),
                           QStringLiteral("--pdf"), pdfPath()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("000.00.15.G07-000000-9999")), qPrintable(r.err));
        r = print({QStringLiteral("poster"), QStringLiteral("--pdf"), pdfPath()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("receipt")), qPrintable(r.err));
        r = print({QStringLiteral("receipt"), QStringLiteral("--pdf"), pdfPath()});
        QCOMPARE(r.exitCode, 2);
        r = print({QStringLiteral("receipt"), pushed, QStringLiteral("--paper"), QStringLiteral("A3"),
                   QStringLiteral("--pdf"), pdfPath()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("A3")), qPrintable(r.err));
        const QString nowhere = m_dir.filePath(QStringLiteral("missing/folder/receipt.pdf"));
        r = print({QStringLiteral("receipt"), pushed, QStringLiteral("--pdf"), nowhere});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("receipt.pdf")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(nowhere));
    }

    void print_withoutAPrinterPointsToPdf() {
        if (!QPrinterInfo::availablePrinters().isEmpty())
            QSKIP("this machine has a printer installed");
        const BtxhRun r = print({QStringLiteral("receipt"), pushed});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(QStringLiteral("No printer")) && r.err.contains(QStringLiteral("--pdf")),
                 qPrintable(r.err));
    }
};

QTEST_MAIN(TestPrintCommand)
#include "tst_printcommand.moc"
