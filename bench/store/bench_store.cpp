// SPDX-License-Identifier: GPL-3.0-or-later
// bench_store: how fast the store takes in dossiers, next to the raw SQLite C API inserting the same rows
// into the same schema in the same run, and how fast it lists and searches a large database.
//
//     bench_store [--import 100000] [--browse 1000000] [--grow raw|store] [--batch 500]
//                 [--dir /tmp/btxh-bench] [--keep]
// The import writes DIR/store.sqlite through Store::apply, and the same rows into DIR/raw.sqlite (the limit);
// the browse grows store.sqlite.
//     bench_store --verify-raw 200 [--dir DIR]          the raw side writes exactly what Store::apply writes
//     bench_store --browse-only [--db PATH] [--analyze] [--cold]  time the list on an existing database
//     bench_store --typing TEXT... [--db PATH]          time each prefix of TEXT as the case list reads it
#include "ExtentStorage.h"
#include "SearchOrder.h"
#include "SearchText.h"
#include "ServerCopy.h"
#include "Store.h"
#include "StoreSchema.h"
#include "TestDossiers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <cstdio>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace btxh;
using test::TestDossiers;

namespace {

long peakRssMb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

// The machine is shared with other builds: every run says how busy it was, since that moves the numbers.
QString loadAverage() {
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(u' ', 0, 2);
}

void die(const QString &what) {
    std::fprintf(stderr, "bench_store: %s\n", qPrintable(what));
    std::exit(1);
}

void removeDatabase(const QString &path) {
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

struct Batch {
    ChangeSet changes;
    int documents = 0;
    int steps = 0;
};

Batch makeBatch(const TestDossiers &data, qint64 from, qint64 to) {
    Batch b;
    for (qint64 i = from; i < to; ++i) {
        ChangeSet::ReceivedDossier item{data.dossier(i), {}};
        item.serverJson = StoreSchema::recordJson(item.dossier.fields);
        b.documents += int(item.dossier.extent.documents.size());
        b.changes.received << item;
        for (const ProcessingStep &s : data.steps(i)) {
            b.changes.receivedSteps << ChangeSet::ReceivedStep{s, StoreSchema::recordJson(s.fields)};
            ++b.steps;
        }
    }
    return b;
}

// A value as the raw side binds it: a null QByteArray binds NULL, anything else (even empty) text.
QByteArray text(const QString &v) {
    if (v.isNull())
        return {};
    const QByteArray utf8 = v.toUtf8();
    return utf8.isNull() ? QByteArray("", 0) : utf8;
}

// The store's "nullable" for JSON: empty is NULL.
QByteArray json(const QByteArray &v) {
    return v.isEmpty() ? QByteArray() : v;
}

// SQLite's order of the step's time key in "ORDER BY k DESC": NULL is the smallest value.
bool keyLess(const QString &a, const QString &b) {
    if (a.isNull())
        return !b.isNull();
    return !b.isNull() && a < b;
}

// The raw C API side: the same tables, the same values, prepared once, bound by position, one transaction
// per batch. Values are computed before the clock starts: this is the limit, SQLite doing nothing but insert.
// It writes every column Store::apply writes for a received dossier (checked by --verify-raw), so that it can
// also grow the store's own database for the browse timings in a fraction of the time.
class RawInserter {
    // Where the encoded server copy sits among a dossier's and a step's values (ServerCopy: a blob).
    static constexpr int DossierCopyParameter = 9;
    static constexpr int StepCopyParameter = 5;

public:
    explicit RawInserter(const QString &path) {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) !=
            SQLITE_OK)
            die(QStringLiteral("raw open failed"));
        exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = FULL");
        exec("PRAGMA foreign_keys = ON");
        m_dossier = prepare(insertSql(QStringLiteral("dossiers"),
                                      {QStringLiteral("code"), QStringLiteral("sync_state"),
                                       QStringLiteral("has_local_edits"), QStringLiteral("content_hash"),
                                       QStringLiteral("extras"), QStringLiteral("has_document_list"),
                                       QStringLiteral("has_result_list"), QStringLiteral("document_count"),
                                       QStringLiteral("result_paper_count"), QStringLiteral("server_copy"),
                                       QStringLiteral("extent_source"), QStringLiteral("server_hash"),
                                       QStringLiteral("server_received_at"), QStringLiteral("k_deadline"),
                                       QStringLiteral("created_at"), QStringLiteral("updated_at")},
                                      FieldTable::dossier()));
        const QStringList childLead{QStringLiteral("dossier_id"), QStringLiteral("position"),
                                    QStringLiteral("extras")};
        m_document =
            prepare(insertSql(QStringLiteral("documents"), childLead, FieldTable::submittedDocument()));
        m_resultPaper =
            prepare(insertSql(QStringLiteral("result_papers"), childLead, FieldTable::resultPaper()));
        m_step = prepare(
            insertSql(QStringLiteral("steps"),
                      {QStringLiteral("dossier_code"), QStringLiteral("step_key"), QStringLiteral("origin"),
                       QStringLiteral("sync_state"), QStringLiteral("extras"), QStringLiteral("server_copy"),
                       QStringLiteral("created_at")},
                      FieldTable::progress()));
        m_search = prepare(SearchOrder::insertSql()); // binds (id, text), as the store does
        QStringList keyColumns{QStringLiteral("id")};
        for (DossierField f : StoreSchema::collatedFields())
            keyColumns << StoreSchema::quoted(
                StoreSchema::collationKeyColumn(FieldTable::dossier().at(int(f))));
        m_keys = prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                             .arg(StoreSchema::sortKeysTable(), keyColumns.join(u','),
                                  QStringList(keyColumns.size(), QStringLiteral("?")).join(u',')));
    }
    ~RawInserter() {
        for (sqlite3_stmt *s : {m_dossier, m_document, m_resultPaper, m_step, m_search, m_keys})
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }
    RawInserter(const RawInserter &) = delete;
    RawInserter &operator=(const RawInserter &) = delete;

    struct Rows {
        QList<QList<QByteArray>> dossiers; // meta then field columns
        QList<QList<QList<QByteArray>>> documents, resultPapers;
        QList<QByteArray> search;
        QList<QList<QByteArray>> keys; // the Vietnamese sort keys, as the store writes them
        QList<QList<QByteArray>> steps;
    };

    // `at` stands for the store's clock: every timestamp the store would take from it.
    static Rows rowsOf(const Batch &b, const QString &at) {
        Rows r;
        // The store sets each touched dossier's k_deadline from its steps (Store.cpp, UpdateDeadline): the
        // legal deadline of the latest step by ThoiDiemXuLy key, the later-inserted one on a tie. Computed
        // here, outside the clock, from this batch's steps (a dossier's steps come in its batch).
        QHash<QString, std::pair<QString, QString>> latest; // code -> (time key, deadline key)
        for (const auto &item : b.changes.receivedSteps) {
            const QString when = StoreSchema::sortKey(item.step.value(ProgressField::ThoiDiemXuLy));
            const QString deadline =
                StoreSchema::sortKey(item.step.value(ProgressField::NgayKetThucTheoQuyDinh));
            const auto it = latest.find(item.step.dossierCode());
            if (it == latest.end())
                latest.insert(item.step.dossierCode(), {when, deadline});
            else if (!keyLess(when, it->first))
                *it = {when, deadline};
        }
        const QByteArray time = at.toUtf8();
        for (const auto &item : b.changes.received) {
            const Dossier &d = item.dossier;
            const QByteArray serverJson =
                item.serverJson.isEmpty() ? StoreSchema::recordJson(d.fields) : item.serverJson;
            const ExtentStorage::Kept extent = ExtentStorage::keep(d, serverJson);
            QList<QByteArray> row{text(d.code()),
                                  "synced",
                                  "0",
                                  text(StoreSchema::contentHash(d)),
                                  json(StoreSchema::extrasJson(d.fields)),
                                  d.extent.hasDocumentList ? "1" : "0",
                                  d.extent.hasResultList ? "1" : "0",
                                  QByteArray::number(d.extent.documents.size()),
                                  QByteArray::number(d.extent.resultPapers.size()),
                                  ServerCopy::encode(serverJson, ServerCopy::Kind::Dossier),
                                  QByteArray::number(int(extent.source)),
                                  text(StoreSchema::digest(serverJson)),
                                  time,
                                  text(latest.value(d.code()).second),
                                  time,
                                  time};
            appendRecord(row, d.fields, int(DossierField::CertificateExtentData),
                         extent.column.isNull() ? QByteArray() : text(extent.column.toString()));
            r.dossiers << row;
            r.documents << children(d.extent.documents);
            r.resultPapers << children(d.extent.resultPapers);
            r.search << text(StoreSchema::searchText(d.fields));
            QList<QByteArray> keys{QByteArray()}; // the id, bound apart
            for (DossierField f : StoreSchema::collatedFields())
                keys << text(StoreSchema::collationKey(d.fields.value(int(f))));
            r.keys << keys;
        }
        for (const auto &item : b.changes.receivedSteps) {
            QList<QByteArray> row{text(item.step.dossierCode()),
                                  text(StoreSchema::stepKey(item.step)),
                                  "server",
                                  "synced",
                                  json(StoreSchema::extrasJson(item.step.fields)),
                                  ServerCopy::encode(item.serverJson.isEmpty()
                                                         ? StoreSchema::recordJson(item.step.fields)
                                                         : item.serverJson,
                                                     ServerCopy::Kind::Step),
                                  time};
            appendRecord(row, item.step.fields);
            r.steps << row;
        }
        return r;
    }

    void insert(const Rows &rows) {
        exec("BEGIN IMMEDIATE");
        for (qsizetype i = 0; i < rows.dossiers.size(); ++i) {
            run(m_dossier, rows.dossiers.at(i), 0, DossierCopyParameter);
            const sqlite3_int64 id = sqlite3_last_insert_rowid(m_db);
            for (const auto &[s, records] : {std::pair{m_document, &rows.documents.at(i)},
                                             std::pair{m_resultPaper, &rows.resultPapers.at(i)}}) {
                for (const auto &child : *records) {
                    sqlite3_bind_int64(s, 1, id);
                    run(s, child, 1);
                }
            }
            sqlite3_bind_int64(m_search, 1, id);
            sqlite3_bind_text(m_search, 2, rows.search.at(i).constData(), int(rows.search.at(i).size()),
                              SQLITE_STATIC);
            step(m_search);
            sqlite3_bind_int64(m_keys, 1, id);
            run(m_keys, rows.keys.at(i), 1);
        }
        for (const auto &s : rows.steps)
            run(m_step, s, 0, StepCopyParameter);
        exec("COMMIT");
    }

