// SPDX-License-Identifier: GPL-3.0-or-later
// The case list to .xlsx and CSV (DossierExport, CaseListSheet), read back and compared cell by cell with
// what the store holds: every field in the field table's order, codes with their names, dates as real dates.
#include "CsvReader.h"
#include "DossierExport.h"
#include "Store.h"
#include "TestDossiers.h"
#include "TestStore.h"
#include "WireDate.h"
#include "XlsxReadBack.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace btxh;

namespace {

constexpr int DossierCount = 1100; // more than two pages of the export's reading

ListQuery byCode() {
    ListQuery q;
    q.sortColumn = QStringLiteral("MaHoSo");
    q.descending = false;
    return q;
}

ValidationContext naming() {
    return ValidationContext::outgoing(QDate(2026, 1, 1));
}

// What a cell should hold for the stored value, as a JSON value like the read-back's; `csv` for CSV text.
QJsonValue expectedCell(const CaseListSheet::Column &column, const StoredDossier &stored, bool csv) {
    const CaseListSheet::Namer names = CaseListSheet::catalogueNamer(naming());
    switch (column.role) {
    case CaseListSheet::Column::Role::Value: {
        const QString value = stored.dossier.fields.value(column.spec->id);
        if (value.isEmpty())
            return csv ? QJsonValue(QString()) : QJsonValue();
        const bool dated = column.spec->kind == FieldKind::Date || column.spec->kind == FieldKind::DateTime;
        const WireDate::Parsed p = WireDate::parse(value);
        if (!dated || !p.isValid())
            return value;
        if (csv)
            return column.spec->kind == FieldKind::Date ? WireDate::formatDate(p.date)
                                                        : WireDate::formatDateTime(p.dateTime());
        const QDateTime at =
            column.spec->kind == FieldKind::Date ? QDateTime(p.date, QTime(0, 0)) : p.dateTime();
        return QJsonObject{{QStringLiteral("date"), at.toString(Qt::ISODate)}};
    }
    case CaseListSheet::Column::Role::Name: {
        const QString value = stored.dossier.fields.value(column.spec->id);
        const QString name = value.isEmpty() ? QString() : names(*column.spec, value, stored.dossier.fields);
        return name.isEmpty() && !csv ? QJsonValue() : QJsonValue(name);
    }
    case CaseListSheet::Column::Role::SyncState:
        return syncStateLabel(stored.syncState);
    case CaseListSheet::Column::Role::Documents:
    case CaseListSheet::Column::Role::Deadline:
        break;
    }
    return QJsonValue(QJsonValue::Undefined); // not compared
}

} // namespace

