// SPDX-License-Identifier: GPL-3.0-or-later
// `btxh import-sheet` and `btxh export --format xlsx` run as the real executable on a database file: the
// sheet is judged row by row and nothing is stored without --yes; rows with errors only with --drafts.
#include "BtxhRun.h"
#include "TemplateSheet.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using btxh::test::BtxhRun;

using namespace btxh;

namespace {

// Two rows: one the validator accepts, one whose date of birth is text; separated by semicolons, as Excel
// saves CSV where the decimal mark is a comma.
QByteArray twoRows() {
    const test::TemplateRow good = test::goodTemplateRow(QStringLiteral("000.00.01.G07-261102-0001"));
    test::TemplateRow bad = test::goodTemplateRow(QStringLiteral("000.00.01.G07-261102-0002"));
    bad[QStringLiteral("NgayThangNamSinh")] = QString::fromUtf8("năm 1950");
    return test::templateCsv({good, bad}, Language::English, u';');
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
        QVERIFY2(r.err.contains(QStringLiteral("1 dossier stored.")), qPrintable(r.err));
        QCOMPARE(listed(), 1);

        // Again: the stored one is now refused, the other kept as a draft when asked.
        r = BtxhRun::onDatabase(QStringLiteral("import-sheet"), db(),
                                QStringList{sheet, QStringLiteral("--yes"), QStringLiteral("--drafts")} +
                                    today);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("is already in the database")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("1 dossier stored.")), qPrintable(r.err));
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