private:
    static QList<QList<QByteArray>> children(const QList<Record> &records) {
        QList<QList<QByteArray>> out;
        for (int i = 0; i < records.size(); ++i) {
            QList<QByteArray> row{QByteArray(), QByteArray::number(i),
                                  json(StoreSchema::extrasJson(records.at(i)))}; // dossier_id bound apart
            appendRecord(row, records.at(i));
            out << row;
        }
        return out;
    }
    static void appendRecord(QList<QByteArray> &row, const Record &r, int replaced = -1,
                             const QByteArray &replacement = {}) {
        for (const FieldSpec &f : r.table().fields()) {
            const QString v = r.value(f.id);
            row << (f.id == replaced ? replacement : text(v));
            if (StoreSchema::hasKeyColumn(f))
                row << text(StoreSchema::sortKey(v));
        }
    }
    static QString insertSql(const QString &table, QStringList cols, const FieldTable &t) {
        cols << StoreSchema::columnNames(t);
        QStringList quoted, marks;
        for (const QString &c : cols) {
            quoted << StoreSchema::quoted(c);
            marks << QStringLiteral("?");
        }
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, quoted.join(u','), marks.join(u','));
    }
    void exec(const char *sql) {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            die(QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    sqlite3_stmt *prepare(const QString &sql) {
        sqlite3_stmt *s = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &s, nullptr) != SQLITE_OK)
            die(QString::fromUtf8(sqlite3_errmsg(m_db)));
        return s;
    }
    void step(sqlite3_stmt *s) {
        if (sqlite3_step(s) != SQLITE_DONE)
            die(QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_reset(s);
    }
    // Binds `values` from parameter offset+1 on (a null QByteArray binds NULL; the value at `blob` as a
    // blob, the rest as text) and runs the statement.
    void run(sqlite3_stmt *s, const QList<QByteArray> &values, int offset, int blob = -1) {
        for (qsizetype i = offset; i < values.size(); ++i) {
            const QByteArray &v = values.at(i);
            if (v.isNull())
                sqlite3_bind_null(s, int(i) + 1);
            else if (i == blob)
                sqlite3_bind_blob(s, int(i) + 1, v.constData(), int(v.size()), SQLITE_STATIC);
            else
                sqlite3_bind_text(s, int(i) + 1, v.constData(), int(v.size()), SQLITE_STATIC);
        }
        step(s);
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_dossier = nullptr, *m_document = nullptr, *m_resultPaper = nullptr, *m_step = nullptr,
                 *m_search = nullptr, *m_keys = nullptr;
};

// --- --verify-raw: both sides write the same dossiers into two databases, then every table is compared.

class ReadOnlyDb {
public:
    explicit ReadOnlyDb(const QString &path) {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) !=
            SQLITE_OK)
            die(QStringLiteral("cannot open %1").arg(path));
    }
    ~ReadOnlyDb() { sqlite3_close(m_db); }
    ReadOnlyDb(const ReadOnlyDb &) = delete;
    ReadOnlyDb &operator=(const ReadOnlyDb &) = delete;

    sqlite3_stmt *prepare(const QString &sql) const {
        sqlite3_stmt *s = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &s, nullptr) != SQLITE_OK)
            die(QStringLiteral("%1: %2").arg(sql, QString::fromUtf8(sqlite3_errmsg(m_db))));
        return s;
    }
    QList<std::pair<QString, bool>> tables() const { // (name, virtual)
        QList<std::pair<QString, bool>> out;
        sqlite3_stmt *s = prepare(QStringLiteral("SELECT name, sql LIKE 'CREATE VIRTUAL%' FROM sqlite_master "
                                                 "WHERE type = 'table' ORDER BY name"));
        while (sqlite3_step(s) == SQLITE_ROW)
            out << std::pair{QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0))),
                             sqlite3_column_int(s, 1) != 0};
        sqlite3_finalize(s);
        return out;
    }

