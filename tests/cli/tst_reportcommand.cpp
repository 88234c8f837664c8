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

    // The CSV's bytes as written (BtxhRun decodes them, and decoding drops the byte-order mark).
    QByteArray csvBytes() {
        QProcess p;
        p.start(QStringLiteral(BTXH_CLI_PATH),
                QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_db,
                            QStringLiteral("--format"), QStringLiteral("csv")} +
                    period());
        p.waitForFinished(60000);
        return p.readAllStandardOutput();
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
