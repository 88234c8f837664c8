// SPDX-License-Identifier: GPL-3.0-or-later
// Reports counted in SQL against a handful of dossiers counted by hand (today is 10/03/2025):
//
//  code  procedure (days)  commune  received     status  steps                              due (source)
//  A     1.001731 (8)      C1       Fri 24/01/25  4      a local step, status 2              11/02 computed:
//  across Tết B     1.001731 (8)      C1       Mon 03/02/25  9      finished 12/02 16:30                12/02
//  computed: on the day C     1.001731 (8)      C2       Mon 03/02/25  10     finished 13/02 09:00 12/02
//  computed: late D     1.001776 (22)     C2       Thu 20/02/25  2      none 24/03 computed E     2.000751
//  (none)   C1       Wed 05/02/25  4      none                                none F     1.001776 (22)     C2
//  Mon 06/01/25  4      gateway step, deadline 14/03/25     14/03 gateway (computed: 11/02) G     1.001776
//  (22)     C1       Sat 01/03/25  3      not accepted 02/03                  01/04 computed: on time
//  H     1.001731          C1       20/12/2024    4      — outside the period
//  I     1.001731          (province 79)          4      — outside the area
#include "ReportTables.h"
#include "Store.h"
#include "WireDate.h"

#include <QTemporaryDir>
#include <QTest>

using namespace btxh;

namespace {

const QString Province = QStringLiteral("01");
const QString C1 = QStringLiteral("00004");
const QString C2 = QStringLiteral("00007");
const QString P8 = QStringLiteral("1.001731");
const QString P22 = QStringLiteral("1.001776");
const QString PNone = QStringLiteral("2.000751");

Dossier dossier(const QString &code, const QString &procedure, const QString &commune,
                const QDateTime &received, const QString &status, const QString &province = Province) {
    Dossier d;
    d.setValue(DossierField::MaHoSo, code);
    d.setValue(DossierField::LoaiDuLieu, QStringLiteral("1"));
    d.setValue(DossierField::MaTTHC, procedure);
    d.setValue(DossierField::HoVaTen, QStringLiteral("Nguyễn Văn ") + code);
    d.setValue(DossierField::MaTinh, province);
    d.setValue(DossierField::MaXa, commune);
    d.setValue(DossierField::NgayTiepNhan, WireDate::formatDateTime(received));
    d.setValue(DossierField::StatusId, status);
    return d;
}

ProcessingStep step(const QString &code, const QDateTime &at, const QString &status,
                    const QDateTime &deadline = {}) {
    ProcessingStep s;
    s.setValue(ProgressField::MaHoSo, code);
    s.setValue(ProgressField::ThoiDiemXuLy, WireDate::formatDateTime(at));
    s.setValue(ProgressField::NgayBatDau, WireDate::formatDateTime(at));
    s.setValue(ProgressField::StatusId, status);
    s.setValue(ProgressField::NoiDungXuLy, QStringLiteral("Xử lý"));
    if (deadline.isValid())
        s.setValue(ProgressField::NgayKetThucTheoQuyDinh, WireDate::formatDateTime(deadline));
    return s;
}

QDateTime at(int y, int m, int d, int h = 9, int min = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, min));
}

struct Expected {
    QString key;
    qint64 received, finished, onTime, late, inProgress, within, overdue;
};

} // namespace

