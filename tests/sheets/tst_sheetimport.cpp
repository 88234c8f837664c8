// SPDX-License-Identifier: GPL-3.0-or-later
// Many new dossiers from a sheet in the import template (SheetImport): every row judged before anything is
// stored, each problem naming its row and column; rows with errors stored only as drafts when asked; bad
// files refused with a clear message and nothing stored.
#include "CsvTableWriter.h"
#include "DossierExport.h"
#include "SheetImport.h"
#include "Store.h"
#include "TemplateSheet.h"
#include "TestDossiers.h"
#include "TestStore.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace btxh;

namespace {

const QDate Today(2026, 11, 2);

QString code(int n) {
    return QStringLiteral("000.00.01.G07-261102-%1").arg(n, 4, 10, QChar(u'0'));
}

QByteArray sheet(const QList<test::TemplateRow> &rows, const QStringList &dropColumns = {}) {
    return test::templateCsv(rows, Language::Vietnamese, u',', dropColumns);
}

} // namespace

class TstSheetImport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Store m_store;
    int m_files = 0;

    QString write(const QByteArray &bytes, const QString &suffix = QStringLiteral("csv")) {
        const QString path = m_dir.filePath(QStringLiteral("sheet%1.%2").arg(++m_files).arg(suffix));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }
    SheetImport::Options options() const {
        SheetImport::Options o;
        o.context = ValidationContext::outgoing(Today);
        return o;
    }
    qint64 stored() { return m_store.count(ListFilter()).value_or(-1); }
    QString refusal(const QByteArray &bytes, const QString &suffix = QStringLiteral("csv")) {
        const qint64 before = stored();
        SheetImport s;
        if (s.read(write(bytes, suffix), &m_store, options()))
            return QStringLiteral("(accepted)");
        if (stored() != before)
            return QStringLiteral("(the store changed)");
        return s.error();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("cases.sqlite"))));
        // One dossier already stored: a row with its code is refused.
        const test::TestDossiers data;
        QVERIFY(m_store.apply(test::received(data, 0, 1)));
    }

    void preview_goodBadAndDuplicateRows_thenDraftsOnlyWhenAsked() {
        const QString storedCode = test::TestDossiers::code(0);
        auto zeros = test::goodTemplateRow(code(2));
        zeros[QStringLiteral("MaTinh")] = QStringLiteral("1"); // what Excel makes of "01"
        zeros[QStringLiteral("MaXa")] = QStringLiteral("1");
        auto textDate = test::goodTemplateRow(code(3));
        textDate[QStringLiteral("NgayThangNamSinh")] = QString::fromUtf8("ngày 5 tháng 3 năm 1950");
        auto longName = test::goodTemplateRow(code(4));
        longName[QStringLiteral("HoVaTen")] = QString(251, QChar(u'Ắ'));
        auto fullName = test::goodTemplateRow(code(5));
        fullName[QStringLiteral("HoVaTen")] = QString::fromUtf8("Nguyễn Thị Ánh ").repeated(20).left(250);
        auto repeated = test::goodTemplateRow(code(1));
        repeated[QStringLiteral("HoVaTen")] = QString::fromUtf8("Lê Văn Lặp");
        auto noCode = test::goodTemplateRow(QString());
        const QByteArray bytes = sheet({test::goodTemplateRow(code(1)),
                                        zeros,
                                        textDate,
                                        longName,
                                        fullName,
                                        repeated,
                                        test::goodTemplateRow(storedCode),
                                        {},
                                        noCode});
        const qint64 before = stored();
        SheetImport s;
        QVERIFY2(s.read(write(bytes), &m_store, options()), qPrintable(s.error()));
        QCOMPARE(stored(), before);   // reading stores nothing
        QCOMPARE(s.rows().size(), 8); // the empty line is skipped
        using St = SheetImport::RowState;
        const QList<St> states = {St::Ready, St::Ready,    St::HasErrors, St::HasErrors,
                                  St::Ready, St::Rejected, St::Rejected,  St::Rejected};
        QStringList all;
        for (int i = 0; i < s.rows().size(); ++i)
            for (const Problem &p : s.rows().at(i).problems)
                all << s.describe(s.rows().at(i), p);
        for (int i = 0; i < states.size(); ++i)
            QVERIFY2(s.rows().at(i).state == states.at(i), qPrintable(QString::number(i) + all.join(u'\n')));
        QCOMPARE(s.count(St::Ready), 3);
        QCOMPARE(s.count(St::HasErrors), 2);
        QCOMPARE(s.count(St::Rejected), 3);

        auto said = [&](int row, const QString &code) {
            QStringList lines;
            const SheetImport::Row &r = s.rows().at(row);
            for (const Problem &p : r.problems)
                if (p.code == code)
                    lines << s.describe(r, p);
            return lines.join(u'\n');
        };
        // Each message names the row (file line) and the column (letter and header).
        QCOMPARE(s.rows().at(1).dossier.value(DossierField::MaTinh), QStringLiteral("01"));
        QVERIFY2(
            said(1, QStringLiteral("sheet-leading-zeros")).startsWith(QString::fromUtf8("Row 3, column ")),
            qPrintable(said(1, QStringLiteral("sheet-leading-zeros"))));
        const QString date = said(2, QStringLiteral("sheet-date"));
        QVERIFY2(date.contains(QStringLiteral("Row 4, column K (")) &&
                     date.contains(QString::fromUtf8("Ngày tháng năm sinh")) &&
                     date.contains(QString::fromUtf8("ngày 5 tháng 3")),
                 qPrintable(date));
        const QString length = said(3, QStringLiteral("max-length"));
        QVERIFY2(length.contains(QStringLiteral("Row 5, column J (")) &&
                     length.contains(QString::fromUtf8("Họ và tên")),
                 qPrintable(all.join(u'\n')));
        QCOMPARE(s.rows().at(4).dossier.value(DossierField::HoVaTen).size(), 250);
        QVERIFY2(said(5, QStringLiteral("sheet-duplicate")).contains(QStringLiteral("row 2")),
                 qPrintable(all.join(u'\n')));
        QVERIFY(said(6, QStringLiteral("sheet-stored")).contains(storedCode));
        QVERIFY(said(7, QStringLiteral("sheet-no-code")).startsWith(QStringLiteral("Row 10")));
        // Documents typed as names become the dossier's submitted documents.
        QCOMPARE(s.rows().at(0).dossier.extent.documents.size(), 2);

        QCOMPARE(s.changes(false).local.size(), 3);
        const ChangeSet withDrafts = s.changes(true);
        QCOMPARE(withDrafts.local.size(), 5);
        QVERIFY(m_store.apply(withDrafts));
        QCOMPARE(stored(), before + 5);
        QCOMPARE(m_store.dossier(code(1))->syncState, SyncState::Ready);
        QCOMPARE(m_store.dossier(code(3))->syncState, SyncState::Draft);
        QCOMPARE(m_store.dossier(code(1))->dossier.value(DossierField::HoVaTen),
                 QString::fromUtf8("Trần Thị Bích Ngọc"));
        QCOMPARE(m_store.dossier(code(1))->dossier.value(DossierField::NgayThangNamSinh),
                 QStringLiteral("05/03/1950"));
        QCOMPARE(m_store.dossier(code(1))->dossier.value(DossierField::NgayTiepNhan),
                 QStringLiteral("02/06/2025 08:30:00"));
    }

    void cancel_storesNothing() {
        QList<test::TemplateRow> rows;
        for (int i = 100; i < 1100; ++i)
            rows << test::goodTemplateRow(code(i));
        const QString path = write(sheet(rows));
        const qint64 before = stored();
        SheetImport s;
        SheetImport::Options o = options();
        int calls = 0;
        o.progress = [&calls](qint64 done, qint64 total) {
            ++calls;
            return done < total / 2;
        };
        QVERIFY(!s.read(path, &m_store, o));
        QVERIFY(s.cancelled());
        QVERIFY(calls >= 1);
        QVERIFY(s.rows().isEmpty());
        QVERIFY(s.changes(true).isEmpty());
        QCOMPARE(stored(), before);
    }

    void badFiles_areRefusedNamingRowAndColumn() {
        auto has = [](const QString &said, const char *text) {
            return said.contains(QString::fromUtf8(text));
        };
        QString said = refusal(
            sheet({test::goodTemplateRow(code(20))}, {QStringLiteral("HoVaTen"), QStringLiteral("MaXa")}));
        QVERIFY2(has(said, "Row 1") && has(said, "\"Họ và tên\"") && has(said, "\"Xã xử lý hồ sơ (mã)\""),
                 qPrintable(said));
        said = refusal(QByteArray());
        QVERIFY2(has(said, "empty"), qPrintable(said));
        said = refusal(sheet({}));
        QVERIFY2(has(said, "no dossier rows"), qPrintable(said));
        said = refusal("\xEF\xBB\xBFTên,Tuổi\r\nAn,3\r\n");
        QVERIFY2(has(said, "Row 1 has no column of the import template"), qPrintable(said));
        said = refusal(sheet({test::goodTemplateRow(code(21))}), QStringLiteral("xlsx"));
        QVERIFY2(has(said, "CSV UTF-8"), qPrintable(said));
        QByteArray twice = sheet({test::goodTemplateRow(code(22))});
        twice.replace("\r\n", ",\"Họ và tên\"\r\n");
        said = refusal(twice);
        QVERIFY2(has(said, "Columns J and") && has(said, "Họ và tên"), qPrintable(said));
        QByteArray latin = sheet({test::goodTemplateRow(code(23))});
        latin.replace(QByteArray("Trần"), QByteArray("Tr\xE0n"));
        said = refusal(latin);
        QVERIFY2(has(said, "Line 2") && has(said, "UTF-8"), qPrintable(said));

        // A column that is not a field is named and ignored; a value past the last column is reported.
        QByteArray extra = sheet({test::goodTemplateRow(code(24))});
        extra.replace(QByteArray("\r\n"), QByteArray(",Ghi chú\r\n"));
        SheetImport s;
        QVERIFY2(s.read(write(extra), &m_store, options()), qPrintable(s.error()));
        QCOMPARE(s.fileProblems().size(), 1);
        QVERIFY2(s.fileProblems().first().message.contains(QString::fromUtf8("(Ghi chú)")),
                 qPrintable(s.fileProblems().first().message));
    }

    void hundredThousandRows_areRefusedPastTheLimit() {
        const QByteArray one = sheet({test::goodTemplateRow(code(30))});
        const qsizetype headerEnd = one.indexOf("\r\n") + 2;
        QByteArray bytes = one.left(headerEnd);
        const QByteArray row = one.mid(headerEnd);
        bytes.reserve(headerEnd + row.size() * 100000);
        for (int i = 0; i < 100000; ++i)
            bytes += row;
        const QString said = refusal(bytes);
        QVERIFY2(said.contains(QRegularExpression(QStringLiteral("Row 20,?002 "))) &&
                     said.contains(QRegularExpression(QStringLiteral("20,?000 rows"))),
                 qPrintable(said));
    }

    void exportedCsv_readsBackAsTheTemplate() {
        QTemporaryDir other;
        const QString path = other.filePath(QStringLiteral("list.csv"));
        auto writer = TableWriter::create(TableFormat::Csv, path);
        ListQuery q;
        q.filter.syncStates = {SyncState::Ready};
        const DossierExport::Result r = DossierExport::run(
            m_store, q, 0, *writer, CaseListSheet(CaseListSheet::catalogueNamer(options().context)));
        QVERIFY(r.ok());
        QVERIFY(r.rows >= 3);
        Store fresh;
        QVERIFY(fresh.open(other.filePath(QStringLiteral("fresh.sqlite"))));
        SheetImport s;
        QVERIFY2(s.read(path, &fresh, options()), qPrintable(s.error()));
        QCOMPARE(s.rows().size(), r.rows);
        for (const SheetImport::Row &row : s.rows()) {
            const Dossier original = m_store.dossier(row.dossier.code())->dossier;
            for (const FieldSpec &f : FieldTable::dossier().fields())
                if (f.kind != FieldKind::Xml)
                    QCOMPARE(row.dossier.fields.value(f.id),
                             original.fields.value(f.id).isEmpty() ? QString() : original.fields.value(f.id));
            // Without the documents column, each row is told it lists no document.
            QCOMPARE(row.state, SheetImport::RowState::HasErrors);
        }
    }

    void columnLetters() {
        QCOMPARE(SheetImport::columnLetter(0), QStringLiteral("A"));
        QCOMPARE(SheetImport::columnLetter(25), QStringLiteral("Z"));
        QCOMPARE(SheetImport::columnLetter(26), QStringLiteral("AA"));
        QCOMPARE(SheetImport::columnLetter(701), QStringLiteral("ZZ"));
    }
};

QTEST_GUILESS_MAIN(TstSheetImport)
#include "tst_sheetimport.moc"
