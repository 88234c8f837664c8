// SPDX-License-Identifier: GPL-3.0-or-later
// The working-day calendar, the deadline rules and a dossier's outcome against its deadline.
#include "DeadlineRules.h"
#include "DeadlineSettings.h"
#include "DossierDeadline.h"
#include "WorkingCalendar.h"

#include <QTest>

using namespace btxh;

namespace {

QDate d(int y, int m, int day) {
    return QDate(y, m, day);
}

} // namespace

class TestWorkingCalendar : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shippedCalendar_coversTheYearsWithTheirHolidays() {
        const WorkingCalendar &c = WorkingCalendar::builtIn();
        QCOMPARE(c.firstYear(), 2023);
        QCOMPARE(c.lastYear(), 2027);
        QVERIFY(c.covers(d(2025, 6, 1)));
        QVERIFY(!c.covers(d(2028, 1, 3)));
        // Every fixed holiday and each year's Tết and Hùng Kings' day.
        const QList<QDate> off = {
            d(2023, 1, 2),  d(2023, 1, 23), d(2023, 5, 2),  d(2023, 9, 4),  d(2024, 1, 1),  d(2024, 2, 12),
            d(2024, 4, 18), d(2024, 4, 29), d(2024, 9, 3),  d(2025, 1, 27), d(2025, 1, 31), d(2025, 4, 7),
            d(2025, 5, 2),  d(2025, 9, 1),  d(2026, 2, 16), d(2026, 2, 20), d(2026, 4, 27), d(2026, 4, 30),
            d(2027, 2, 10), d(2027, 4, 16), d(2027, 5, 3)};
        for (const QDate &day : off)
            QVERIFY2(!c.isWorkingDay(day), qPrintable(day.toString(Qt::ISODate)));
        // Make-up Saturdays are worked; an ordinary Saturday and Sunday are not; an ordinary Monday is.
        QVERIFY(c.isWorkingDay(d(2024, 5, 4)));
        QVERIFY(c.isWorkingDay(d(2025, 2, 8)));
        QVERIFY(c.isWorkingDay(d(2025, 4, 26)));
        QVERIFY(!c.isWorkingDay(d(2025, 2, 15)));
        QVERIFY(!c.isWorkingDay(d(2025, 2, 16)));
        QVERIFY(c.isWorkingDay(d(2025, 2, 17)));
    }

    void addWorkingDays_acrossTet_skipsTheBreakAndCountsTheMakeUpSaturday() {
        const WorkingCalendar &c = WorkingCalendar::builtIn();
        // Received on the Friday before Tết Ất Tỵ (off 25/1-2/2/2025, 27/1 moved to Saturday 8/2).
        QCOMPARE(c.addWorkingDays(d(2025, 1, 24), 1), d(2025, 2, 3));
        QCOMPARE(c.addWorkingDays(d(2025, 1, 24), 5), d(2025, 2, 7));
        QCOMPARE(c.addWorkingDays(d(2025, 1, 24), 6), d(2025, 2, 8)); // the make-up Saturday
        QCOMPARE(c.addWorkingDays(d(2025, 1, 24), 7), d(2025, 2, 10));
        // Tết Giáp Thìn (8/2-14/2/2024), from the Friday a week before it.
        QCOMPARE(c.addWorkingDays(d(2024, 2, 2), 5), d(2024, 2, 16));
        QCOMPARE(c.workingDaysBetween(d(2024, 2, 2), d(2024, 2, 16)), 5);
        // 30/4-1/5/2024: Monday 29/4 swapped with Saturday 4/5.
        QCOMPARE(c.addWorkingDays(d(2024, 4, 26), 1), d(2024, 5, 2));
        QCOMPARE(c.addWorkingDays(d(2024, 4, 26), 3), d(2024, 5, 4));
        QCOMPARE(c.addWorkingDays(d(2024, 4, 26), 4), d(2024, 5, 6));
        // No days: the day itself.
        QCOMPARE(c.addWorkingDays(d(2025, 1, 24), 0), d(2025, 1, 24));
    }

    void fromJson_refusesBadEntriesNamingThem_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not a JSON object");
        QTest::newRow("no years") << QByteArray("{\"daysOff\":[]}") << QStringLiteral("firstYear");
        QTest::newRow("bad date") << QByteArray(
                                         "{\"firstYear\":2023,\"lastYear\":2023,\"daysOff\":[{\"date\":"
                                         "\"2023-02-30\"}]}")
                                  << QStringLiteral("entry 1 of daysOff");
        QTest::newRow("reversed range")
            << QByteArray("{\"firstYear\":2023,\"lastYear\":2023,\"daysOff\":[{\"date\":\"2023-01-02\"},"
                          "{\"from\":\"2023-02-05\",\"to\":\"2023-02-01\"}]}")
            << QStringLiteral("entry 2 of daysOff");
        QTest::newRow("both") << QByteArray("{\"firstYear\":2023,\"lastYear\":2023,\"daysOff\":[{\"date\":"
                                            "\"2023-01-02\"}],\"workingDays\":[{\"date\":\"2023-01-02\"}]}")
                              << QStringLiteral("2023-01-02 is listed both");
    }
    void fromJson_refusesBadEntriesNamingThem() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!WorkingCalendar::fromJson(json, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void dueDate_withoutProcessingTime_saysWhichProcedureAndHowToSetIt() {
        const DeadlineRules &rules = DeadlineRules::builtIn();
        QString error;
        QVERIFY(!rules.dueDate(QStringLiteral("2.000751"), d(2025, 3, 3), &error));
        QVERIFY2(error.contains(QStringLiteral("2.000751")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("btxh config set deadline.days.2.000751")), qPrintable(error));
        QVERIFY(!rules.dueDate(QStringLiteral("1.001776"), QDate(), &error));
        QVERIFY2(error.contains(QStringLiteral("received date")), qPrintable(error));
        // A configured one: 22 working days from Friday 24/1/2025 (across Tết).
        const std::optional<QDate> due = rules.dueDate(QStringLiteral("1.001776"), d(2025, 1, 24), &error);
        QVERIFY(due);
        QCOMPARE(*due, d(2025, 3, 3));
    }

    void withSettings_appliesAnAdministratorsChanges() {
        QHash<QString, QString> settings;
        settings.insert(DeadlineSettings::daysKey(QStringLiteral("2.000751")), QStringLiteral("10"));
        settings.insert(DeadlineSettings::daysKey(QStringLiteral("1.001731")), QStringLiteral("0"));
        settings.insert(DeadlineSettings::daysKey(QStringLiteral("1.001776")), QString()); // the default
        settings.insert(DeadlineSettings::daysOffKey(), QStringLiteral("2026-09-03"));
        settings.insert(DeadlineSettings::workingDaysKey(), QStringLiteral("2026-01-10,2026-09-01"));
        const DeadlineRules rules = DeadlineRules::withSettings(settings);
        QCOMPARE(rules.processingDays(QStringLiteral("2.000751")), std::optional<int>(10));
        QVERIFY(!rules.processingDays(QStringLiteral("1.001731")));
        QCOMPARE(rules.processingDays(QStringLiteral("1.001776")), std::optional<int>(22));
        QVERIFY(!rules.calendar().isWorkingDay(d(2026, 9, 3)));
        QVERIFY(rules.calendar().isWorkingDay(d(2026, 9, 1)));
        QVERIFY(rules.calendar().isWorkingDay(d(2026, 1, 10)));
        // The shipped rules are untouched.
        QVERIFY(!DeadlineRules::builtIn().calendar().isWorkingDay(d(2026, 9, 1)));
    }

    void normalise_refusesBadValuesNamingThem() {
        QString error;
        QVERIFY(!DeadlineSettings::normalise(DeadlineSettings::daysKey(QStringLiteral("1.001776")),
                                             QStringLiteral("ten"), &error));
        QVERIFY2(error.contains(QStringLiteral("\"ten\"")), qPrintable(error));
        QVERIFY(!DeadlineSettings::normalise(DeadlineSettings::daysKey(QStringLiteral("1.001776")),
                                             QStringLiteral("-3"), &error));
        QVERIFY(!DeadlineSettings::normalise(DeadlineSettings::daysOffKey(),
                                             QStringLiteral("2026-09-03, 2026-13-01"), &error));
        QVERIFY2(error.contains(QStringLiteral("2026-13-01")), qPrintable(error));
        QCOMPARE(DeadlineSettings::normalise(DeadlineSettings::daysOffKey(),
                                             QStringLiteral(" 2026-09-03,2026-01-02,2026-09-03"), &error),
                 std::optional<QString>(QStringLiteral("2026-01-02,2026-09-03")));
        QCOMPARE(DeadlineSettings::normalise(DeadlineSettings::daysKey(QStringLiteral("1.001776")),
                                             QStringLiteral(" 15 "), &error),
                 std::optional<QString>(QStringLiteral("15")));
        QVERIFY(DeadlineSettings::keys().contains(DeadlineSettings::daysKey(QStringLiteral("2.000751"))));
        QCOMPARE(DeadlineSettings::defaultValue(DeadlineSettings::daysKey(QStringLiteral("1.001731"))),
                 QStringLiteral("8"));
    }

    void outcome_judgesByDay() {
        DossierDeadline x;
        x.due = d(2025, 2, 7);
        x.source = DeadlineSource::Computed;
        x.finished = true;
        x.finishedOn = d(2025, 2, 7); // exactly on the deadline
        QCOMPARE(x.outcome(d(2025, 3, 1)), DeadlineOutcome::OnTime);
        QVERIFY(!x.isLate(d(2025, 3, 1)));
        x.finishedOn = d(2025, 2, 8);
        QCOMPARE(x.outcome(d(2025, 3, 1)), DeadlineOutcome::Late);
        x.finishedOn = QDate();
        QCOMPARE(x.outcome(d(2025, 3, 1)), DeadlineOutcome::Undetermined);
        x.finished = false;
        QCOMPARE(x.outcome(d(2025, 2, 7)), DeadlineOutcome::WithinDeadline);
        QCOMPARE(x.outcome(d(2025, 2, 8)), DeadlineOutcome::Overdue);
        QVERIFY(x.isLate(d(2025, 2, 8)));
        x.due = QDate();
        QCOMPARE(x.outcome(d(2025, 2, 8)), DeadlineOutcome::Undetermined);
        QCOMPARE(DossierDeadline::sourceFromKey(DossierDeadline::sourceKey(DeadlineSource::Gateway)),
                 DeadlineSource::Gateway);
    }
};

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
