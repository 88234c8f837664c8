// SPDX-License-Identifier: GPL-3.0-or-later
// The generic table writers (TableWriter: .xlsx and CSV) and the CSV reader: what a report or a list writes
// is read back as Excel would see it (openpyxl for .xlsx, the BOM and quoting for CSV).
#include "CsvReader.h"
#include "TableWriter.h"
#include "XlsxReadBack.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace btxh;

namespace {

QList<TableCell> sampleRow() {
    return {TableCell::text(QStringLiteral("001185012345")), TableCell::date(QDate(2024, 3, 5)),
            TableCell::dateTime(QDateTime(QDate(2024, 3, 5), QTime(14, 30, 15))), TableCell::number(42.5),
            TableCell::text(QString::fromUtf8("Nguyễn Thị Ánh, \"Út\""))};
}

QStringList sampleHeaders() {
    return {QString::fromUtf8("Số CMND/CCCD"), QString::fromUtf8("Ngày tiếp nhận"), QStringLiteral("Lúc"),
            QString::fromUtf8("Số lượng"), QString::fromUtf8("Họ và tên")};
}

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TstTableWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void xlsx_writesTextDatesAndNumbersAsTheirTypes() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.xlsx"));
        auto w = TableWriter::create(TableFormat::Xlsx, path);
        QVERIFY(w->begin(QString::fromUtf8("Báo cáo [3/2024]: quá hạn theo thủ tục"), sampleHeaders()));
        QVERIFY(w->addRow(sampleRow()));
        QVERIFY(w->addRow({TableCell(), TableCell::date(QDate()), TableCell(), TableCell::number(0),
                           TableCell::text(QString())}));
        QVERIFY2(w->commit(), qPrintable(w->errorString()));