class TestReport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Store> m_store;
    const QDate m_today{2025, 3, 10};

    ReportQuery query(ReportGrouping by) const {
        return ReportQuery::forPeriod(QDate(2025, 1, 1), QDate(2025, 3, 31), Province, QString(), by,
                                      m_today);
    }

    void compareRows(const ReportResult &r, const QList<Expected> &expected) {
        QCOMPARE(r.rows.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const ReportRow &row = r.rows.at(i);
            const Expected &e = expected.at(i);
            QCOMPARE(row.key, e.key);
            QCOMPARE(row.counts.received, e.received);
            QCOMPARE(row.counts.finished, e.finished);
            QCOMPARE(row.counts.onTime, e.onTime);
            QCOMPARE(row.counts.late, e.late);
            QCOMPARE(row.counts.inProgress, e.inProgress);
            QCOMPARE(row.counts.withinDeadline, e.within);
            QCOMPARE(row.counts.overdue, e.overdue);
            // Each cell shows, in the case list, exactly the dossiers it counts.
            const std::pair<DeadlineFilter, qint64> cells[] = {
                {DeadlineFilter::Any, e.received},          {DeadlineFilter::Finished, e.finished},
                {DeadlineFilter::OnTime, e.onTime},         {DeadlineFilter::Late, e.late},
                {DeadlineFilter::InProgress, e.inProgress}, {DeadlineFilter::WithinDeadline, e.within},
                {DeadlineFilter::Overdue, e.overdue}};
            for (const auto &[measure, n] : cells) {
                const std::optional<qint64> shown = m_store->count(r.query.drillDown(e.key, measure));
                QVERIFY2(shown, qPrintable(m_store->lastError().message));
                QCOMPARE(*shown, n);
            }
        }
    }

