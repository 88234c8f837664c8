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
#include "PlaceCalendar.h"
#include "ReportTables.h"
#include "Store.h"
#include "TestDossiers.h"
#include "TestStoreBackend.h"
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
    std::optional<GsoList> list = std::nullopt; // checked when set
};

} // namespace

// Runs once on an SQLite file and once on a PostgreSQL database (TestStoreBackend): the same hand counts on
// both; on PostgreSQL the reports of generated dossiers are also compared with an SQLite file's.
class TestReport : public QObject {
    Q_OBJECT
    TestStoreBackend &m_backend;
    int m_files = 0;
    std::unique_ptr<Store> m_store;
    const QDate m_today{2025, 3, 10};

    // A store on a new database of the backend (a file, or a server database), whose clock says noon (UTC)
    // of `today`.
    std::unique_ptr<Store> openStore(const QDate &today, const QString &name) {
        return openStoreAt(today, m_backend.address(name), true);
    }

    std::unique_ptr<Store> openStoreAt(const QDate &today, const QString &address, bool onBackend) {
        Store::Options o;
        o.clock = [today] { return today.startOfDay(Qt::UTC).addSecs(12 * 3600); };
        if (onBackend)
            m_backend.configure(o);
        auto store = std::make_unique<Store>(o);
        if (const auto opened = store->open(address); !opened) {
            qWarning("cannot open %s: %s", qPrintable(address), qPrintable(opened.error().message));
            return nullptr;
        }
        return store;
    }

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
            if (e.list)
                QCOMPARE(row.list, e.list);
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
                const StoreResult<qint64> shown = m_store->count(r.query.drillDown(&row, measure));
                QVERIFY2(shown, qPrintable(shown.error().message));
                QCOMPARE(*shown, n);
            }
        }
    }

    // The same report on two backends: every group (its key and list), every count, the total and the
    // overdue list (each dossier's code, name, procedure, commune, received day, deadline and its source).
    static void compareReports(const ReportResult &server, const ReportResult &file) {
        QCOMPARE(server.rows.size(), file.rows.size());
        auto counts = [](const ReportCounts &c) {
            return QList<qint64>{c.received,   c.finished,       c.onTime, c.late,
                                 c.inProgress, c.withinDeadline, c.overdue};
        };
        for (qsizetype i = 0; i < file.rows.size(); ++i) {
            QCOMPARE(server.rows.at(i).key, file.rows.at(i).key);
            QCOMPARE(server.rows.at(i).list, file.rows.at(i).list);
            QCOMPARE(counts(server.rows.at(i).counts), counts(file.rows.at(i).counts));
        }
        QCOMPARE(counts(server.total), counts(file.total));
        QCOMPARE(server.overdue.size(), file.overdue.size());
        for (qsizetype i = 0; i < file.overdue.size(); ++i) {
            const OverdueDossier &s = server.overdue.at(i), &f = file.overdue.at(i);
            QCOMPARE(s.code, f.code);
            QCOMPARE(s.name, f.name);
            QCOMPARE(s.procedure, f.procedure);
            QCOMPARE(s.commune, f.commune);
            QCOMPARE(s.received, f.received);
            QCOMPARE(s.due, f.due);
            QCOMPARE(s.source, f.source);
        }
    }

    // Generated dossiers (TestDossiers: names, areas of four provinces, statuses 1-10) received one every
    // few days from 01/03/2025 to 07/09/2025, across the reform, some with a step finishing them or
    // bringing the gateway's deadline, some without a procedure or a received date.
    static ChangeSet generatedDossiers(int n) {
        const test::TestDossiers data(7);
        ChangeSet c;
        for (int i = 0; i < n; ++i) {
            Dossier d = data.dossier(i);
            const QDateTime received(QDate(2025, 3, 1).addDays(i * 7 % 190), QTime(8 + i % 9, 15));
            d.setValue(DossierField::NgayTiepNhan,
                       i % 37 == 5 ? QString() : WireDate::formatDateTime(received));
            if (i % 23 == 3)
                d.setValue(DossierField::MaTTHC, QString());
            const QString status = d.value(DossierField::StatusId);
            c.received << ChangeSet::ReceivedDossier{d, {}};
            if (i % 2 == 0) {
                const QDateTime at = received.addDays(i % 19);
                c.receivedSteps << ChangeSet::ReceivedStep{
                    step(test::TestDossiers::code(i), at, status,
                         i % 4 == 0 ? received.addDays(3 + i % 11) : QDateTime()),
                    {}};
            }
        }
        return c;
    }

