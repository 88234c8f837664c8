// SPDX-License-Identifier: GPL-3.0-or-later
// Which index each query the store runs reads, on SQLite: every statement a store call runs is caught as it
// runs (sqlite3_trace_v2, with its bound values) and its plan asked of SQLite (EXPLAIN QUERY PLAN), for every
// way of reading the case list (each sort column both ways, keyset and offset pages, each filter and their
// everyday pairs, each way of reading a search, a code's beginning), the counts, the reports, a dossier's
// reads and writes, the outbox, the pull quarantine and the deadlines' recomputation. Each shape names the
// indexes it must read, so that dropping one a query needs fails here; and every index of the schema must be
// read by some shape, so that one nothing reads is found (issue 15: lean storage). Run without statistics
// and with them (ANALYZE), as a database may have them.
//
// BTXH_PLANS_DB=FILE checks the plans on a copy of a real database instead of the test's own data (the copy
// is written to); BTXH_PRINT_PLANS=1 prints every shape's statements and plans.
#include "JsonCodec.h"
#include "ReportQuery.h"
#include "SearchText.h"
#include "Store.h"
#include "TestDossiers.h"
#include "TestStore.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstring>
#include <functional>
#include <optional>
#include <sqlite3.h>

using namespace btxh;

namespace {

// The statements run on a connection while it is watched, with their bound values.
class StatementLog {
public:
    explicit StatementLog(const QSqlDatabase &db)
        : m_handle(*static_cast<sqlite3 *const *>(db.driver()->handle().data())) {
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT, &StatementLog::onStatement, this);
    }
    ~StatementLog() { sqlite3_trace_v2(m_handle, 0, nullptr, nullptr); }
    StatementLog(const StatementLog &) = delete;
    StatementLog &operator=(const StatementLog &) = delete;

    const QStringList &statements() const { return m_statements; }

private:
    static int onStatement(unsigned, void *context, void *statement, void *text) {
        const char *sql = static_cast<const char *>(text);
        // A trigger's statements come as comments; FTS5's own reads and writes of its tables name them
        // quoted by schema ('main'.'…'): neither is a query of the store's.
        if (!sql || sql[0] == '-' || std::strstr(sql, "'main'.") || std::strstr(sql, "\"main\"."))
            return 0;
        char *expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
        static_cast<StatementLog *>(context)->m_statements << QString::fromUtf8(expanded ? expanded : sql);
        sqlite3_free(expanded);
        return 0;
    }

    sqlite3 *m_handle;
    QStringList m_statements;
};

// A store call and the indexes its statements must read between them ("a|b": either).
struct Shape {
    QString name;
    std::function<bool(Store &)> run;
    QStringList indexes;
    // Read only without statistics: with them, SQLite reads a table of a few rows whole.
    QStringList indexesWithoutStatistics = {};
    // Read as a search is read when the search index's order is not the list's (SearchOrder: a received
    // date outside 1900-2171), by a store opened so.
    bool withoutSearchOrder = false;
};

ListQuery sortedBy(const QString &column, bool descending = true) {
    ListQuery q;
    q.sortColumn = column;
    q.descending = descending;
    return q;
}

ListQuery filtered(const ListFilter &filter, const QString &column = QStringLiteral("NgayTiepNhan")) {
    ListQuery q = sortedBy(column);
    q.filter = filter;
    return q;
}

ListFilter searching(const QString &text) {
    ListFilter f;
    f.search = text;
    return f;
}

bool listed(Store &store, const ListQuery &query) {
    return store.list(query).has_value();
}

bool counted(Store &store, const ListFilter &filter) {
    return store.count(filter).has_value();
}

} // namespace

