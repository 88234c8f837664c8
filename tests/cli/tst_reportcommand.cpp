// SPDX-License-Identifier: GPL-3.0-or-later
// btxh report and the deadline settings of btxh config, through the real executable.
#include "BtxhRun.h"
#include "Store.h"
#include "WireDate.h"
#include "XlsxReadBack.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using btxh::test::BtxhRun;

using namespace btxh;

namespace {

// Two dossiers of 2.000751 (no processing time shipped) and one of 1.001731 (8 days), all received on
// Friday 24/01/2025, the day before the Tết break, in province 01; none finished.
void fill(const QString &path) {
    Store store;
    QVERIFY(store.open(path));
    ChangeSet c;
    const QString procedures[] = {QStringLiteral("2.000751"), QStringLiteral("2.000751"),
                                  QStringLiteral("1.001731")};
    for (int i = 0; i < 3; ++i) {
        Dossier d;
        d.setValue(DossierField::MaHoSo, QStringLiteral("000.00.01.G07-250124-000%1").arg(i + 1));
        d.setValue(DossierField::LoaiDuLieu, QStringLiteral("1"));
        d.setValue(DossierField::MaTTHC, procedures[i]);
        d.setValue(DossierField::MaTinh, QStringLiteral("01"));
        d.setValue(DossierField::MaXa, QStringLiteral("00004"));
        d.setValue(DossierField::StatusId, QStringLiteral("4"));
        d.setValue(DossierField::NgayTiepNhan,
                   WireDate::formatDateTime(QDateTime(QDate(2025, 1, 24), QTime(10, 0))));
        c.received << ChangeSet::ReceivedDossier{d, {}};
    }
    QVERIFY(store.apply(c));
}

// Commune 03127 of Điện Biên (11) on both sides of the reform: Phường Him Lam for the two received in June
// 2025, Phường Điện Biên Phủ for the three received from 01/07/2025. None finished; no deadline (2.000751).
void fillAcrossTheReform(const QString &path) {
    Store store;
    QVERIFY(store.open(path));
    ChangeSet c;
    const QDate days[] = {QDate(2025, 6, 2), QDate(2025, 6, 30), QDate(2025, 7, 1), QDate(2025, 8, 4),
                          QDate(2025, 9, 3)};
    for (int i = 0; i < 5; ++i) {
        Dossier d;
        d.setValue(DossierField::MaHoSo, QStringLiteral("000.00.11.G07-2506-000%1").arg(i + 1));
        d.setValue(DossierField::LoaiDuLieu, QStringLiteral("1"));
        d.setValue(DossierField::MaTTHC, QStringLiteral("2.000751"));
        d.setValue(DossierField::MaTinh, QStringLiteral("11"));
        if (i < 2)
            d.setValue(DossierField::MaHuyen, QStringLiteral("094"));
        d.setValue(DossierField::MaXa, QStringLiteral("03127"));
        d.setValue(DossierField::StatusId, QStringLiteral("4"));
        d.setValue(DossierField::NgayTiepNhan, WireDate::formatDateTime(QDateTime(days[i], QTime(10, 0))));
        c.received << ChangeSet::ReceivedDossier{d, {}};
    }
    QVERIFY(store.apply(c));
}

QStringList period() {
    return {QStringLiteral("--from"),     QStringLiteral("01/01/2025"), QStringLiteral("--to"),
            QStringLiteral("31/01/2025"), QStringLiteral("--province"), QStringLiteral("01"),
            QStringLiteral("--today"),    QStringLiteral("10/02/2025")};
}

} // namespace

class TestReportCommand : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    int m_dbs = 0;

    // The CSV's bytes as written (decoding drops the byte-order mark).
    QByteArray csvBytes() {
        return BtxhRun::run(QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_db,
                                        QStringLiteral("--format"), QStringLiteral("csv")} +
                            period())
            .outBytes;
    }