public:
    explicit TestReport(TestStoreBackend &backend)
        : m_backend(backend) {}

private Q_SLOTS:
    void initTestCase() {
        const QString why = m_backend.prepare();
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void init() {
        m_store = openStore(m_today, QStringLiteral("r%1.sqlite").arg(++m_files));
        QVERIFY(m_store);
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
        const auto applied = m_store->apply(c);
        QVERIFY2(applied, qPrintable(applied.error().message));
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
        const StoreResult<ReportResult> r = m_store->report(query(ReportGrouping::Procedure));
        QVERIFY2(r, qPrintable(r.error().message));
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
        StoreResult<ReportResult> r = m_store->report(query(ReportGrouping::Month));
        QVERIFY(r);
        compareRows(*r, {{QStringLiteral("2025-01"), 2, 0, 0, 0, 2, 1, 1},
                         {QStringLiteral("2025-02"), 4, 2, 1, 1, 2, 1, 0},
                         {QStringLiteral("2025-03"), 1, 1, 1, 0, 0, 0, 0}});
        r = m_store->report(query(ReportGrouping::Commune));
        QVERIFY(r);
        compareRows(*r, {{C1, 4, 2, 2, 0, 2, 0, 1, GsoList::Units2024},
                         {C2, 3, 1, 0, 1, 2, 2, 0, GsoList::Units2024}});
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
        QVERIFY(m_store->settings().setValue(QStringLiteral("deadline.days.2.000751"), QStringLiteral("5")));
        QCOMPARE(m_store->dossier(QStringLiteral("E"))->due.due, QDate(2025, 2, 11));
        StoreResult<ReportResult> r = m_store->report(query(ReportGrouping::Procedure));
        QVERIFY(r);
        QCOMPARE(r->total.overdue, 2);
        // The gateway's deadline stays whatever the rules say.
        QVERIFY(m_store->settings().setValue(QStringLiteral("deadline.days.1.001776"), QStringLiteral("1")));
        QCOMPARE(m_store->dossier(QStringLiteral("F"))->due.due, QDate(2025, 3, 14));
        QCOMPARE(m_store->dossier(QStringLiteral("D"))->due.due, QDate(2025, 2, 21));
        // A day off added by the administrator moves a computed deadline; reopening keeps it.
        QVERIFY(
            m_store->settings().setValue(QStringLiteral("calendar.days-off"), QStringLiteral("2025-02-21")));
        QCOMPARE(m_store->dossier(QStringLiteral("D"))->due.due, QDate(2025, 2, 24));
        const QString path = m_store->path();
        m_store->close();
        QVERIFY(m_store->open(path));
        QCOMPARE(m_store->settings().deadlineRules().processingDays(QStringLiteral("1.001776")),
                 std::optional<int>(1));
        QVERIFY(!m_store->settings().deadlineRules().calendar().isWorkingDay(QDate(2025, 2, 21)));
    }

    void reportTables_carryTheCountsAndATotalRow() {
        const StoreResult<ReportResult> r = m_store->report(query(ReportGrouping::Procedure));
        QVERIFY(r);
        const ReportTable t = ReportTables::counts(*r);
        QCOMPARE(t.rows.size(), 4);
        QCOMPARE(t.columns.size(), 10);
        QCOMPARE(t.columns.at(ReportTables::firstCountColumn()).key, QStringLiteral("received"));
        QCOMPARE(t.rows.constLast().at(ReportTables::firstCountColumn()).toLongLong(), 7);
        QCOMPARE(ReportTables::measureOf(ReportTables::firstCountColumn() + 6), DeadlineFilter::Overdue);
        const ReportTable overdue = ReportTables::overdue(*r);
        QCOMPARE(overdue.rows.size(), 1);
        QCOMPARE(overdue.rows.constFirst().constLast().toLongLong(), 27); // 11/02 to 10/03
    }

    // 03127 is Phường Him Lam in the 2024 list and Phường Điện Biên Phủ in the 2025 one. Today 10/09/2025;
    // province 11 (Điện Biên, the same code and name in both lists):
    //
    //  code  procedure     received             status  steps              due (8 working days)  stands
    //  K1    1.001731 (8)  Mon 16/06/2025 2024  4       none               26/06                 overdue
    //  K2    2.000751 (-)  Mon 30/06/2025 2024  4       none               none                  in progress
    //  K3    1.001731 (8)  Tue 01/07/2025 2025  10      finished 03/07     11/07                 on time
    //  K4    1.001731 (8)  Mon 08/09/2025 2025  4       none               18/09                 within
    //  K5    1.001731 (8)  Tue 01/07/2025 2025  4       none (commune 03151 of the 2025 list)    overdue
    void report_byCommune_splitsACodeUsedOnBothSidesOfTheReform() {
        const QDate today(2025, 9, 10);
        const std::unique_ptr<Store> opened = openStore(today, QStringLiteral("reform.sqlite"));
        QVERIFY(opened);
        Store &store = *opened;
        const QString dienBien = QStringLiteral("11");
        const QString code = QStringLiteral("03127");
        const QString other = QStringLiteral("03151");
        QVERIFY(PlaceCalendar::unit(PlaceLevel::Commune, other, GsoList::Units2025));
        ChangeSet c;
        auto add = [&](const char *id, const QString &procedure, const QString &commune,
                       const QDateTime &when, const char *status) {
            c.received << ChangeSet::ReceivedDossier{dossier(QString::fromLatin1(id), procedure, commune,
                                                             when, QString::fromLatin1(status), dienBien),
                                                     {}};
        };
        add("K1", P8, code, at(2025, 6, 16), "4");
        add("K2", PNone, code, at(2025, 6, 30, 16), "4");
        add("K3", P8, code, at(2025, 7, 1, 8), "10");
        add("K4", P8, code, at(2025, 9, 8), "4");
        add("K5", P8, other, at(2025, 7, 1, 8), "4");
        c.receivedSteps << ChangeSet::ReceivedStep{
            step(QStringLiteral("K3"), at(2025, 7, 3, 16), QStringLiteral("10")), {}};
        const auto applied = store.apply(c);
        QVERIFY2(applied, qPrintable(applied.error().message));
        const ReportQuery query = ReportQuery::forPeriod(QDate(2025, 6, 1), QDate(2025, 9, 10), dienBien,
                                                         QString(), ReportGrouping::Commune, today);
        const StoreResult<ReportResult> r = store.report(query);
        QVERIFY2(r, qPrintable(applied.error().message));
        const QList<Expected> expected = {{code, 2, 0, 0, 0, 2, 0, 1, GsoList::Units2024},
                                          {code, 2, 1, 1, 0, 1, 1, 0, GsoList::Units2025},
                                          {other, 1, 0, 0, 0, 1, 0, 1, GsoList::Units2025}};
        QCOMPARE(r->rows.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const ReportRow &row = r->rows.at(i);
            const Expected &e = expected.at(i);
            QCOMPARE(row.key, e.key);
            QCOMPARE(row.list, e.list);
            const qint64 counts[] = {row.counts.received, row.counts.finished,   row.counts.onTime,
                                     row.counts.late,     row.counts.inProgress, row.counts.withinDeadline,
                                     row.counts.overdue};
            const qint64 wanted[] = {e.received,   e.finished, e.onTime, e.late,
                                     e.inProgress, e.within,   e.overdue};
            for (int m = 0; m < 7; ++m)
                QCOMPARE(counts[m], wanted[m]);
            // The group's cell opens the case list on exactly the dossiers it counted, and no others.
            const ListFilter f = query.drillDown(&row, DeadlineFilter::Any);
            QCOMPARE(f.areaList, e.list);
            QCOMPARE(*store.count(f), e.received);
            QCOMPARE(*store.count(query.drillDown(&row, DeadlineFilter::Overdue)), e.overdue);
            QCOMPARE(*store.count(query.drillDown(&row, DeadlineFilter::OnTime)), e.onTime);
        }
        QCOMPARE(r->total.received, 5);
        QCOMPARE(r->total.overdue, 2);

        // Named as the group's list names the code, and the list said in its own column.
        const ReportTable t = ReportTables::counts(*r);
        QCOMPARE(t.columns.constLast().key, QStringLiteral("units"));
        QCOMPARE(t.rows.at(0).at(1).toString(), QStringLiteral("03127 Phường Him Lam (2024)"));
        QCOMPARE(t.rows.at(1).at(1).toString(), QStringLiteral("03127 Phường Điện Biên Phủ (2025)"));
        QCOMPARE(t.rows.at(0).constLast().toString(), QStringLiteral("2024"));
        QCOMPARE(t.rows.at(1).constLast().toString(), QStringLiteral("2025"));
        QCOMPARE(t.rows.constLast().at(ReportTables::firstCountColumn()).toLongLong(), 5);
        // The overdue list names each commune in its own dossier's list.
        const ReportTable overdue = ReportTables::overdue(*r);
        QCOMPARE(overdue.rows.size(), 2);
        QCOMPARE(overdue.rows.at(0).at(0).toString(), QStringLiteral("K1"));
        QCOMPARE(overdue.rows.at(0).at(3).toString(), QStringLiteral("Phường Him Lam"));

        // Read in one list, the area counts only that side of the reform, and the title says so.
        ReportQuery today2025 = query;
        today2025.filter.areaList = GsoList::Units2025;
        const StoreResult<ReportResult> r2025 = store.report(today2025);
        QVERIFY(r2025);
        QCOMPARE(r2025->rows.size(), 2);
        QCOMPARE(r2025->total.received, 3);
        QVERIFY2(ReportTables::periodText(today2025).contains(QStringLiteral("11 Tỉnh Điện Biên (2025 list")),
                 qPrintable(ReportTables::periodText(today2025)));
    }

    // A province of 2024 merged away on 01/07/2025 (Bắc Ninh, 27, into the new Bắc Ninh that took Bắc
    // Giang's code 24): its code reads only in the 2024 list, and the code 24 names another province on each
    // side. Nothing maps one to the other.
    void report_provinceCodeIsReadInTheAreasList() {
        const QDate today(2025, 9, 10);
        const std::unique_ptr<Store> opened = openStore(today, QStringLiteral("provinces.sqlite"));
        QVERIFY(opened);
        Store &store = *opened;
        QVERIFY(PlaceCalendar::unit(PlaceLevel::Province, u"27", GsoList::Units2024));
        QVERIFY(!PlaceCalendar::unit(PlaceLevel::Province, u"27", GsoList::Units2025));
        ChangeSet c;
        c.received << ChangeSet::ReceivedDossier{dossier(QStringLiteral("N1"), P8, QString(), at(2025, 6, 2),
                                                         QStringLiteral("4"), QStringLiteral("27")),
                                                 {}};
        c.received << ChangeSet::ReceivedDossier{dossier(QStringLiteral("G1"), P8, QString(), at(2025, 6, 2),
                                                         QStringLiteral("4"), QStringLiteral("24")),
                                                 {}};
        c.received << ChangeSet::ReceivedDossier{dossier(QStringLiteral("G2"), P8, QString(), at(2025, 8, 4),
                                                         QStringLiteral("4"), QStringLiteral("24")),
                                                 {}};
        const auto applied = store.apply(c);
        QVERIFY2(applied, qPrintable(applied.error().message));
        auto received = [&](const QString &province, std::optional<GsoList> list) {
            ReportQuery q = ReportQuery::forPeriod(QDate(2025, 1, 1), QDate(2025, 9, 10), province, QString(),
                                                   ReportGrouping::Month, today);
            q.filter.areaList = list;
            const StoreResult<ReportResult> r = store.report(q);
            return r ? r->total.received : -1;
        };
        QCOMPARE(received(QStringLiteral("24"), std::nullopt), 2); // the code on any date
        QCOMPARE(received(QStringLiteral("24"), GsoList::Units2024), 1);
        QCOMPARE(received(QStringLiteral("24"), GsoList::Units2025), 1);
        QCOMPARE(received(QStringLiteral("27"), GsoList::Units2024), 1);
        QCOMPARE(received(QStringLiteral("27"), GsoList::Units2025), 0); // merged away: nothing after
        ReportQuery q = ReportQuery::forPeriod(QDate(2025, 1, 1), QDate(2025, 9, 10), QStringLiteral("24"),
                                               QString(), ReportGrouping::Month, today);
        q.filter.areaList = GsoList::Units2024;
        QVERIFY2(ReportTables::periodText(q).contains(QStringLiteral("24 Tỉnh Bắc Giang (2024 list")),
                 qPrintable(ReportTables::periodText(q)));
        q.filter.areaList = GsoList::Units2025;
        QVERIFY2(ReportTables::periodText(q).contains(QStringLiteral("24 Tỉnh Bắc Ninh (2025 list")),
                 qPrintable(ReportTables::periodText(q)));
    }

    // The server's reports are the file's: the same dossiers written to an SQLite file and to the server
    // database give every group, count and overdue dossier alike, grouped each way, in the whole database
    // and in an area read in either list, filtered by a search (the server's, ServerSearch) and by where
    // the dossiers stand against their deadline.
    void report_onTheServer_equalsTheFileReport_everyGroupingAndFilter() {
        if (!m_backend.isServer())
            QSKIP("compares the server's reports with an SQLite file's");
        const QDate today(2025, 9, 10);
        const std::unique_ptr<Store> server = openStore(today, QStringLiteral("generated"));
        QVERIFY(server);
        QVERIFY(server->isServer());
        const std::unique_ptr<Store> file =
            openStoreAt(today, m_backend.filePath(QStringLiteral("generated.sqlite")), false);
        QVERIFY(file);
        const ChangeSet c = generatedDossiers(400);
        for (Store *store : {server.get(), file.get()}) {
            const auto applied = store->apply(c);
            QVERIFY2(applied, qPrintable(applied.error().message));
        }
        struct Case {
            const char *what;
            ReportQuery query;
        };
        QList<Case> cases;
        for (ReportGrouping by : {ReportGrouping::Procedure, ReportGrouping::Commune, ReportGrouping::Month,
                                  ReportGrouping::Status}) {
            cases << Case{"the whole database", ReportQuery::forPeriod({}, {}, {}, {}, by, today)};
            cases << Case{"a period",
                          ReportQuery::forPeriod(QDate(2025, 4, 1), QDate(2025, 7, 20), {}, {}, by, today)};
            ReportQuery province = ReportQuery::forPeriod(QDate(2025, 3, 1), QDate(2025, 9, 10),
                                                          QStringLiteral("11"), {}, by, today);
            province.filter.areaList = GsoList::Units2025;
            cases << Case{"a province in the 2025 list", province};
            ReportQuery commune = ReportQuery::forPeriod(QDate(2025, 3, 1), QDate(2025, 9, 10), {},
                                                         QStringLiteral("03127"), by, today);
            commune.filter.areaList = GsoList::Units2024;
            cases << Case{"a commune in the 2024 list", commune};
            for (const char *search : {"nguyen", "thi", "000.00.15.g07-221209-01", "zzzz"}) {
                ReportQuery searched = ReportQuery::forPeriod({}, {}, {}, {}, by, today);
                searched.filter.search = QString::fromUtf8(search);
                cases << Case{search, searched};
            }
            ReportQuery overdue = ReportQuery::forPeriod({}, {}, QStringLiteral("01"), {}, by, today);
            overdue.filter.deadline = DeadlineFilter::Overdue;
            cases << Case{"overdue dossiers of a province", overdue};
            ReportQuery few = ReportQuery::forPeriod({}, {}, {}, {}, by, today);
            few.overdueLimit = 7;
            cases << Case{"the seven most overdue", few};
        }
        for (const Case &k : std::as_const(cases)) {
            const QByteArray what =
                QByteArray(k.what) + " by " + ReportQuery::groupingName(k.query.by).toUtf8();
            const StoreResult<ReportResult> onFile = file->report(k.query);
            QVERIFY2(onFile, QByteArray(what + ": " + onFile.error().message.toUtf8()).constData());
            const StoreResult<ReportResult> onServer = server->report(k.query);
            QVERIFY2(onServer, QByteArray(what + ": " + onServer.error().message.toUtf8()).constData());
            compareReports(*onServer, *onFile);
            if (QTest::currentTestFailed())
                QFAIL(what.constData());
        }
        // Not an empty comparison: the whole database counts every dossier, some overdue, some finished on
        // time or late; the searches found some and not all.
        const StoreResult<ReportResult> all =
            server->report(ReportQuery::forPeriod({}, {}, {}, {}, ReportGrouping::Month, today));
        QVERIFY(all);
        QCOMPARE(all->total.received, 400);
        QVERIFY(all->total.overdue > 0 && all->total.onTime > 0 && all->total.late > 0);
        QVERIFY(all->total.withinDeadline > 0);
        QVERIFY(!all->overdue.isEmpty());
        QVERIFY(all->rows.constFirst().key.isEmpty()); // the undated dossiers' group
        auto searched = [&](const char *text) {
            ReportQuery q = ReportQuery::forPeriod({}, {}, {}, {}, ReportGrouping::Status, today);
            q.filter.search = QString::fromUtf8(text);
            const StoreResult<ReportResult> r = server->report(q);
            return r ? r->total.received : -1;
        };
        QCOMPARE(searched("000.00.15.g07-221209-01"), 100); // dossiers 100 to 199
        QCOMPARE(searched("zzzz"), 0);
        const qint64 nguyen = searched("nguyen");
        QVERIFY2(nguyen > 0 && nguyen < 400, qPrintable(QString::number(nguyen)));
    }

    void report_stoppedByProgress_answersNothingAndSaysSo() {
        const StoreResult<ReportResult> r =
            m_store->report(query(ReportGrouping::Month), [](int done, int) { return done < 1; });
        QVERIFY(!r);
        QCOMPARE(r.error().kind, StoreError::Kind::Interrupted);
    }

    void olderDatabase_getsItsDeadlinesWhenUpgraded() {
        if (m_backend.isServer())
            QSKIP("a file's schema 6 upgraded on opening; a server database is made at the app's schema "
                  "(btxh db init) and upgraded by btxh db migrate");
        const QString path = m_backend.filePath(QStringLiteral("old.sqlite"));
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
        const auto opened = upgraded.open(path);
        QVERIFY2(opened, qPrintable(opened.error().message));
        const StoredDossier a = *upgraded.dossier(QStringLiteral("A"));
        QCOMPARE(a.due.due, QDate(2025, 2, 20));
        QCOMPARE(a.due.source, DeadlineSource::Gateway);
        QCOMPARE(a.due.finishedOn, QDate(2025, 1, 24));
    }
};

BTXH_STORE_TEST_MAIN(TestReport)
#include "tst_report.moc"