        QString error;
        const QJsonObject book = readXlsxBack(path, &error);
        QVERIFY2(!book.isEmpty(), qPrintable(error));
        QCOMPARE(book.value(QStringLiteral("sheets")).toInt(), 1);
        const QString title = book.value(QStringLiteral("title")).toString();
        QVERIFY(title.size() <= 31);
        QVERIFY(!title.contains(u'[') && !title.contains(u':') && !title.contains(u'/'));
        const QJsonArray rows = book.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 3);
        QJsonArray header = rows.at(0).toArray();
        for (int c = 0; c < sampleHeaders().size(); ++c)
            QCOMPARE(header.at(c).toString(), sampleHeaders().at(c));
        const QJsonArray row = rows.at(1).toArray();
        QCOMPARE(row.at(0).toString(), QStringLiteral("001185012345")); // an ID number stays text
        QCOMPARE(row.at(1).toObject().value(QStringLiteral("date")).toString(),
                 QStringLiteral("2024-03-05T00:00:00"));
        QCOMPARE(row.at(1).toObject().value(QStringLiteral("format")).toString(),
                 QStringLiteral("dd/mm/yyyy"));
        QCOMPARE(row.at(2).toObject().value(QStringLiteral("date")).toString(),
                 QStringLiteral("2024-03-05T14:30:15"));
        QCOMPARE(row.at(3).toObject().value(QStringLiteral("number")).toDouble(), 42.5);
        QCOMPARE(row.at(4).toString(), QString::fromUtf8("Nguyễn Thị Ánh, \"Út\""));
        const QJsonArray empty = rows.at(2).toArray();
        QVERIFY(empty.at(0).isNull());
        QVERIFY(empty.at(1).isNull());
        QCOMPARE(empty.at(3).toObject().value(QStringLiteral("number")).toDouble(), 0.0);
        // Nothing else was left in the folder (the partial file and the row files are gone).
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("report.xlsx")});
    }

    void csv_hasBomQuotesAndReadsBack() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.csv"));
        auto w = TableWriter::create(TableFormat::Csv, path);
        QVERIFY(w->begin(QStringLiteral("x"), sampleHeaders()));
        QList<TableCell> row = sampleRow();
        row[4] = TableCell::text(QString::fromUtf8("Thôn 3; xã Ánh Sơn\ndòng hai"));
        QVERIFY(w->addRow(row));
        QVERIFY(w->commit());
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("001185012345,05/03/2024,05/03/2024 14:30:15,42.5,"));

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        CsvReader reader(&f);
        QStringList cells;
        QVERIFY(reader.next(&cells));
        QCOMPARE(cells, sampleHeaders()); // the BOM is not part of the first header
        QVERIFY(reader.next(&cells));
        QCOMPARE(cells.size(), 5);
        QCOMPARE(cells.at(4), QString::fromUtf8("Thôn 3; xã Ánh Sơn\ndòng hai"));
        QVERIFY(!reader.next(&cells));
        QVERIFY(reader.error().isEmpty());
    }

    void cancel_leavesNothingBehind_data() {
        QTest::addColumn<int>("format");
        QTest::newRow("xlsx") << int(TableFormat::Xlsx);
        QTest::newRow("csv") << int(TableFormat::Csv);
    }
    void cancel_leavesNothingBehind() {
        QFETCH(int, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.out"));
        {
            auto w = TableWriter::create(TableFormat(format), path);
            QVERIFY(w->begin(QStringLiteral("x"), sampleHeaders()));
            QVERIFY(w->addRow(sampleRow()));
            w->cancel();
        }
        {
            auto w = TableWriter::create(TableFormat(format), path);
            QVERIFY(w->begin(QStringLiteral("x"), sampleHeaders()));
            QVERIFY(w->addRow(sampleRow())); // dropped without commit
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void commit_replacesAnOldFileOnlyWhenComplete_data() { cancel_leavesNothingBehind_data(); }
    void commit_replacesAnOldFileOnlyWhenComplete() {
        QFETCH(int, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.out"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("yesterday's list");
        old.close();
        auto w = TableWriter::create(TableFormat(format), path);
        QVERIFY(w->begin(QStringLiteral("x"), sampleHeaders()));
        QVERIFY(w->addRow(sampleRow()));
        QCOMPARE(readAll(path), QByteArray("yesterday's list"));
        QVERIFY(w->commit());
        QVERIFY(readAll(path) != QByteArray("yesterday's list"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("list.out")});
    }

    void missingFolder_isRefusedWithItsName() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no-such-folder/list.xlsx"));
        auto x = TableWriter::create(TableFormat::Xlsx, path);
        QVERIFY(!x->begin(QStringLiteral("x"), sampleHeaders()));
        QVERIFY2(x->errorString().contains(QStringLiteral("no-such-folder")), qPrintable(x->errorString()));
        auto c = TableWriter::create(TableFormat::Csv, path);
        QVERIFY(!c->begin(QStringLiteral("x"), sampleHeaders()));
        QVERIFY2(c->errorString().contains(QStringLiteral("list.xlsx")), qPrintable(c->errorString()));
    }

    void formats_byNameAndExtension() {
        QCOMPARE(TableWriter::formatFromName(u"XLSX"), std::optional(TableFormat::Xlsx));
        QCOMPARE(TableWriter::formatForPath(QStringLiteral("/a/b.Csv")), std::optional(TableFormat::Csv));
        QVERIFY(!TableWriter::formatForPath(QStringLiteral("/a/b.pdf")));
    }

    void csvReader_readsSemicolonsTabsAndLf() {
        QByteArray data = "a;b;\"c;d\"\n1;2;3\n";
        QBuffer b(&data);
        QVERIFY(b.open(QIODevice::ReadOnly));
        CsvReader r(&b);
        QStringList cells;
        QVERIFY(r.next(&cells));
        QCOMPARE(r.separator(), QChar(u';'));
        QCOMPARE(cells, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c;d")}));
        QVERIFY(r.next(&cells));
        QCOMPARE(r.line(), 2);
        QByteArray tabs = "a\tb\r\n1\t2\r\n";
        QBuffer t(&tabs);
        QVERIFY(t.open(QIODevice::ReadOnly));
        CsvReader rt(&t);
        QVERIFY(rt.next(&cells));
        QCOMPARE(cells, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void csvReader_refusesNonUtf8AndAnUnclosedQuote_namingTheLine() {
        QByteArray latin = "a,b\n1,\xE0\xFF\n";
        QBuffer b(&latin);
        QVERIFY(b.open(QIODevice::ReadOnly));
        CsvReader r(&b);
        QStringList cells;
        QVERIFY(r.next(&cells));
        QVERIFY(!r.next(&cells));
        QVERIFY2(r.error().contains(QStringLiteral("Line 2")), qPrintable(r.error()));
        QByteArray open = "a,b\n1,\"never closed\n3,4\n";
        QBuffer o(&open);
        QVERIFY(o.open(QIODevice::ReadOnly));
        CsvReader ro(&o);
        QVERIFY(ro.next(&cells));
        QVERIFY(!ro.next(&cells));
        QVERIFY2(ro.error().contains(QStringLiteral("Line 2")), qPrintable(ro.error()));
    }
};

QTEST_GUILESS_MAIN(TstTableWriter)
#include "tst_tablewriter.moc"