class TestStorePlans : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store, m_withoutSearchOrder;
    const test::TestDossiers m_data{15};
    static constexpr int Dossiers = 600;
    // A common value of each filter, read from the data.
    QString m_status, m_province, m_district, m_commune, m_procedure, m_code;
    QList<Shape> m_shapes;
    // The indexes some shape's plans read, over both runs.
    QSet<QString> m_read;
    // Each run's writes change what they write, so that they are not found unchanged.
    int m_revision = 1;
    bool m_analyzed = false;

    QString value(const QString &sql) {
        QSqlQuery q(m_store->database());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }

    QString mostCommon(const QString &column) {
        return value(QStringLiteral("SELECT \"%1\" FROM dossiers GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
                         .arg(column));
    }

    QStringList indexesOfTheSchema() {
        QStringList out;
        QSqlQuery q(m_store->database());
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"));
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    // The plan of each statement, one line each step; the names of the indexes they read.
    QString planOf(const QString &statement, QSet<QString> *indexes) {
        static const QRegularExpression index(QStringLiteral("INDEX (\\w+)"));
        QSqlQuery q(m_store->database());
        if (!q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + statement))
            return QStringLiteral("<no plan: %1>").arg(q.lastError().text());
        QString text;
        while (q.next()) {
            const QString detail = q.value(3).toString();
            text += QStringLiteral("  ") + detail + u'\n';
            for (auto m = index.globalMatch(detail); m.hasNext();)
                indexes->insert(m.next().captured(1));
        }
        return text;
    }

    void addShapes() {
        QList<Shape> &s = m_shapes;
        // The case list, each column the window sorts by (and the CLI's others), each way.
        const QList<std::pair<QString, QString>> sorts = {
            {QStringLiteral("NgayTiepNhan"), QStringLiteral("dossiers_received")},
            {QStringLiteral("code"), QStringLiteral("sqlite_autoindex_dossiers_1")},
            {QStringLiteral("MaHoSo"), QStringLiteral("sqlite_autoindex_dossiers_1")},
            {QStringLiteral("HoVaTen"), QStringLiteral("dossier_sort_keys_HoVaTen")},
            {QStringLiteral("given_name"), QStringLiteral("dossier_sort_keys_given_name")},
            {QStringLiteral("MaTTHC"), QStringLiteral("dossiers_procedure")},
            {QStringLiteral("MaXa"), QStringLiteral("dossiers_report_commune")},
            {QStringLiteral("deadline"), QStringLiteral("dossiers_due")},
            {QStringLiteral("StatusId"), QStringLiteral("dossiers_status")},
            {QStringLiteral("sync_state"), QStringLiteral("dossiers_sync_state")},
            {QStringLiteral("updated_at"), QStringLiteral("dossiers_updated")},
            {QStringLiteral("SubmittedDate"), QStringLiteral("dossiers_submitted")},
        };
        for (const auto &[column, index] : sorts) {
            for (bool descending : {true, false}) {
                s << Shape{
                    QStringLiteral("list sorted by %1 %2")
                        .arg(column, descending ? QStringLiteral("desc") : QStringLiteral("asc")),
                    [column, descending](Store &st) { return listed(st, sortedBy(column, descending)); },
                    {index}};
            }
        }
        s << Shape{QStringLiteral("list by keyset cursor, then by offset"),
                   [](Store &st) {
                       const auto first = st.list(ListQuery());
                       if (!first || !first->next)
                           return false;
                       ListQuery next;
                       next.after = first->next;
                       ListQuery offset;
                       offset.offset = 100;
                       return listed(st, next) && listed(st, offset);
                   },
                   {QStringLiteral("dossiers_received")}};

        // Filters, alone and in the everyday pairs, with their counts.
        ListFilter status;
        status.statuses = {m_status};
        ListFilter statusProvince = status;
        statusProvince.province = m_province;
        ListFilter procedure;
        procedure.procedure = m_procedure;
        ListFilter district;
        district.province = m_province;
        district.district = m_district;
        ListFilter commune;
        commune.commune = m_commune;
        ListFilter sync;
        sync.syncStates = {SyncState::Ready};
        ListFilter month;
        month.from = QDate(2024, 3, 1);
        month.to = QDate(2024, 3, 31);
        ListFilter all = statusProvince;
        all.procedure = m_procedure;
        all.from = month.from;
        all.to = month.to;
        ListFilter overdue;
        overdue.deadline = DeadlineFilter::Overdue;
        const QList<std::tuple<QString, ListFilter, QStringList, QStringList>> filters = {
            // Sorted by received date, a status alone walks the status's index in that order (schema 12),
            // where the status's own index gave all its rows to be sorted (TEMP B-TREE).
            {QStringLiteral("status"),
             status,
             {QStringLiteral("dossiers_status_received")},
             {QStringLiteral("dossiers_status|dossiers_status_province|dossiers_status_received")}},
            {QStringLiteral("status and province"),
             statusProvince,
             {QStringLiteral("dossiers_status_province")},
             {QStringLiteral("dossiers_status_province")}},
            {QStringLiteral("status, province, procedure and month"),
             all,
             {QStringLiteral("dossiers_procedure_received|dossiers_status_province")},
             {QStringLiteral("dossiers_status_province|dossiers_procedure_received")}},
            {QStringLiteral("procedure"),
             procedure,
             {QStringLiteral("dossiers_procedure_received")},
             {QStringLiteral("dossiers_procedure|dossiers_procedure_received")}},
            {QStringLiteral("province and district"),
             district,
             {QStringLiteral("dossiers_report_province|dossiers_area|dossiers_received")},
             {QStringLiteral("dossiers_area")}},
            {QStringLiteral("commune"),
             commune,
             {QStringLiteral("dossiers_report_commune|dossiers_received")},
             {QStringLiteral("dossiers_report_commune")}},
            {QStringLiteral("sync state"),
             sync,
             {QStringLiteral("dossiers_sync_state|dossiers_received")},
             {QStringLiteral("dossiers_sync_state")}},
            {QStringLiteral("received in a month"),
             month,
             {QStringLiteral("dossiers_received|dossiers_received_code")},
             {QStringLiteral("dossiers_received")}},
            {QStringLiteral("overdue"),
             overdue,
             {QStringLiteral("dossiers_received")},
             {QStringLiteral("dossiers_due")}},
        };
        for (const auto &[name, filter, listIndexes, countIndexes] : filters) {
            s << Shape{QStringLiteral("list filtered by %1").arg(name),
                       [filter](Store &st) { return listed(st, filtered(filter)); }, listIndexes};
            s << Shape{QStringLiteral("count filtered by %1").arg(name),
                       [filter](Store &st) { return counted(st, filter); }, countIndexes};
        }
        s << Shape{
            QStringLiteral("count of everything"), [](Store &st) { return counted(st, ListFilter()); }, {}};

        // Searches: few matches, a gathered set walked in a sort order, the C++ walk, the search index's own
        // order; a code's beginning; with a filter; their counts.
        const QString code = m_code;
        const QString codeToMonth = code.left(code.lastIndexOf(u'-') - 2);
        s << Shape{QStringLiteral("search, few matches"),
                   [code](Store &st) { return listed(st, filtered(searching(code.right(4)))); },
                   {}};
        const QList<std::pair<QString, QString>> searchSorts = {
            {QStringLiteral("NgayTiepNhan"), QStringLiteral("dossiers_received")},
            {QStringLiteral("HoVaTen"), QStringLiteral("dossier_sort_keys_HoVaTen")},
            {QStringLiteral("code"), QStringLiteral("sqlite_autoindex_dossiers_1")},
            {QStringLiteral("StatusId"), QStringLiteral("dossiers_status")},
            {QStringLiteral("updated_at"), QStringLiteral("dossiers_updated")},
        };
        for (const auto &[column, index] : searchSorts) {
            s << Shape{QStringLiteral("search, many, sorted by %1").arg(column),
                       [column](Store &st) {
                           return listed(st, filtered(searching(QStringLiteral("nguyen")), column)) &&
                                  listed(st, filtered(searching(QStringLiteral("n")), column));
                       },
                       {index}};
        }
        s << Shape{QStringLiteral("search with a filter"),
                   [status](Store &st) {
                       ListFilter f = status;
                       f.search = QStringLiteral("nguyen");
                       return listed(st, filtered(f)) && listed(st, filtered(f, QStringLiteral("HoVaTen")));
                   },
                   {QStringLiteral("dossiers_status|dossiers_status_province")}};
        s << Shape{QStringLiteral("a code's beginning, sorted by received date and by code"),
                   [codeToMonth](Store &st) {
                       return listed(st, filtered(searching(codeToMonth))) &&
                              listed(st, filtered(searching(codeToMonth), QStringLiteral("code")));
                   },
                   {QStringLiteral("sqlite_autoindex_dossiers_1")}};
        s << Shape{QStringLiteral("a code's beginning, sorted by received date, without the search order"),
                   [codeToMonth](Store &st) { return listed(st, filtered(searching(codeToMonth))); },
                   {QStringLiteral("dossiers_received_code")},
                   {},
                   true};
        s << Shape{QStringLiteral("a code's beginning, sorted by name"),
                   [codeToMonth](Store &st) {
                       return listed(st, filtered(searching(codeToMonth), QStringLiteral("HoVaTen")));
                   },
                   {QStringLiteral("dossier_sort_keys_HoVaTen")}};
        s << Shape{QStringLiteral("count of a search"),
                   [](Store &st) { return counted(st, searching(QStringLiteral("nguyen"))); },
                   {}};
        s << Shape{QStringLiteral("count of a code's beginning"),
                   [codeToMonth](Store &st) { return counted(st, searching(codeToMonth)); },
                   {QStringLiteral("sqlite_autoindex_dossiers_1")}};
        s << Shape{QStringLiteral("count of a code's beginning with a status"),
                   [codeToMonth, status](Store &st) {
                       ListFilter f = status;
                       f.search = codeToMonth;
                       return counted(st, f);
                   },
                   {QStringLiteral("dossiers_status_received")}};

        // Reports, each grouping, for a province and for a commune.
        const QString province = m_province, communeCode = m_commune;
        s << Shape{
            QStringLiteral("reports of a province"),
            [province](Store &st) {
                for (ReportGrouping by : {ReportGrouping::Month, ReportGrouping::Procedure,
                                          ReportGrouping::Commune, ReportGrouping::Status})
                    if (!st.report(ReportQuery::forPeriod(QDate(2023, 1, 1), QDate(2025, 12, 31), province,
                                                          QString(), by, QDate(2025, 12, 31))))
                        return false;
                return true;
            },
            {QStringLiteral("dossiers_report_province")}};
        s << Shape{QStringLiteral("reports of a commune"),
                   [province, communeCode](Store &st) {
                       return st
                           .report(ReportQuery::forPeriod(QDate(2023, 1, 1), QDate(2025, 12, 31), province,
                                                          communeCode, ReportGrouping::Month,
                                                          QDate(2025, 12, 31)))
                           .has_value();
                   },
                   {QStringLiteral("dossiers_report_commune|dossiers_report_province")}};

        // A dossier: read whole, with its steps and audit trail; the codes the sync engine asks about.
        s << Shape{
            QStringLiteral("a dossier, its steps and audit trail"),
            [code](Store &st) {
                return st.dossier(code) && st.steps(code) && st.reader().auditTrail(code) &&
                       st.reader().finalResultCodes({code}) && st.reader().codesWithLocalEdits({code}) &&
                       st.reader().codesWithLocalSteps({code});
            },
            {QStringLiteral("sqlite_autoindex_dossiers_1"), QStringLiteral("sqlite_autoindex_documents_1"),
             QStringLiteral("sqlite_autoindex_result_papers_1"), QStringLiteral("steps_dossier_time"),
             QStringLiteral("audit_dossier")}};
        // Writes: a dossier received again changed, with its steps; a local edit.
        const test::TestDossiers data = m_data;
        int *revision = &m_revision;
        s << Shape{QStringLiteral("a pull's write and a local edit"),
                   [data, revision](Store &st) {
                       ++*revision;
                       ChangeSet c;
                       c.received << ChangeSet::ReceivedDossier{data.dossier(3, *revision), {}};
                       for (const ProcessingStep &step : data.steps(3))
                           c.receivedSteps << ChangeSet::ReceivedStep{step, {}};
                       return st.apply(c) && test::enterDossier(st, data.dossier(9, *revision));
                   },
                   {QStringLiteral("sqlite_autoindex_dossiers_1"), QStringLiteral("sqlite_autoindex_steps_1"),
                    QStringLiteral("steps_dossier_time"), QStringLiteral("sqlite_autoindex_documents_1")}};
        s << Shape{QStringLiteral("deadline rules changed: every computed deadline again"),
                   [revision](Store &st) {
                       return st.settings()
                           .setValue(QStringLiteral("deadline.days.2.000751"), QString::number(*revision))
                           .has_value();
                   },
                   {QStringLiteral("dossiers_procedure_received")}};

        // The outbox and the lease, as the sync engine and the sync panel use them.
        s << Shape{QStringLiteral("the outbox: due, a push accepted, the panel's lists"),
                   [code, data, revision](Store &st) {
                       // One entry queued at least, whatever the database holds.
                       if (!test::enterDossier(st, data.dossier(Dossiers + *revision)))
                           return false;
                       SyncLease lease = SyncLease::here(QStringLiteral("plans"));
                       const auto taken = st.outbox().acquireLease(lease, 60);
                       const auto due = st.outbox().due(QDateTime::currentDateTimeUtc(), 10);
                       if (!taken || !due || due->isEmpty())
                           return false;
                       const qint64 id = due->constFirst().id;
                       return st.outbox().markSent(id, lease.token) &&
                              st.outbox().markPushed(id, lease.token, QStringLiteral("ok")) &&
                              st.outbox().entries(20) && st.outbox().entries(OutboxEntry::State::Failed) &&
                              st.outbox().entriesOf(code) && st.outbox().queuedCount() &&
                              st.outbox().reclaimStranded(lease.token, QStringLiteral("gone")) &&
                              st.outbox().releaseLease(lease.token);
                   },
                   {QStringLiteral("outbox_due"), QStringLiteral("outbox_dossier")}};
        s << Shape{QStringLiteral("the pull quarantine"),
                   [](Store &st) {
                       QuarantinedItem item;
                       item.service = QStringLiteral("dossiers");
                       item.area = QStringLiteral("01");
                       item.windowFrom = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
                       item.windowTo = item.windowFrom.addSecs(3600);
                       item.item = "{}";
                       item.problem = QStringLiteral("unreadable");
                       item.receivedAt = item.windowTo;
                       return st.quarantine().add({item}) && st.quarantine().waiting() &&
                              st.quarantine().oldestWindow(item.service, item.area);
                   },
                   {},
                   {QStringLiteral("pull_quarantine_open")}};
    }

    void runShapes() {
        const QStringList schema = indexesOfTheSchema();
        QStringList failures;
        for (const Shape &shape : std::as_const(m_shapes)) {
            Store &store = shape.withoutSearchOrder ? *m_withoutSearchOrder : *m_store;
            QStringList statements;
            {
                const StatementLog log(store.database());
                if (!shape.run(store)) {
                    failures << shape.name + QStringLiteral(": the store call failed");
                    continue;
                }
                statements = log.statements();
            }
            QSet<QString> read;
            QString plans;
            statements.removeDuplicates();
            for (const QString &sql : std::as_const(statements)) {
                const QString plan = planOf(sql, &read);
                if (!plan.isEmpty())
                    plans += sql.left(400) + u'\n' + plan;
            }
            read.intersect(QSet<QString>(schema.begin(), schema.end()));
            m_read += read;
            QStringList missing;
            const QStringList expectedIndexes =
                shape.indexes + (m_analyzed ? QStringList() : shape.indexesWithoutStatistics);
            for (const QString &expected : expectedIndexes) {
                const QStringList either = expected.split(u'|');
                if (std::none_of(either.begin(), either.end(),
                                 [&](const QString &i) { return read.contains(i); }))
                    missing << expected;
            }
            if (!missing.isEmpty()) {
                failures << shape.name;
                qWarning().noquote() << shape.name << "reads no" << missing.join(u',') << "\n" << plans;
            } else if (qEnvironmentVariableIsSet("BTXH_PRINT_PLANS")) {
                qInfo().noquote() << "==" << shape.name << "\n" << plans;
            }
        }
        QVERIFY2(failures.isEmpty(),
                 qPrintable(QStringLiteral("shapes without their indexes (plans above): ") +
                            failures.join(QStringLiteral("; "))));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("plans.sqlite"));
        const QString given = qEnvironmentVariable("BTXH_PLANS_DB");
        if (!given.isEmpty())
            QVERIFY2(QFile::copy(given, path), qPrintable(given));
        Store::Options o;
        // The ways of reading a search, at this store's size as at a million dossiers.
        o.searchPlan = SearchPlan{20, 150, 400, true};
        m_store = std::make_unique<Store>(o);
        QVERIFY(m_store->open(path));
        if (given.isEmpty())
            QVERIFY(test::writeLeanMix(*m_store, m_data, Dossiers));
        o.searchPlan.searchOrder = false;
        m_withoutSearchOrder = std::make_unique<Store>(o);
        QVERIFY(m_withoutSearchOrder->open(path));
        m_status = mostCommon(QStringLiteral("f_StatusId"));
        m_province = mostCommon(QStringLiteral("f_MaTinh"));
        m_district = mostCommon(QStringLiteral("f_MaHuyen"));
        m_commune = mostCommon(QStringLiteral("f_MaXa"));
        m_procedure = mostCommon(QStringLiteral("f_MaTTHC"));
        m_code = value(QStringLiteral("SELECT code FROM dossiers ORDER BY id LIMIT 1 OFFSET 4"));
        QVERIFY(!m_status.isEmpty() && !m_province.isEmpty() && !m_commune.isEmpty() && !m_code.isEmpty());
        addShapes();
    }

    void everyShape_readsItsIndexes_withoutStatistics() {
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE IF EXISTS sqlite_stat1")));
        QVERIFY(q.exec(QStringLiteral("ANALYZE sqlite_schema"))); // forgets what it had read
        runShapes();
    }

    void everyShape_readsItsIndexes_withStatistics() {
        {
            QSqlQuery q(m_store->database());
            QVERIFY2(q.exec(QStringLiteral("ANALYZE")), qPrintable(q.lastError().text()));
        }
        m_analyzed = true;
        // The other connection reads the statistics anew.
        QSqlQuery q(m_withoutSearchOrder->database());
        QVERIFY(q.exec(QStringLiteral("ANALYZE sqlite_schema")));
        runShapes();
    }

    // A last word longer than the search index's prefixes (1-4 characters) makes FTS5 gather every term it
    // begins before its first match; sorted by received date, the list reads it through its first 4
    // characters instead, in the index's order, and checks the rest in C++.
    void aLongLastWord_isReadThroughTheIndexedPrefix() {
        for (const QString &typed : {QStringLiteral("nguyen"), QStringLiteral("nguye")}) {
            QStringList statements;
            std::optional<ListPage> page;
            {
                const StatementLog log(m_store->database());
                ListQuery q;
                q.filter.search = typed;
                const auto listed = m_store->list(q);
                QVERIFY2(listed, qPrintable(listed.error().message));
                page = *listed;
                statements = log.statements();
            }
            QCOMPARE(page->rows.size(), 50); // a full page
            QVERIFY(page->next);
            const QString whole = QStringLiteral("\"%1\"*").arg(typed);
            const QString indexed = QStringLiteral("\"nguy\"*");
            QVERIFY2(std::none_of(statements.begin(), statements.end(),
                                  [&](const QString &sql) { return sql.contains(whole); }),
                     qPrintable(statements.join(u'\n')));
            QVERIFY2(std::any_of(statements.begin(), statements.end(),
                                 [&](const QString &sql) { return sql.contains(indexed); }),
                     qPrintable(statements.join(u'\n')));
        }
    }

    // A code typed from its start matches every dossier until its date: its count is all the dossiers less
    // the few whose code lies outside its range, not the range counted whole.
    void aCodesBeginningSharedByAll_isCountedFromTheCodesOutsideIt() {
        const QString agency = m_code.section(u'-', 0, 0);
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(code LIKE '%1-%') FROM dossiers").arg(agency)));
        QVERIFY(q.next());
        const qint64 all = q.value(0).toLongLong(), shared = q.value(1).toLongLong();
        QVERIFY2(all - shared <= 20 && shared > 20, qPrintable(agency)); // the plan's narrowRows
        q.finish();
        QStringList statements;
        qint64 counted = -1;
        {
            const StatementLog log(m_store->database());
            ListFilter f;
            f.search = agency + u'-';
            const auto n = m_store->count(f);
            QVERIFY2(n, qPrintable(n.error().message));
            counted = *n;
            statements = log.statements();
        }
        QCOMPARE(counted, shared);
        const QString outside = QStringLiteral("dossiers.code < '%1-'").arg(agency);
        QVERIFY2(std::any_of(statements.begin(), statements.end(),
                             [&](const QString &sql) { return sql.contains(outside); }),
                 qPrintable(statements.join(u'\n')));
        QVERIFY2(std::none_of(statements.begin(), statements.end(),
                              [&](const QString &sql) {
                                  return sql.startsWith(
                                      QStringLiteral("SELECT count(*) FROM dossiers WHERE"));
                              }),
                 qPrintable(statements.join(u'\n')));
    }

    // The statements a count of `typed` runs, or nothing when it failed; *counted gets the count.
    std::optional<QStringList> countStatements(const QString &typed, qint64 *counted) {
        const StatementLog log(m_store->database());
        ListFilter f;
        f.search = typed;
        const auto n = m_store->count(f);
        if (!n) {
            qWarning() << n.error().message;
            return std::nullopt;
        }
        *counted = *n;
        return log.statements();
    }

    // Whether some statement holds `text`, with the statements as the failure's message.
    static bool anyHolds(const QStringList &statements, const QString &text) {
        return std::any_of(statements.begin(), statements.end(),
                           [&](const QString &sql) { return sql.contains(text); });
    }

    qint64 number(const QString &sql) {
        QSqlQuery q(m_store->database());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    // The search index's own count of a MATCH expression.
    qint64 searchIndexCount(const QString &match) {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT count(*) FROM dossier_search WHERE dossier_search MATCH ?"));
        q.addBindValue(match);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    // A code typed to where fewer than half of the codes begin with it: each of its ranges counted on its
    // own (an OR of them makes SQLite collect every row's id).
    void aCodesBeginningHeldByFew_isCountedRangeByRange() {
        const QString typed = m_code.chopped(2);
        qint64 counted = -1;
        const auto statements = countStatements(typed, &counted);
        QVERIFY(statements);
        QCOMPARE(counted,
                 number(QStringLiteral("SELECT count(*) FROM dossiers WHERE code LIKE '%1%'").arg(typed)));
        QVERIFY2(counted > 20 && counted < Dossiers / 2, qPrintable(typed)); // past the plan's narrowRows
        const QString byRange =
            QStringLiteral("SELECT ((SELECT count(*) FROM dossiers WHERE dossiers.code >= '%1'").arg(typed);
        QVERIFY2(std::any_of(statements->begin(), statements->end(),
                             [&](const QString &sql) { return sql.startsWith(byRange); }),
                 qPrintable(statements->join(u'\n')));
        QVERIFY2(!anyHolds(*statements, QStringLiteral(") OR (dossiers.code")),
                 qPrintable(statements->join(u'\n')));
    }

    // An agency's last part typed without the code's beginning ("G07-") is a search of words every code
    // holds: counted from the few codes outside, not by the search index.
    void aCodesLaterPartsHeldByAll_areCountedFromTheCodesOutside() {
        const QString agency = m_code.section(u'-', 0, 0);
        const QString typed = agency.section(u'.', -1) + u'-';
        qint64 counted = -1;
        const auto statements = countStatements(typed, &counted);
        QVERIFY(statements);
        QCOMPARE(counted, searchIndexCount(QStringLiteral("\"%1\"*").arg(typed.chopped(1).toLower())));
        QVERIFY2(anyHolds(*statements, QStringLiteral("dossiers.code < '")),
                 qPrintable(statements->join(u'\n')));
        QVERIFY2(!anyHolds(*statements, QStringLiteral("MATCH")), qPrintable(statements->join(u'\n')));
    }

    // A code's later parts that too many codes lie outside of to check one by one ("G07-24", two months of
    // codes): while the agency's letter and number are held by the codes alone, counted from the code index,
    // the search index's vocabulary proving that (its count of every place the word is held), not by FTS5
    // matching the phrase. On a store of its own: this one's codes are all of one day.
    void aCodesLaterPartsHeldBySome_areCountedFromTheCodeIndex() {
        Store::Options o;
        o.searchPlan = SearchPlan{20, 150, 400, true};
        Store store(o);
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("tails.sqlite"))));
        ChangeSet c;
        qint64 of2024 = 0;
        for (int i = 0; i < 200; ++i) {
            const QDate day = QDate(2023, 12, 1).addDays(i % 62);
            of2024 += day.year() == 2024 ? 1 : 0;
            Dossier d;
            d.setValue(DossierField::MaHoSo, QStringLiteral("000.00.15.G07-%1-%2")
                                                 .arg(day.toString(QStringLiteral("yyMMdd")))
                                                 .arg(i, 4, 10, QChar(u'0')));
            d.setValue(DossierField::HoVaTen, QString::fromUtf8("Nguyễn Văn An"));
            d.setValue(DossierField::NgayTiepNhan,
                       QStringLiteral("%1 08:00:00").arg(day.toString(QStringLiteral("dd/MM/yyyy"))));
            c.received << ChangeSet::ReceivedDossier{d, {}};
        }
        QVERIFY(store.apply(c));
        QStringList statements;
        qint64 counted = -1;
        {
            const StatementLog log(store.database());
            ListFilter f;
            f.search = QStringLiteral("G07-24");
            const auto n = store.count(f);
            QVERIFY2(n, qPrintable(n.error().message));
            counted = *n;
            statements = log.statements();
        }
        QCOMPARE(counted, of2024);
        QVERIFY2(anyHolds(statements, QStringLiteral("btxh_search_terms")),
                 qPrintable(statements.join(u'\n')));
        QVERIFY2(!anyHolds(statements, QStringLiteral("MATCH")), qPrintable(statements.join(u'\n')));
    }

    // A last word longer than the index's prefixes is counted as the terms it begins, read from the index's
    // vocabulary: FTS5 would gather every one of its matches with their positions.
    void aLongLastWord_isCountedFromTheTermsItBegins() {
        for (const QString &typed : {QStringLiteral("nguye"), QStringLiteral("thi nguye")}) {
            qint64 counted = -1;
            const auto statements = countStatements(typed, &counted);
            QVERIFY(statements);
            QCOMPARE(counted, searchIndexCount(SearchText::matchExpression(typed)));
            QVERIFY2(counted > 0, qPrintable(typed));
            QVERIFY2(anyHolds(*statements, QStringLiteral("btxh_search_terms")),
                     qPrintable(statements->join(u'\n')));
            QVERIFY2(!anyHolds(*statements, QStringLiteral("nguye\"*")), qPrintable(statements->join(u'\n')));
        }
    }

    // Lean storage: an index no query reads costs bytes on every dossier and time on every write. (A UNIQUE
    // constraint's own index is the constraint, needed whether read or not.)
    void everyIndexOfTheSchema_isReadBySomeShape() {
        if (m_read.isEmpty())
            QSKIP("run with the two functions before it, whose plans it looks at");
        QStringList unread;
        for (const QString &index : indexesOfTheSchema())
            if (!m_read.contains(index) && !index.startsWith(QStringLiteral("sqlite_autoindex_")))
                unread << index;
        QVERIFY2(unread.isEmpty(), qPrintable(unread.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestStorePlans)
#include "tst_storeplans.moc"