private Q_SLOTS:
    void init() {
        m_db = m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_dbs));
        fill(m_db);
    }

    void report_csvAndJsonCarryTheCounts() {
        BtxhRun r =
            BtxhRun::onDatabase(QStringLiteral("report"), m_db,
                                period() + QStringList{QStringLiteral("--by"), QStringLiteral("procedure"),
                                                       QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(csvBytes().startsWith("\xEF\xBB\xBF"));
        const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // header, two procedures, total
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("Code,Name,Received,Finished")),
                 qPrintable(lines.at(0)));
        // 1.001731: 8 working days from 24/01 is 11/02 (the make-up Saturday 08/02 counts): within on 10/02.
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("1.001731,")), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).contains(QStringLiteral(",1,0,0,0,1,1,0,")), qPrintable(lines.at(1)));
        // 2.000751: no processing time, so neither within the deadline nor overdue.
        QVERIFY2(lines.at(2).contains(QStringLiteral(",2,0,0,0,2,0,0,")), qPrintable(lines.at(2)));

        r = BtxhRun::onDatabase(QStringLiteral("report"), m_db,
                                period() + QStringList{QStringLiteral("--by"), QStringLiteral("month"),
                                                       QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"rows").toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(u"code").toString(), QStringLiteral("2025-01"));
        QCOMPARE(rows.at(1).toObject().value(u"received").toInt(), 3);
        QVERIFY(rows.at(1).toObject().value(u"onTimeRate").isNull());
    }

    void report_xlsxIsAWorkbookWithCountsAsNumbers() {
        const QString xlsx = m_dir.filePath(QStringLiteral("report.xlsx"));
        BtxhRun r =
            BtxhRun::onDatabase(QStringLiteral("report"), m_db,
                                period() + QStringList{QStringLiteral("--by"), QStringLiteral("procedure"),
                                                       QStringLiteral("--format"), QStringLiteral("xlsx"),
                                                       QStringLiteral("--output"), xlsx});
        QCOMPARE(r.exitCode, 0);
        QString error;
        const QJsonArray rows = readXlsxBack(xlsx, &error).value(u"rows").toArray();
        QVERIFY2(rows.size() == 4, qPrintable(error)); // header, two procedures, total
        QCOMPARE(rows.at(0).toArray().at(0).toString(), QStringLiteral("Code"));
        QCOMPARE(rows.at(1).toArray().at(0).toString(), QStringLiteral("1.001731"));
        QCOMPARE(rows.at(2).toArray().at(2).toObject().value(u"number").toDouble(), 2.0); // received
        QVERIFY(rows.at(3).toArray().at(2).toObject().value(u"number").toDouble() == 3.0);

        r = BtxhRun::onDatabase(QStringLiteral("report"), m_db,
                                period() + QStringList{QStringLiteral("--format"), QStringLiteral("xlsx")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--output")), qPrintable(r.err));
        r = BtxhRun::onDatabase(QStringLiteral("report"), m_db,
                                period() +
                                    QStringList{QStringLiteral("--format"), QStringLiteral("xlsx"),
                                                QStringLiteral("--output"),
                                                m_dir.filePath(QStringLiteral("no/such/folder.xlsx"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no/such")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no/such/folder.xlsx"))));
    }

    void report_badOptionsAreNamed() {
        BtxhRun r = BtxhRun::onDatabase(QStringLiteral("report"), m_db,
                                        {QStringLiteral("--to"), QStringLiteral("01/02/2025")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--from is required")), qPrintable(r.err));
        r = BtxhRun::onDatabase(QStringLiteral("report"), m_db,
                                period() + QStringList{QStringLiteral("--by"), QStringLiteral("district")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("\"district\"")), qPrintable(r.err));
        r = BtxhRun::onDatabase(QStringLiteral("report"), m_db,
                                {QStringLiteral("--from"), QStringLiteral("02/02/2025"),
                                 QStringLiteral("--to"), QStringLiteral("31/13/2025")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("31/13/2025")), qPrintable(r.err));
    }

    void report_byCommune_namesEachCodeInItsOwnList() {
        const QString db = m_dir.filePath(QStringLiteral("reform.sqlite"));
        fillAcrossTheReform(db);
        const QStringList across = {QStringLiteral("--from"),  QStringLiteral("01/06/2025"),
                                    QStringLiteral("--to"),    QStringLiteral("30/09/2025"),
                                    QStringLiteral("--today"), QStringLiteral("30/09/2025"),
                                    QStringLiteral("--by"),    QStringLiteral("commune")};
        BtxhRun r = BtxhRun::onDatabase(QStringLiteral("report"), db, across);
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        auto lineOf = [&](const QString &label) {
            for (const QString &line : lines)
                if (line.contains(label))
                    return line.simplified();
            return QString();
        };
        // code, name, received 2 / 3, finished 0, on time 0, late 0, in progress 2 / 3.
        QVERIFY2(lineOf(QStringLiteral("03127 Phường Him Lam (2024)"))
                     .startsWith(QStringLiteral("03127 03127 Phường Him Lam (2024) 2 0 0 0 2 ")),
                 qPrintable(r.out));
        QVERIFY2(lineOf(QStringLiteral("03127 Phường Điện Biên Phủ (2025)"))
                     .startsWith(QStringLiteral("03127 03127 Phường Điện Biên Phủ (2025) 3 0 0 0 3 ")),
                 qPrintable(r.out));
        QVERIFY2(lineOf(QStringLiteral("Total")).startsWith(QStringLiteral("Total 5 ")), qPrintable(r.out));

        r = BtxhRun::onDatabase(QStringLiteral("report"), db,
                                across + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"rows").toArray();
        QCOMPARE(rows.size(), 3); // two groups and the total
        QCOMPARE(rows.at(0).toObject().value(u"units").toString(), QStringLiteral("2024"));
        QCOMPARE(rows.at(0).toObject().value(u"received").toInt(), 2);
        QCOMPARE(rows.at(1).toObject().value(u"units").toString(), QStringLiteral("2025"));
        QCOMPARE(rows.at(1).toObject().value(u"code").toString(), QStringLiteral("03127"));
        QCOMPARE(rows.at(1).toObject().value(u"received").toInt(), 3);

        // --units reads --commune in one list: only the dossiers of that side, named there.
        r = BtxhRun::onDatabase(QStringLiteral("report"), db,
                                across + QStringList{QStringLiteral("--commune"), QStringLiteral("03127"),
                                                     QStringLiteral("--units"), QStringLiteral("2024")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("commune 03127 Phường Him Lam (2024 list, received before "
                                               "01/07/2025)")),
                 qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("Điện Biên Phủ (2025)")), qPrintable(r.out));
        const QStringList totals = r.out.split(u'\n').filter(QStringLiteral("Total"));
        QVERIFY2(totals.size() == 1 &&
                     totals.constFirst().simplified().startsWith(QStringLiteral("Total 2 ")),
                 qPrintable(r.out));
    }

    // A 2024 province merged away on 01/07/2025 (Hà Giang, 02) is not a unit of the 2025 list: read there it
    // is refused, saying which list and what the code was; in the 2024 list it is counted.
    void report_mergedAwayProvince_isNamedAndRefusedInTodaysList() {
        BtxhRun r = BtxhRun::onDatabase(QStringLiteral("report"), m_db,
                                        {QStringLiteral("--from"), QStringLiteral("01/01/2025"),
                                         QStringLiteral("--to"), QStringLiteral("31/01/2025"),
                                         QStringLiteral("--province"), QStringLiteral("02"),
                                         QStringLiteral("--units"), QStringLiteral("2025")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--province 02")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("2025 two-level")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Tỉnh Hà Giang")), qPrintable(r.err));
        QVERIFY2(!r.err.trimmed().contains(u'\n'), qPrintable(r.err)); // one line, the reason
        QVERIFY(r.out.isEmpty());
        r = BtxhRun::onDatabase(QStringLiteral("report"), m_db,
                                {QStringLiteral("--from"), QStringLiteral("01/01/2025"),
                                 QStringLiteral("--to"), QStringLiteral("31/01/2025"),
                                 QStringLiteral("--province"), QStringLiteral("01"),
                                 QStringLiteral("--units"), QStringLiteral("2024"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"rows").toArray();
        QCOMPARE(rows.last().toObject().value(u"received").toInt(), 3);
    }

    void config_processingTime_badValueChangesNothing_goodOneRecomputes() {
        const QString key = QStringLiteral("deadline.days.2.000751");
        BtxhRun r = BtxhRun::onDatabase(QStringLiteral("config"), m_db,
                                        {QStringLiteral("set"), key, QStringLiteral("ten")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("\"ten\"")), qPrintable(r.err));
        r = BtxhRun::onDatabase(
            QStringLiteral("config"), m_db,
            {QStringLiteral("set"), QStringLiteral("deadline.days.9.999999"), QStringLiteral("5")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("9.999999")), qPrintable(r.err));
        r = BtxhRun::onDatabase(QStringLiteral("config"), m_db, {QStringLiteral("get"), key});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QString()); // still none
        {
            Store store;
            QVERIFY(store.open(m_db));
            QVERIFY(!store.dossier(QStringLiteral("000.00.01.G07-250124-0001"))->due.due.isValid());
        }
        // 5 working days from Friday 24/01/2025: 03/02 to 07/02.
        r = BtxhRun::onDatabase(QStringLiteral("config"), m_db,
                                {QStringLiteral("set"), key, QStringLiteral("5")});
        QCOMPARE(r.exitCode, 0);
        Store store;
        QVERIFY(store.open(m_db));
        QCOMPARE(store.dossier(QStringLiteral("000.00.01.G07-250124-0001"))->due.due, QDate(2025, 2, 7));
        r = BtxhRun::onDatabase(QStringLiteral("report"), m_db,
                                period() + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                                       QStringLiteral("--overdue")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"rows").toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(u"due").toString(), QStringLiteral("2025-02-07"));
        QCOMPARE(rows.at(0).toObject().value(u"daysOverdue").toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
