// SPDX-License-Identifier: GPL-3.0-or-later
// bench_report: how long the dashboard's report takes over a large database — a province and a year,
// grouped each way — counted by Store::report (the store's SQL over its report indexes).
//
//     bench_report [--dossiers 1000000] [--provinces 1] [--db PATH] [--keep] [--runs 5]
//
// Without --db it makes a database of --dossiers dossiers through the store's own schema (Store::open), then
// inserts the rows with the SQLite C API, filling only the columns a report reads (area, procedure, status,
// received date, due date and its source, finishing day, name and code) plus the required bookkeeping: the
// counts read the report's covering index alone, so the rows' other columns do not change what is timed. The
// dossiers are spread over --provinces provinces and the three years 2023-2025; the report asks for the
// first province and 2025. With --db it times an existing database (e.g. one grown by bench_store).
#include "DeadlineRules.h"
#include "ReportReader.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

using namespace btxh;

namespace {

const char *const Procedures[] = {"1.001776", "1.001731", "1.001758", "1.001753", "2.000744", "2.000751"};
const char *const Statuses[] = {"2", "4", "4", "5", "9", "10", "10", "10", "3", "8"};

bool check(int rc, sqlite3 *db, const char *what) {
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
    return false;
}

// Fills `path` (made by Store::open, the current schema) with `n` dossiers.
bool fill(const QString &path, qint64 n, int provinces) {
    sqlite3 *db = nullptr;
    if (!check(sqlite3_open(path.toUtf8().constData(), &db), db, "open"))
        return false;
    sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF", nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    const char *sql =
        "INSERT INTO dossiers (code, sync_state, content_hash, created_at, updated_at, f_MaHoSo, "
        "f_HoVaTen, f_MaTinh, f_MaXa, f_MaTTHC, f_StatusId, f_NgayTiepNhan, k_NgayTiepNhan, "
        "due_date, due_source, finished_on) VALUES (?, 'synced', '', '2025-01-01T00:00:00.000Z', "
        "'2025-01-01T00:00:00.000Z', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    if (!check(sqlite3_prepare_v2(db, sql, -1, &insert, nullptr), db, "prepare"))
        return false;
    const DeadlineRules &rules = DeadlineRules::builtIn();
    QRandomGenerator random(12);
    const QDate first(2023, 1, 1);
    const qint64 days = first.daysTo(QDate(2025, 12, 31)) + 1;
    QElapsedTimer clock;
    clock.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (qint64 i = 0; i < n; ++i) {
        const int province = int(i % provinces);
        const QDate received = first.addDays(random.bounded(days));
        const QString procedure = QString::fromLatin1(Procedures[random.bounded(6)]);
        const char *status = Statuses[random.bounded(10)];
        const bool finished =
            qstrcmp(status, "2") != 0 && qstrcmp(status, "4") != 0 && qstrcmp(status, "5") != 0;
        std::optional<QDate> due = rules.dueDate(procedure, received, nullptr);
        const bool gateway = random.bounded(4) == 0;
        if (gateway)
            due = received.addDays(20);
        const QDate finishedOn = received.addDays(random.bounded(40));
        const QByteArray code = QStringLiteral("000.00.%1.H%2-%3-%4")
                                    .arg(province, 2, 10, QLatin1Char('0'))
                                    .arg(province + 1, 2, 10, QLatin1Char('0'))
                                    .arg(received.toString(QStringLiteral("yyMMdd")))
                                    .arg(i, 7, 10, QLatin1Char('0'))
                                    .toLatin1();
        const QByteArray name = QStringLiteral("Nguyễn Văn %1").arg(i).toUtf8();
        const QByteArray provinceCode = QByteArray::number(province + 1).rightJustified(2, '0');
        const QByteArray commune =
            QByteArray::number(province * 1000 + random.bounded(150)).rightJustified(5, '0');
        const QByteArray proc = procedure.toLatin1();
        const QByteArray wire = received.toString(QStringLiteral("dd/MM/yyyy 08:00:00")).toLatin1();
        const QByteArray key = received.toString(QStringLiteral("yyyy-MM-dd 08:00:00")).toLatin1();
        const QByteArray dueText = due ? due->toString(Qt::ISODate).toLatin1() : QByteArray();
        const QByteArray finishedText = finishedOn.toString(Qt::ISODate).toLatin1();
        int k = 1;
        auto text = [&](const QByteArray &v) {
            if (v.isEmpty())
                sqlite3_bind_null(insert, k++);
            else
                sqlite3_bind_text(insert, k++, v.constData(), int(v.size()), SQLITE_TRANSIENT);
        };
        text(code);
        text(code);
        text(name);
        text(provinceCode);
        text(commune);
        text(proc);
        text(QByteArray(status));
        text(wire);
        text(key);
        text(dueText);
        text(due ? QByteArray(gateway ? "gateway" : "computed") : QByteArray());
        text(finished ? finishedText : QByteArray());
        if (!check(sqlite3_step(insert), db, "insert"))
            return false;
        sqlite3_reset(insert);
        if ((i + 1) % 100000 == 0) {
            sqlite3_exec(db, "COMMIT; BEGIN", nullptr, nullptr, nullptr);
            std::printf("  %lld dossiers (%.0f s)\n", static_cast<long long>(i + 1),
                        clock.elapsed() / 1000.0);
            std::fflush(stdout);
        }
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_finalize(insert);
    sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    std::printf("filled %lld dossiers in %.1f s\n", static_cast<long long>(n), clock.elapsed() / 1000.0);
    return true;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("dossiers"), QStringLiteral("How many dossiers to make."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("provinces"), QStringLiteral("Over how many provinces."),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("Time this existing database instead."),
                      QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("dir"), QStringLiteral("Where to make the database."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep the database made.")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs per grouping."), QStringLiteral("N"),
                      QStringLiteral("5")});
    parser.process(app);

    QTemporaryDir tmp(parser.isSet(QStringLiteral("dir"))
                          ? parser.value(QStringLiteral("dir")) + QStringLiteral("/bench-report-XXXXXX")
                          : QDir::tempPath() + QStringLiteral("/bench-report-XXXXXX"));
    tmp.setAutoRemove(!parser.isSet(QStringLiteral("keep")));
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        path = tmp.filePath(QStringLiteral("report.sqlite"));
        {
            Store store;
            if (const StoreResult<void> opened = store.open(path); !opened) {
                std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
                return 1;
            }
        }
        if (!fill(path, parser.value(QStringLiteral("dossiers")).toLongLong(),
                  std::max(1, parser.value(QStringLiteral("provinces")).toInt())))
            return 1;
        if (parser.isSet(QStringLiteral("keep")))
            std::printf("database kept: %s\n", qPrintable(path));
    }
    Store::Options options;
    options.readOnly = true;
    Store store(options);
    if (const StoreResult<void> opened = store.open(path); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QSqlQuery count(store.database());
    count.exec(QStringLiteral("SELECT count(*) FROM dossiers"));
    count.next();
    std::printf("database: %s, %lld dossiers, %.0f MB\n", qPrintable(path), count.value(0).toLongLong(),
                QFileInfo(path).size() / 1048576.0);
    count.finish();
    for (ReportGrouping by : {ReportGrouping::Month, ReportGrouping::Procedure, ReportGrouping::Commune,
                              ReportGrouping::Status}) {
        const ReportQuery query = ReportQuery::forPeriod(
            QDate(2025, 1, 1), QDate(2025, 12, 31), QStringLiteral("01"), QString(), by, QDate(2025, 12, 31));
        QVariantList values;
        QSqlQuery plan(store.database());
        plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + ReportReader::countsSql(query, &values));
        for (qsizetype i = 0; i < values.size(); ++i)
            plan.bindValue(int(i), values.at(i));
        QStringList steps;
        if (plan.exec())
            while (plan.next())
                steps << plan.value(3).toString();
        plan.finish();
        QList<double> times;
        qint64 received = 0;
        qsizetype groups = 0;
        for (int r = 0; r < runs + 1; ++r) {
            QElapsedTimer t;
            t.start();
            const StoreResult<ReportResult> result = store.report(query);
            const double ms = t.nsecsElapsed() / 1e6;
            if (!result) {
                std::fprintf(stderr, "report failed: %s\n", qPrintable(result.error().message));
                return 1;
            }
            received = result->total.received;
            groups = result->rows.size();
            times << ms;
        }
        const double firstRun = times.takeFirst();
        std::sort(times.begin(), times.end());
        std::printf("by %-9s %8lld dossiers in %3lld groups: median %7.1f ms (first %7.1f ms)  plan: %s\n",
                    qPrintable(ReportQuery::groupingName(by)), static_cast<long long>(received),
                    static_cast<long long>(groups), times.at(times.size() / 2), firstRun,
                    qPrintable(steps.join(QStringLiteral("; "))));
    }
    return 0;
}
