// SPDX-License-Identifier: GPL-3.0-or-later
#include "WireDate.h"

#include <QTest>

using namespace btxh;

class TestWireDate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_acceptsTheThreeShapes_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::addColumn<int>("shape");
        const int date = int(WireDate::Shape::Date), dateTime = int(WireDate::Shape::DateTime);
        QTest::newRow("dd/MM/yyyy") << "08/12/2022" << QDateTime(QDate(2022, 12, 8), QTime(0, 0)) << date;
        QTest::newRow("dd/MM/yyyy HH:mm:ss")
            << "08/12/2022 08:32:35" << QDateTime(QDate(2022, 12, 8), QTime(8, 32, 35)) << dateTime;
        QTest::newRow("birth date with time")
            << "08/12/2022 00:00:00" << QDateTime(QDate(2022, 12, 8), QTime(0, 0)) << dateTime;
        QTest::newRow("yyyy-MM-dd HH:mm:ss")
            << "2022-12-09 13:53:25" << QDateTime(QDate(2022, 12, 9), QTime(13, 53, 25)) << dateTime;
        QTest::newRow("ISO with T and fraction")
            << "2022-12-09T13:53:25.123" << QDateTime(QDate(2022, 12, 9), QTime(13, 53, 25)) << dateTime;
        QTest::newRow("surrounding spaces")
            << "  01/01/2000 " << QDateTime(QDate(2000, 1, 1), QTime(0, 0)) << date;
    }
    void parse_acceptsTheThreeShapes() {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QFETCH(int, shape);
        const WireDate::Parsed p = WireDate::parse(text);
        QCOMPARE(int(p.shape), shape);
        QCOMPARE(p.dateTime(), expected);
    }

    void parse_refusesEverythingElse_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("31 February") << "31/02/2022";
        QTest::newRow("month 13") << "01/13/2022";
        QTest::newRow("US order beyond 12") << "12/31/2022";
        QTest::newRow("hour 25") << "08/12/2022 25:00:00";
        QTest::newRow("trailing junk") << "08/12/2022 08:00:00xyz";
        QTest::newRow("a result-delivery code") << "1";
        QTest::newRow("text") << "hôm qua";
        QTest::newRow("arabic-indic digits") << QString::fromUtf8("٠٨/١٢/٢٠٢٢");
        QTest::newRow("huge") << QString(10000, u'1');
    }
    void parse_refusesEverythingElse() {
        QFETCH(QString, text);
        QVERIFY(!WireDate::parse(text).isValid());
    }

    void format_writesTheTableShapes() {
        QCOMPARE(WireDate::formatDate(QDate(2022, 12, 8)), QStringLiteral("08/12/2022"));
        QCOMPARE(WireDate::formatDateTime(QDateTime(QDate(2022, 12, 8), QTime(18, 5, 0))),
                 QStringLiteral("08/12/2022 18:05:00"));
    }
};

QTEST_GUILESS_MAIN(TestWireDate)
#include "tst_wiredate.moc"