private:
    sqlite3 *m_db = nullptr;
};

// A column value with its storage class, so that '1' and 1 differ.
QByteArray cell(sqlite3_stmt *s, int i) {
    switch (sqlite3_column_type(s, i)) {
    case SQLITE_NULL:
        return "NULL";
    case SQLITE_INTEGER:
        return "int " + QByteArray::number(sqlite3_column_int64(s, i));
    case SQLITE_FLOAT:
        return "real " + QByteArray::number(sqlite3_column_double(s, i), 'g', 17);
    case SQLITE_BLOB:
        return "blob " +
               QByteArray(static_cast<const char *>(sqlite3_column_blob(s, i)), sqlite3_column_bytes(s, i))
                   .toHex();
    default:
        return "text '" +
               QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s, i)),
                          sqlite3_column_bytes(s, i)) +
               "'";
    }
}

QByteArray shortened(const QByteArray &v) {
    return v.size() > 120 ? v.left(117) + "..." : v;
}

// Compares every table of the two databases (the schema, the FTS table's rowid and text, its shadow tables,
// the sort keys), row by row in the order of all their columns. Differences in `layoutOnly` tables are shown
// but not counted. Returns the number of differences.
qint64 compareDatabases(const QString &storePath, const QString &rawPath,
                        const QStringList &layoutOnly = {}) {
    const ReadOnlyDb a(storePath), b(rawPath);
    qint64 differences = 0;
    const auto tables = a.tables();
    if (tables != b.tables()) {
        std::printf("  the two databases have different tables\n");
        ++differences;
    }
    QList<std::pair<QString, QString>> queries{
        {QStringLiteral("sqlite_master"),
         QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")}};
    for (const auto &[name, isVirtual] : tables) {
        const QString quoted = StoreSchema::quoted(name);
        if (isVirtual) {
            queries << std::pair{name, QStringLiteral("SELECT rowid, * FROM %1 ORDER BY rowid").arg(quoted)};
            continue;
        }
        sqlite3_stmt *probe = a.prepare(QStringLiteral("SELECT * FROM %1").arg(quoted));
        QStringList order;
        for (int i = 1; i <= sqlite3_column_count(probe); ++i)
            order << QString::number(i);
        sqlite3_finalize(probe);
        queries << std::pair{name,
                             QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(quoted, order.join(u','))};
    }
    for (const auto &[name, sql] : queries) {
        const bool counted = !layoutOnly.contains(name);
        sqlite3_stmt *sa = a.prepare(sql);
        sqlite3_stmt *sb = b.prepare(sql);
        qint64 rows = 0, tableDifferences = 0;
        for (;;) {
            const int ra = sqlite3_step(sa), rb = sqlite3_step(sb);
            if (ra != SQLITE_ROW || rb != SQLITE_ROW) {
                if (ra != rb) {
                    if (counted)
                        std::printf("  %s: the %s has more rows (after %lld)\n", qPrintable(name),
                                    ra == SQLITE_ROW ? "store" : "raw side", static_cast<long long>(rows));
                    ++tableDifferences;
                }
                break;
            }
            for (int i = 0; i < sqlite3_column_count(sa); ++i) {
                const QByteArray va = cell(sa, i), vb = cell(sb, i);
                if (va == vb)
                    continue;
                if (++tableDifferences <= 10 && counted)
                    std::printf("  %s row %lld column %s:\n    store %s\n    raw   %s\n", qPrintable(name),
                                static_cast<long long>(rows), sqlite3_column_name(sa, i),
                                shortened(va).constData(), shortened(vb).constData());
            }
            ++rows;
        }
        sqlite3_finalize(sa);
        sqlite3_finalize(sb);
        std::printf("  %-32s %8lld rows  %s\n", qPrintable(name), static_cast<long long>(rows),
                    tableDifferences == 0 ? "identical"
                    : counted             ? qPrintable(QStringLiteral("%1 differences").arg(tableDifferences))
                                          : "differs (segment layout only, not counted)");
        if (counted)
            differences += tableDifferences;
    }
    return differences;
}

// Writes `count` dossiers through Store::apply and through the raw inserter, and compares the databases.
int verifyRaw(const TestDossiers &data, qint64 count, qint64 batchSize, const QDir &dir) {
    const QString storePath = dir.filePath(QStringLiteral("verify-store.sqlite"));
    const QString rawPath = dir.filePath(QStringLiteral("verify-raw.sqlite"));
    removeDatabase(storePath);
    removeDatabase(rawPath);
    // One clock for both sides, so that their timestamps can be compared too.
    const QDateTime now(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    Store::Options options;
    options.clock = [now] { return now; };
    {
        Store store(options);
        if (const auto opened = store.open(storePath); !opened)
            die(opened.error().message);
        {
            Store rawSchema(options);
            if (const auto opened = rawSchema.open(rawPath); !opened)
                die(opened.error().message);
        }
        RawInserter raw(rawPath);
        // Batches smaller than `count`, so that the transactions (and the FTS segments they leave) repeat.
        const qint64 batch = std::max<qint64>(1, std::min(batchSize, count / 3));
        for (qint64 first = 0; first < count; first += batch) {
            const Batch b = makeBatch(data, first, std::min(count, first + batch));
            if (const auto applied = store.apply(b.changes); !applied)
                die(applied.error().message);
            raw.insert(RawInserter::rowsOf(b, StoreSchema::isoTime(now)));
        }
    }
    std::printf("\nverify: %lld dossiers through Store::apply (%s) and through the raw inserter (%s)\n",
                static_cast<long long>(count), qPrintable(storePath), qPrintable(rawPath));
    // Every table, the search index's own (shadow) tables included: the same rows and the same segments.
    const qint64 differences = compareDatabases(storePath, rawPath, QStringList());
    std::printf(differences == 0 ? "verify: identical\n" : "verify: %lld differences\n",
                static_cast<long long>(differences));
    return differences == 0 ? 0 : 1;
}

// --- Browse.

qint64 fileSize(const QString &path) {
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

// Median of `runs` timings of `f` in milliseconds, plus the first (cold) one.
template <typename F> std::pair<double, double> timeIt(int runs, F f) {
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms << t.nsecsElapsed() / 1e6;
    }
    const double first = ms.constFirst();
    std::sort(ms.begin(), ms.end());
    return {first, ms.at(ms.size() / 2)};
}

QString dossierColumn(DossierField f) {
    return StoreSchema::quoted(StoreSchema::fieldColumn(FieldTable::dossier().at(int(f))));
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {}) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        die(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

// Drops the database's pages from the OS cache (its files synced first, so that none is dirty), as the
// first query after a night meets it; false when the system would not.
bool dropFromOsCache(const QString &path) {
    bool dropped = true;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const int fd = ::open(QFile::encodeName(path + suffix).constData(), O_RDONLY);
        if (fd < 0)
            continue;
        dropped = ::fdatasync(fd) == 0 && ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0 && dropped;
        ::close(fd);
    }
    return dropped;
}

// Times what the case list does, on whatever the database holds: the values searched for and filtered on
// are read from it (or checked to be in it), so that every query finds something. `cold`: before each query
// the store is closed, the database dropped from the OS cache and opened again, so that the first of its
// runs (in brackets) is an officer's first query of the morning.
void browse(Store &store, bool analyze, bool cold) {
    const QSqlDatabase db = store.database();
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    // The planner needs the statistics to pick the sort index over a filter's; a database grown here has them
    // made once, a rerun keeps them unless asked.
    if (analyze ||
        !scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"))
             .toBool()) {
        QElapsedTimer t;
        t.start();
        QSqlQuery(db).exec(QStringLiteral("ANALYZE"));
        std::printf("\nANALYZE: %.1f s\n", t.elapsed() / 1000.0);
    }
    const qint64 total = scalar(db, QStringLiteral("SELECT count(*) FROM dossiers")).toLongLong();
    if (total == 0)
        die(QStringLiteral("the database holds no dossier"));
    // A dossier from the middle of the database, and one near its end, for the ID number and MaHoSo searches.
    const QString middleSql =
        QStringLiteral("SELECT %1 FROM dossiers WHERE id >= (SELECT max(id) FROM dossiers) "
                       "/ 2 ORDER BY id LIMIT 1");
    const QString middleCode = scalar(db, middleSql.arg(QStringLiteral("code"))).toString();
    const QString middleId = scalar(db, middleSql.arg(dossierColumn(DossierField::CMND))).toString();
    const QString oldestCode = scalar(db, QStringLiteral("SELECT min(code) FROM dossiers")).toString();
    const QString lastCode =
        scalar(db, QStringLiteral("SELECT code FROM dossiers ORDER BY id DESC LIMIT 1 OFFSET 7")).toString();
    // The filters of earlier runs (status 4, province 11, procedure 1.001776, March 2023) when the database
    // has such dossiers, for comparison; otherwise those of the middle dossier.
    QString status = QStringLiteral("4"), province = QStringLiteral("11"),
            procedure = QStringLiteral("1.001776");
    QDate month(2023, 3, 1);
    const QString received = StoreSchema::quoted(
        StoreSchema::keyColumn(FieldTable::dossier().at(int(DossierField::NgayTiepNhan))));
    const QString exists =
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM dossiers WHERE %1 = ? AND %2 = ? AND %3 = ? "
                       "AND %4 >= ? AND %4 < ?)")
            .arg(dossierColumn(DossierField::StatusId), dossierColumn(DossierField::MaTinh),
                 dossierColumn(DossierField::MaTTHC), received);
    if (!scalar(db, exists,
                {status, province, procedure, StoreSchema::dateKey(month.startOfDay()),
                 StoreSchema::dateKey(month.addMonths(1).startOfDay())})
             .toBool()) {
        status = scalar(db, middleSql.arg(dossierColumn(DossierField::StatusId))).toString();
        province = scalar(db, middleSql.arg(dossierColumn(DossierField::MaTinh))).toString();
        procedure = scalar(db, middleSql.arg(dossierColumn(DossierField::MaTTHC))).toString();
        const QDate day =
            QDate::fromString(scalar(db, middleSql.arg(received)).toString().left(10), Qt::ISODate);
        month = QDate(day.year(), day.month(), 1);
    }

    std::printf("\nover %lld dossiers (median of 7 runs; first run in brackets; rows of the page; "
                "dossiers matching):\n",
                static_cast<long long>(total));
    int rows = 0;
    auto page = [&](const ListQuery &q) {
        const auto r = store.list(q);
        if (!r)
            die(r.error().message);
        rows = int(r->rows.size());
    };
    const QString path = store.path();
    auto coldStart = [&] {
        if (!cold)
            return;
        store.close();
        if (!dropFromOsCache(path))
            die(QStringLiteral("cannot drop %1 from the OS cache").arg(path));
        if (const auto reopened = store.open(path); !reopened)
            die(reopened.error().message);
    };
    auto report = [&](const QString &what, const ListQuery &q) {
        coldStart();
        const auto [first, median] = timeIt(7, [&] { page(q); });
        std::printf("  %-58s %7.1f ms  [%6.1f ms]  %2d rows", qPrintable(what), median, first, rows);
        if (!q.filter.search.isEmpty()) // how wide the search is, counted outside the clock
            std::printf("  %8lld matches", static_cast<long long>(store.count(q.filter).value_or(-1)));
        std::printf("\n");
    };
    ListQuery firstPage; // newest received first, 50 rows
    report(QStringLiteral("first page (sorted by NgayTiepNhan desc)"), firstPage);
    ListQuery byName;
    byName.sortColumn = QStringLiteral("HoVaTen");
    byName.descending = false;
    report(QStringLiteral("first page sorted by name"), byName);
    ListQuery statusAlone; // schema 12: its own index in received order
    statusAlone.filter.statuses = {status};
    report(QStringLiteral("filtered page (status %1 alone)").arg(status), statusAlone);
    ListQuery filtered;
    filtered.filter.statuses = {status};
    filtered.filter.province = province;
    report(QStringLiteral("filtered page (status %1, province %2)").arg(status, province), filtered);
    ListQuery more = filtered;
    more.filter.procedure = procedure;
    more.filter.from = month;
    more.filter.to = month.addMonths(1).addDays(-1);
    report(QStringLiteral("filtered page (+ procedure %1, %2)")
               .arg(procedure, QLocale::c().toString(month, QStringLiteral("MMM yyyy"))),
           more);
    const auto search = [&](const QString &what, const QString &typed) {
        ListQuery q;
        q.filter.search = typed;
        report(QStringLiteral("search %1 \"%2\"").arg(what, typed), q);
    };
    search(QStringLiteral("a full name"), QStringLiteral("nguyen hoang long"));
    search(QStringLiteral("a full name"), QStringLiteral("dang thi ha"));
    search(QStringLiteral("a common word"), QStringLiteral("nguyen"));
    search(QStringLiteral("CMND, 3 digits"), middleId.left(3));
    search(QStringLiteral("CMND, 8 digits"), middleId.left(8));
    search(QStringLiteral("MaHoSo prefix"), middleCode.section(u'-', 0, 0));
    // Typed on to its date, a code matches dossiers received together, far down a list sorted by date.
    const QString codeDate = middleCode.section(u'-', 1, 1);
    search(QStringLiteral("MaHoSo to its year"), middleCode.section(u'-', 0, 0) + u'-' + codeDate.left(2));
    search(QStringLiteral("MaHoSo to its month"), middleCode.section(u'-', 0, 0) + u'-' + codeDate.left(4));
    search(QStringLiteral("a full MaHoSo"), lastCode);
    // The keys a code search left slow before schema 9: its parts typed without the agency, its date alone,
    // its month with a filter or sorted by name, and the oldest month (far down a list sorted by date).
    const QString monthPrefix = middleCode.section(u'-', 0, 0) + u'-' + codeDate.left(4);
    search(QStringLiteral("a code without its agency"),
           middleCode.section(u'.', 3, 3).section(u'-', 0, 0) + u'-' + codeDate.left(4));
    search(QStringLiteral("a code's date alone"), codeDate);
    ListQuery codeFiltered;
    codeFiltered.filter.search = monthPrefix;
    codeFiltered.filter.statuses = {status};
    report(QStringLiteral("MaHoSo to its month, status %1").arg(status), codeFiltered);
    ListQuery codeByName = codeFiltered;
    codeByName.filter.statuses.clear();
    codeByName.sortColumn = QStringLiteral("HoVaTen");
    codeByName.descending = false;
    report(QStringLiteral("MaHoSo to its month, sorted by name"), codeByName);
    search(QStringLiteral("MaHoSo to the oldest month"),
           oldestCode.section(u'-', 0, 0) + u'-' + oldestCode.section(u'-', 1, 1).left(4));
    ListQuery deep;
    for (int i = 0; i < 200; ++i) { // walk to page 200 by keyset, then time the next page
        const auto r = store.list(deep);
        if (!r || !r->next)
            die(QStringLiteral("fewer than 201 pages"));
        deep.after = r->next;
    }
    report(QStringLiteral("page 201 by keyset cursor"), deep);
    ListQuery offset;
    offset.offset = 10000;
    report(QStringLiteral("page 201 by offset"), offset);
    auto reportCount = [&](const QString &what, const ListFilter &f) {
        qint64 n = 0;
        coldStart();
        const auto [first, median] = timeIt(7, [&] { n = store.count(f).value_or(-1); });
        std::printf("  %-58s %7.1f ms  [%6.1f ms]  = %lld\n", qPrintable(what), median, first,
                    static_cast<long long>(n));
    };
    reportCount(QStringLiteral("count of the filtered set (status, province)"), filtered.filter);
    ListFilter wide;
    wide.search = QStringLiteral("nguyen");
    reportCount(QStringLiteral("count of a wide search (\"nguyen\")"), wide);
    reportCount(QStringLiteral("count of the filtered set (+ procedure, month)"), more.filter);
    reportCount(QStringLiteral("count of a MaHoSo to its month"), codeByName.filter);
    reportCount(QStringLiteral("count of a MaHoSo to its month, status"), codeFiltered.filter);
    const qint64 bytes = fileSize(path);
    std::printf("\ndatabase %s: %.1f MB = %.0f bytes per dossier (with its documents and steps)\n",
                qPrintable(store.path()), bytes / 1048576.0, double(bytes) / total);
    std::printf("peak RSS %ld MB\n", peakRssMb());
}

// Searches typed one key at a time, read the way the case list's worker reads them (a page of 256, 64 MB of
// SQLite pages as CaseQueryWorker keeps): each prefix from two characters, median of 3; then the count of
// its matches, which the worker asks after the page, median of 3.
int typing(const QString &path, const QStringList &texts) {
    Store::Options o;
    o.readOnly = true;
    o.cacheKiB = 64 * 1024;
    Store store(o);
    if (const auto opened = store.open(path); !opened)
        die(opened.error().message);
    std::printf("\nsearches typed key by key over %s (ms per prefix, from the second character):\n",
                qPrintable(path));
    int prefixes = 0, slow = 0, slowCounts = 0;
    double worst = 0, worstCount = 0;
    QString worstText, worstCountText;
    for (const QString &text : texts) {
        QString line, countLine;
        for (qsizetype k = 2; k <= text.size(); ++k) {
            ListQuery q;
            q.limit = 256;
            q.filter.search = text.left(k);
            QList<double> times;
            for (int run = 0; run < 3; ++run) {
                QElapsedTimer t;
                t.start();
                if (const auto page = store.list(q); !page)
                    die(page.error().message);
                times << double(t.nsecsElapsed()) / 1e6;
            }
            std::sort(times.begin(), times.end());
            const double ms = times.at(1);
            ++prefixes;
            slow += ms >= 100 ? 1 : 0;
            if (ms > worst) {
                worst = ms;
                worstText = q.filter.search;
            }
            line += QStringLiteral(" %1").arg(ms, 0, 'f', 0);
            // The case list counts the matches after showing the page (CaseQueryWorker).
            QList<double> countTimes;
            for (int run = 0; run < 3; ++run) {
                QElapsedTimer t;
                t.start();
                if (const auto n = store.count(q.filter); !n)
                    die(n.error().message);
                countTimes << double(t.nsecsElapsed()) / 1e6;
            }
            std::sort(countTimes.begin(), countTimes.end());
            const double countMs = countTimes.at(1);
            slowCounts += countMs >= 100 ? 1 : 0;
            if (countMs > worstCount) {
                worstCount = countMs;
                worstCountText = q.filter.search;
            }
            countLine += QStringLiteral(" %1").arg(countMs, 0, 'f', 0);
        }
        std::printf("  %-28s%s\n", qPrintable(u'"' + text + u'"'), qPrintable(line));
        std::printf("  %-28s%s\n", "  its count", qPrintable(countLine));
    }
    std::printf("%d prefixes, %d at 100 ms or more, slowest %.0f ms (\"%s\")\n", prefixes, slow, worst,
                qPrintable(worstText));
    std::printf("their counts: %d at 100 ms or more, slowest %.0f ms (\"%s\")\n", slowCounts, worstCount,
                qPrintable(worstCountText));
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // numbers appear as they are measured, even when redirected
    QLoggingCategory::setFilterRules(QStringLiteral("btxh.*.info=false"));
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("import"), QStringLiteral("Dossiers for the import comparison."), QStringLiteral("N"),
         QStringLiteral("100000")},
        {QStringLiteral("browse"), QStringLiteral("Dossiers in the database the list is timed on (0: skip)."),
         QStringLiteral("N"), QStringLiteral("1000000")},
        {QStringLiteral("grow"),
         QStringLiteral(
             "How the browse database is grown past the import: raw (the raw inserter, ~3x faster, "
             "the same rows) or store (Store::apply)."),
         QStringLiteral("raw|store"), QStringLiteral("raw")},
        {QStringLiteral("batch"), QStringLiteral("Dossiers per transaction."), QStringLiteral("N"),
         QStringLiteral("500")},
        {QStringLiteral("dir"), QStringLiteral("Where the databases go."), QStringLiteral("DIR"),
         QDir::temp().filePath(QStringLiteral("btxh-bench"))},
        {QStringLiteral("keep"), QStringLiteral("Keep the databases afterwards.")},
        {QStringLiteral("verify-raw"),
         QStringLiteral(
             "Write N dossiers both through Store::apply and through the raw inserter, compare every "
             "table, and exit (non-zero on any difference)."),
         QStringLiteral("N")},
        {QStringLiteral("browse-only"), QStringLiteral("Only time the list, on the existing database --db.")},
        {QStringLiteral("db"), QStringLiteral("The database for --browse-only (default: DIR/store.sqlite)."),
         QStringLiteral("PATH")},
        {QStringLiteral("analyze"),
         QStringLiteral("With --browse-only: run ANALYZE first even if it was run.")},
        {QStringLiteral("cold"),
         QStringLiteral("With --browse-only: drop the database from the OS cache and reopen it before each "
                        "query (its first run is cold).")},
        {QStringLiteral("typing"),
         QStringLiteral("Time each prefix of TEXT as a search on the existing database --db (repeatable)."),
         QStringLiteral("TEXT")},
    });
    p.process(app);
    const qint64 importCount = p.value(QStringLiteral("import")).toLongLong();
    const qint64 browseCount = p.value(QStringLiteral("browse")).toLongLong();
    const qint64 batchSize = std::max(1LL, p.value(QStringLiteral("batch")).toLongLong());
    const QString grow = p.value(QStringLiteral("grow"));
    if (grow != u"raw" && grow != u"store")
        die(QStringLiteral("--grow is raw or store"));
    QDir dir(p.value(QStringLiteral("dir")));
    dir.mkpath(QStringLiteral("."));
    const QString storePath = dir.filePath(QStringLiteral("store.sqlite"));
    const QString rawPath = dir.filePath(QStringLiteral("raw.sqlite"));
    const TestDossiers data(2024);
    std::printf("SQLite %s, Qt %s, batches of %lld dossiers, load average %s\n", sqlite3_libversion(),
                qVersion(), static_cast<long long>(batchSize), qPrintable(loadAverage()));

    if (p.isSet(QStringLiteral("verify-raw")))
        return verifyRaw(data, std::max(1LL, p.value(QStringLiteral("verify-raw")).toLongLong()), batchSize,
                         dir);

    const QString existing = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : storePath;
    const bool onExisting = p.isSet(QStringLiteral("typing")) || p.isSet(QStringLiteral("browse-only"));
    if (onExisting && !QFileInfo::exists(existing))
        die(QStringLiteral("no database at %1").arg(existing));
    if (p.isSet(QStringLiteral("typing")))
        return typing(existing, p.values(QStringLiteral("typing")));

    if (p.isSet(QStringLiteral("browse-only"))) {
        const QString &path = existing;
        Store store;
        if (const auto opened = store.open(path); !opened)
            die(opened.error().message);
        browse(store, p.isSet(QStringLiteral("analyze")), p.isSet(QStringLiteral("cold")));
        std::printf("load average %s\n", qPrintable(loadAverage()));
        return 0;
    }

    for (const QString &path : {storePath, rawPath})
        removeDatabase(path);

    // 1. The store, batch by batch; the generation of each batch is outside the clock.
    auto store = std::make_unique<Store>();
    if (const auto opened = store->open(storePath); !opened)
        die(opened.error().message);
    {
        Store rawSchema; // the raw side gets the very same schema, made by the store
        if (const auto opened = rawSchema.open(rawPath); !opened)
            die(opened.error().message);
    }
    double storeMs = 0, rawMs = 0;
    qint64 documents = 0, steps = 0;
    long rssAtTenth = 0;
    {
        RawInserter raw(rawPath);
        for (qint64 first = 0; first < importCount; first += batchSize) {
            const Batch b = makeBatch(data, first, std::min(importCount, first + batchSize));
            documents += b.documents;
            steps += b.steps;
            QElapsedTimer t;
            t.start();
            if (const auto applied = store->apply(b.changes); !applied)
                die(applied.error().message);
            storeMs += t.nsecsElapsed() / 1e6;
            const RawInserter::Rows rows =
                RawInserter::rowsOf(b, StoreSchema::isoTime(QDateTime::currentDateTimeUtc()));
            t.restart();
            raw.insert(rows);
            rawMs += t.nsecsElapsed() / 1e6;
            if (rssAtTenth == 0 && first + batchSize >= importCount / 10)
                rssAtTenth = peakRssMb();
        }
    }
    if (importCount > 0) {
        const double storeRate = importCount / (storeMs / 1000);
        const double rawRate = importCount / (rawMs / 1000);
        std::printf("\nimport %lld dossiers (%lld documents, %lld steps):\n",
                    static_cast<long long>(importCount), static_cast<long long>(documents),
                    static_cast<long long>(steps));
        std::printf("  store (Qt Sql, Store::apply)   %8.0f dossiers/s  (%.1f s)\n", storeRate,
                    storeMs / 1000);
        std::printf("  raw SQLite C API, same rows    %8.0f dossiers/s  (%.1f s)\n", rawRate, rawMs / 1000);
        std::printf("  ratio raw/store                %8.2fx\n", rawRate / storeRate);
        std::printf("  peak RSS after 10%% / 100%%      %ld MB / %ld MB\n", rssAtTenth, peakRssMb());
        std::printf("  load average %s\n", qPrintable(loadAverage()));
    }

    // 2. Grow the store's database to `browse` dossiers, a batch at a time (memory stays flat), then time
    // what the list does.
    if (browseCount > 0) {
        if (browseCount > importCount) {
            QElapsedTimer wall;
            wall.start();
            double insertMs = 0;
            std::unique_ptr<RawInserter> raw;
            if (grow == u"raw") {
                store->close(); // the raw inserter writes the store's file on a connection of its own
                // The same rows and search-index segments Store::apply would have written (--verify-raw).
                raw = std::make_unique<RawInserter>(storePath);
            }
            for (qint64 first = importCount; first < browseCount; first += batchSize) {
                const Batch b = makeBatch(data, first, std::min(browseCount, first + batchSize));
                QElapsedTimer a;
                if (raw) {
                    const RawInserter::Rows rows =
                        RawInserter::rowsOf(b, StoreSchema::isoTime(QDateTime::currentDateTimeUtc()));
                    a.start();
                    raw->insert(rows);
                } else {
                    a.start();
                    if (const auto applied = store->apply(b.changes); !applied)
                        die(applied.error().message);
                }
                insertMs += a.nsecsElapsed() / 1e6;
                if ((first / batchSize) % 200 == 0)
                    std::fprintf(stderr, "  grown to %lld dossiers, %.0f s\r", static_cast<long long>(first),
                                 wall.elapsed() / 1000.0);
            }
            raw.reset();
            std::printf(
                "\ngrew to %lld dossiers with %s: %.0f dossiers/s inserting (%.0f s), %.0f s wall with "
                "generation, peak RSS %ld MB, load average %s\n",
                static_cast<long long>(browseCount), grow == u"raw" ? "the raw inserter" : "Store::apply",
                (browseCount - importCount) / (insertMs / 1000), insertMs / 1000, wall.elapsed() / 1000.0,
                peakRssMb(), qPrintable(loadAverage()));
            if (!store->isOpen()) {
                store = std::make_unique<Store>();
                if (const auto opened = store->open(storePath); !opened)
                    die(opened.error().message);
            }
        }
        browse(*store, true, false);
    }
    store->close();
    std::printf("load average %s\n", qPrintable(loadAverage()));
    if (!p.isSet(QStringLiteral("keep")))
        for (const QString &path : {storePath, rawPath})
            removeDatabase(path);
    return 0;
}