private Q_SLOTS:
    void init() {
        Store::Options o;
        o.clock = [this] { return m_today.startOfDay(Qt::UTC).addSecs(12 * 3600); };
        m_store = std::make_unique<Store>(o);
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_files))));
        ChangeSet c;
        c.received << ChangeSet::ReceivedDossier{
            dossier(QStringLiteral("A"), P8, C1, at(2025, 1, 24), QStringLiteral("4")), {}};
        c.received << ChangeSet::ReceivedDossier{
            dossier(QStringLiteral("B"), P8, C1, at(2025, 2, 3), QStringLiteral("9")), {}};
        c.received << ChangeSet::ReceivedDossier{
            dossier(QStringLiteral("C"), P8, C2, at(2025, 2, 3), QStringLiteral("10")), {}};
        c.received << ChangeSet::ReceivedDossier{
            dossier(QStringLiteral("D"), P22, C2, at(2025, 2, 20), QStringLiteral("2")), {}};
        c.received << ChangeSet::ReceivedDossier{
            dossier(QStringLiteral("E"), PNone, C1, at(2025, 2, 5), QStringLiteral("4")), {}};
        c.received << ChangeSet::ReceivedDossier{
            dossier(QStringLiteral("F"), P22, C2, at(2025, 1, 6), QStringLiteral("4")), {}};
        c.received << ChangeSet::ReceivedDossier{
            dossier(QStringLiteral("G"), P22, C1, at(2025, 3, 1), QStringLiteral("3")), {}};
        c.received << ChangeSet::ReceivedDossier{
            dossier(QStringLiteral("H"), P8, C1, at(2024, 12, 20), QStringLiteral("4")), {}};
        c.received << ChangeSet::ReceivedDossier{dossier(QStringLiteral("I"), P8, QStringLiteral("26734"),
                                                         at(2025, 2, 3), QStringLiteral("4"),
                                                         QStringLiteral("79")),
                                                 {}};
        c.localSteps << ChangeSet::LocalStep{
            step(QStringLiteral("A"), at(2025, 1, 24, 10), QStringLiteral("2")), {}};
        c.receivedSteps << ChangeSet::ReceivedStep{
            step(QStringLiteral("B"), at(2025, 2, 12, 16, 30), QStringLiteral("9")), {}};
        c.receivedSteps << ChangeSet::ReceivedStep{
            step(QStringLiteral("C"), at(2025, 2, 13), QStringLiteral("10")), {}};
        c.receivedSteps << ChangeSet::ReceivedStep{
            step(QStringLiteral("F"), at(2025, 1, 6, 10), QStringLiteral("4"), at(2025, 3, 14, 17)), {}};
        c.receivedSteps << ChangeSet::ReceivedStep{
            step(QStringLiteral("G"), at(2025, 3, 2), QStringLiteral("3")), {}};
        QVERIFY2(m_store->apply(c), qPrintable(m_store->lastError().message));
    }

    void cleanup() { m_store.reset(); }

    void dossier_knowsItsDeadlineAndWhereItCameFrom() {
        const StoredDossier a = *m_store->dossier(QStringLiteral("A"));
        QCOMPARE(a.due.due, QDate(2025, 2, 11)); // 8 working days from the Friday before Tết
        QCOMPARE(a.due.source, DeadlineSource::Computed);
        QCOMPARE(a.due.outcome(m_today), DeadlineOutcome::Overdue);
        const StoredDossier b = *m_store->dossier(QStringLiteral("B"));
        QCOMPARE(b.due.due, QDate(2025, 2, 12));
        QCOMPARE(b.due.finishedOn, QDate(2025, 2, 12));
        QCOMPARE(b.due.outcome(m_today), DeadlineOutcome::OnTime);
        const StoredDossier d = *m_store->dossier(QStringLiteral("D"));
        QCOMPARE(d.due.due, QDate(2025, 3, 24));
        QCOMPARE(d.due.outcome(m_today), DeadlineOutcome::WithinDeadline);
        const StoredDossier e = *m_store->dossier(QStringLiteral("E"));
        QVERIFY(!e.due.due.isValid());
        QCOMPARE(e.due.source, DeadlineSource::None);
        const StoredDossier f = *m_store->dossier(QStringLiteral("F"));
        QCOMPARE(f.due.due, QDate(2025, 3, 14));
        QCOMPARE(f.due.source, DeadlineSource::Gateway);
    }

    void report_byProcedure_matchesTheHandCount() {
        const std::optional<ReportResult> r = m_store->report(query(ReportGrouping::Procedure));
        QVERIFY2(r, qPrintable(m_store->lastError().message));
        compareRows(*r,
                    {{P8, 3, 2, 1, 1, 1, 0, 1}, {P22, 3, 1, 1, 0, 2, 2, 0}, {PNone, 1, 0, 0, 0, 1, 0, 0}});
        QCOMPARE(r->total.received, 7);
        QCOMPARE(r->total.finished, 3);
        QCOMPARE(r->total.onTime, 2);
        QCOMPARE(r->total.late, 1);
        QCOMPARE(r->total.inProgress, 4);
        QCOMPARE(r->total.withinDeadline, 2);
        QCOMPARE(r->total.overdue, 1);
        QCOMPARE(*r->total.onTimeRate(), 2.0 / 3.0);
        QVERIFY(!r->rows.at(2).counts.onTimeRate());
        QCOMPARE(r->overdue.size(), 1);
        QCOMPARE(r->overdue.constFirst().code, QStringLiteral("A"));
        QCOMPARE(r->overdue.constFirst().due, QDate(2025, 2, 11));
        QCOMPARE(r->overdue.constFirst().source, DeadlineSource::Computed);
    }

    void report_byMonthCommuneAndStatus_matchTheHandCount() {
        std::optional<ReportResult> r = m_store->report(query(ReportGrouping::Month));
        QVERIFY(r);
        compareRows(*r, {{QStringLiteral("2025-01"), 2, 0, 0, 0, 2, 1, 1},
                         {QStringLiteral("2025-02"), 4, 2, 1, 1, 2, 1, 0},
                         {QStringLiteral("2025-03"), 1, 1, 1, 0, 0, 0, 0}});
        r = m_store->report(query(ReportGrouping::Commune));
        QVERIFY(r);
        compareRows(*r, {{C1, 4, 2, 2, 0, 2, 0, 1}, {C2, 3, 1, 0, 1, 2, 2, 0}});
        r = m_store->report(query(ReportGrouping::Status));
        QVERIFY(r);
        compareRows(*r, {{QStringLiteral("10"), 1, 1, 0, 1, 0, 0, 0},
                         {QStringLiteral("2"), 1, 0, 0, 0, 1, 1, 0},
                         {QStringLiteral("3"), 1, 1, 1, 0, 0, 0, 0},
                         {QStringLiteral("4"), 3, 0, 0, 0, 3, 1, 1},
                         {QStringLiteral("9"), 1, 1, 1, 0, 0, 0, 0}});
        // One commune only.
        ReportQuery one = query(ReportGrouping::Procedure);
        one.filter.commune = C2;
        r = m_store->report(one);
        QVERIFY(r);
        compareRows(*r, {{P8, 1, 1, 0, 1, 0, 0, 0}, {P22, 2, 0, 0, 0, 2, 2, 0}});
    }

    void settingAProcessingTime_recomputesTheDeadlinesAtOnce() {
        // 2.000751 gets 5 working days: E (received Wednesday 5/2) is due 11/2 (Saturday 8/2 was worked),
        // overdue today.
        QVERIFY(m_store->setSetting(QStringLiteral("deadline.days.2.000751"), QStringLiteral("5")));
        QCOMPARE(m_store->dossier(QStringLiteral("E"))->due.due, QDate(2025, 2, 11));
        std::optional<ReportResult> r = m_store->report(query(ReportGrouping::Procedure));
        QVERIFY(r);
        QCOMPARE(r->total.overdue, 2);
        // The gateway's deadline stays whatever the rules say.
        QVERIFY(m_store->setSetting(QStringLiteral("deadline.days.1.001776"), QStringLiteral("1")));
        QCOMPARE(m_store->dossier(QStringLiteral("F"))->due.due, QDate(2025, 3, 14));
        QCOMPARE(m_store->dossier(QStringLiteral("D"))->due.due, QDate(2025, 2, 21));
        // A day off added by the administrator moves a computed deadline; reopening keeps it.
        QVERIFY(m_store->setSetting(QStringLiteral("calendar.days-off"), QStringLiteral("2025-02-21")));
        QCOMPARE(m_store->dossier(QStringLiteral("D"))->due.due, QDate(2025, 2, 24));
        const QString path = m_store->path();
        m_store->close();
        QVERIFY(m_store->open(path));
        QCOMPARE(m_store->deadlineRules().processingDays(QStringLiteral("1.001776")), std::optional<int>(1));
        QVERIFY(!m_store->deadlineRules().calendar().isWorkingDay(QDate(2025, 2, 21)));
    }

    void reportTables_carryTheCountsAndATotalRow() {
        const std::optional<ReportResult> r = m_store->report(query(ReportGrouping::Procedure));
        QVERIFY(r);
        const ReportTable t = ReportTables::counts(*r, {});
        QCOMPARE(t.rows.size(), 4);
        QCOMPARE(t.columns.size(), 10);
        QCOMPARE(t.columns.at(ReportTables::firstCountColumn()).key, QStringLiteral("received"));
        QCOMPARE(t.rows.constLast().at(ReportTables::firstCountColumn()).toLongLong(), 7);
        QCOMPARE(ReportTables::measureOf(ReportTables::firstCountColumn() + 6), DeadlineFilter::Overdue);
        const ReportTable overdue = ReportTables::overdue(*r, {});
        QCOMPARE(overdue.rows.size(), 1);
        QCOMPARE(overdue.rows.constFirst().constLast().toLongLong(), 27); // 11/02 to 10/03
    }

    void report_stoppedByProgress_answersNothingAndSaysSo() {
        const std::optional<ReportResult> r =
            m_store->report(query(ReportGrouping::Month), [](int done, int) { return done < 1; });
        QVERIFY(!r);
        QCOMPARE(m_store->lastError().kind, StoreError::Kind::Interrupted);
    }

    void olderDatabase_getsItsDeadlinesWhenUpgraded() {
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        {
            Store::Options o;
            o.schemaVersion = 6; // the last schema without deadlines
            Store old(o);
            QVERIFY(old.open(path));
            ChangeSet c;
            c.received << ChangeSet::ReceivedDossier{
                dossier(QStringLiteral("A"), P8, C1, at(2025, 1, 24), QStringLiteral("4")), {}};
            c.receivedSteps << ChangeSet::ReceivedStep{
                step(QStringLiteral("A"), at(2025, 1, 24, 10), QStringLiteral("9"), at(2025, 2, 20, 17)), {}};
            QVERIFY(old.apply(c));
            QVERIFY(!old.report(query(ReportGrouping::Month)));
        }
        Store upgraded;
        QVERIFY2(upgraded.open(path), qPrintable(upgraded.lastError().message));
        const StoredDossier a = *upgraded.dossier(QStringLiteral("A"));
        QCOMPARE(a.due.due, QDate(2025, 2, 20));
        QCOMPARE(a.due.source, DeadlineSource::Gateway);
        QCOMPARE(a.due.finishedOn, QDate(2025, 1, 24));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