class TstDossierExport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Store m_store;
    QString m_longName;

    QString exportTo(TableFormat format, const ListQuery &query, DossierExport::Result *result = nullptr,
                     const DossierExport::Progress &progress = {}) {
        const QString path = m_dir.filePath(format == TableFormat::Xlsx ? QStringLiteral("list.xlsx")
                                                                        : QStringLiteral("list.csv"));
        auto writer = TableWriter::create(format, path);
        const CaseListSheet sheet(CaseListSheet::catalogueNamer(naming()));
        const DossierExport::Result r = DossierExport::run(m_store, query, 0, *writer, sheet, progress);
        if (result)
            *result = r;
        return path;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const auto opened = m_store.open(m_dir.filePath(QStringLiteral("cases.sqlite")));
        QVERIFY2(opened, qPrintable(opened.error().message));
        const test::TestDossiers data;
        ChangeSet changes = test::received(data, 0, DossierCount);
        // A name of exactly the 250 characters the field allows, with every tone mark.
        m_longName = QString::fromUtf8("Nguyễn Thị Ánh Hồng Đức Quỳnh Ưng Ợ ").repeated(8).left(250);
        changes.received[7].dossier.setValue(DossierField::HoVaTen, m_longName);
        QVERIFY(m_store.apply(changes));
    }

    void xlsx_matchesTheStoreCellByCell() {
        DossierExport::Result result;
        const QString path = exportTo(TableFormat::Xlsx, byCode(), &result);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.rows, DossierCount);
        QString error;
        const QJsonObject book = readXlsxBack(path, &error);
        QVERIFY2(!book.isEmpty(), qPrintable(error));
        const QJsonArray rows = book.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), DossierCount + 1);
        const QList<CaseListSheet::Column> columns = CaseListSheet::columns();
        const QStringList headers = CaseListSheet::headers(false);
        const QJsonArray header = rows.at(0).toArray();
        QCOMPARE(header.size(), headers.size());
        for (int c = 0; c < headers.size(); ++c)
            QCOMPARE(header.at(c).toString(), headers.at(c));
        QVERIFY(headers.contains(QString::fromUtf8("Giới tính (mã)")));
        QCOMPARE(headers.indexOf(QString::fromUtf8("Giới tính")),
                 headers.indexOf(QString::fromUtf8("Giới tính (mã)")) + 1);

        const int codeColumn = int(headers.indexOf(QString::fromUtf8("Mã hồ sơ")));
        QVERIFY(codeColumn >= 0);
        bool sawLongName = false;
        QString previous;
        for (int r = 1; r < rows.size(); ++r) {
            const QJsonArray row = rows.at(r).toArray();
            const QString code = row.at(codeColumn).toString();
            QVERIFY(previous < code); // the list's order
            previous = code;
            const StoreResult<StoredDossier> stored = m_store.dossier(code);
            QVERIFY2(stored, qPrintable(code));
            for (int c = 0; c < columns.size(); ++c) {
                const QJsonValue want = expectedCell(columns.at(c), *stored, false);
                if (want.isUndefined())
                    continue;
                QJsonValue got = row.at(c);
                if (got.isObject() && want.isObject())
                    got = QJsonObject{{QStringLiteral("date"), got.toObject().value(QStringLiteral("date"))}};
                QVERIFY2(got == want,
                         qPrintable(QStringLiteral("row %1 column %2 (%3): %4 != %5")
                                        .arg(r + 1)
                                        .arg(c)
                                        .arg(headers.at(c),
                                             QString::fromUtf8(QJsonDocument(QJsonArray{got}).toJson()),
                                             QString::fromUtf8(QJsonDocument(QJsonArray{want}).toJson()))));
            }
            sawLongName = sawLongName || row.contains(m_longName);
        }
        QVERIFY(sawLongName);
        // Names as the catalogue and the GSO list give them, checked by hand for one row.
        const int province = int(headers.indexOf(QString::fromUtf8("Tỉnh xử lý hồ sơ (mã)")));
        bool sawHanoi = false;
        for (int r = 1; r < rows.size() && !sawHanoi; ++r) {
            const QJsonArray row = rows.at(r).toArray();
            if (row.at(province).toString() != u"01")
                continue;
            QCOMPARE(row.at(province + 1).toString(), QString::fromUtf8("Thành phố Hà Nội"));
            sawHanoi = true;
        }
        QVERIFY(sawHanoi);
        // Dates are shown dd/mm/yyyy in Excel.
        const int received = int(headers.indexOf(QString::fromUtf8("Ngày tiếp nhận")));
        QCOMPARE(rows.at(1).toArray().at(received).toObject().value(QStringLiteral("format")).toString(),
                 QStringLiteral("dd/mm/yyyy hh:mm"));
    }

    void csv_opensWithItsBomAndMatchesTheStore() {
        DossierExport::Result result;
        const QString path = exportTo(TableFormat::Csv, byCode(), &result);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.peek(3), QByteArray("\xEF\xBB\xBF"));
        CsvReader reader(&f);
        QStringList cells;
        QVERIFY(reader.next(&cells));
        QCOMPARE(cells, CaseListSheet::headers(false));
        const QList<CaseListSheet::Column> columns = CaseListSheet::columns();
        const int codeColumn = int(cells.indexOf(QString::fromUtf8("Mã hồ sơ")));
        int rows = 0;
        while (reader.next(&cells)) {
            ++rows;
            const StoreResult<StoredDossier> stored = m_store.dossier(cells.value(codeColumn));
            QVERIFY(stored);
            QCOMPARE(cells.size(), columns.size());
            for (int c = 0; c < columns.size(); ++c) {
                const QJsonValue want = expectedCell(columns.at(c), *stored, true);
                if (!want.isUndefined())
                    QCOMPARE(cells.at(c), want.toString());
            }
        }
        QVERIFY(reader.error().isEmpty());
        QCOMPARE(rows, DossierCount);
    }

    void filters_areTheList() {
        ListQuery q = byCode();
        q.filter.search = m_longName.left(20);
        DossierExport::Result result;
        exportTo(TableFormat::Csv, q, &result);
        QVERIFY(result.ok());
        QCOMPARE(result.rows, *m_store.count(q.filter));
        QVERIFY(result.rows >= 1 && result.rows < DossierCount);
    }

    void cancel_leavesNoFile_data() {
        QTest::addColumn<int>("format");
        QTest::newRow("xlsx") << int(TableFormat::Xlsx);
        QTest::newRow("csv") << int(TableFormat::Csv);
    }
    void cancel_leavesNoFile() {
        QFETCH(int, format);
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("cancelled.out"));
        auto writer = TableWriter::create(TableFormat(format), path);
        const CaseListSheet sheet(CaseListSheet::catalogueNamer(naming()));
        QList<std::pair<qint64, qint64>> seen;
        const DossierExport::Result r =
            DossierExport::run(m_store, byCode(), 0, *writer, sheet, [&seen](qint64 done, qint64 total) {
                seen << std::pair{done, total};
                return done < 500; // the officer cancels after the first page
            });
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok());
        QCOMPARE(seen.first(), (std::pair<qint64, qint64>{0, DossierCount}));
        QCOMPARE(seen.last().first, 500);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
};

QTEST_GUILESS_MAIN(TstDossierExport)
#include "tst_dossierexport.moc"
