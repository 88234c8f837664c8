// bench_store: how fast the store takes in dossiers, next to the raw SQLite C API inserting the same rows
// into the same schema in the same run, and how fast it lists and searches a large database.
//
//     bench_store [--import 100000] [--browse 1000000] [--batch 500] [--dir /tmp/btxh-bench] [--keep]
#include "SearchText.h"
#include "Store.h"
#include "StoreSchema.h"
#include "StoreTestData.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <cstdio>
#include <sqlite3.h>
#include <sys/resource.h>

using namespace btxh;
using testdata::SyntheticDossiers;

namespace {

long peakRssMb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

void die(const QString &what) {
    std::fprintf(stderr, "bench_store: %s\n", qPrintable(what));
    std::exit(1);
}

struct Batch {
    ChangeSet changes;
    int documents = 0;
    int steps = 0;
};

Batch makeBatch(const SyntheticDossiers &data, qint64 from, qint64 to) {
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

// The raw C API side: the same tables, the same values, prepared once, bound by position, one transaction
// per batch. Values are computed before the clock starts: this is the limit, SQLite doing nothing but insert.
class RawInserter {
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
                                       QStringLiteral("has_document_list"), QStringLiteral("document_count"),
                                       QStringLiteral("server_json"), QStringLiteral("server_hash"),
                                       QStringLiteral("created_at"), QStringLiteral("updated_at")},
                                      FieldTable::dossier()));
        m_document = prepare(insertSql(QStringLiteral("documents"),
                                       {QStringLiteral("dossier_id"), QStringLiteral("position")},
                                       FieldTable::submittedDocument()));
        m_step = prepare(insertSql(QStringLiteral("steps"),
                                   {QStringLiteral("dossier_code"), QStringLiteral("step_key"),
                                    QStringLiteral("origin"), QStringLiteral("sync_state"),
                                    QStringLiteral("server_json"), QStringLiteral("created_at")},
                                   FieldTable::progress()));
        m_search = prepare(QStringLiteral("INSERT INTO dossier_search (rowid, text) VALUES (?, ?)"));
        QStringList keyColumns{QStringLiteral("id")};
        for (DossierField f : StoreSchema::collatedFields())
            keyColumns << StoreSchema::collationKeyColumn(FieldTable::dossier().at(int(f)));
        m_keys = prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                             .arg(StoreSchema::sortKeysTable(), keyColumns.join(u','),
                                  QStringList(keyColumns.size(), QStringLiteral("?")).join(u',')));
    }
    ~RawInserter() {
        for (sqlite3_stmt *s : {m_dossier, m_document, m_step, m_search, m_keys})
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }

    struct Rows {
        QList<QList<QByteArray>> dossiers; // meta then field columns
        QList<QList<QList<QByteArray>>> documents;
        QList<QByteArray> search;
        QList<QList<QByteArray>> keys; // the Vietnamese sort keys, as the store writes them
        QList<QList<QByteArray>> steps;
    };

    static Rows rowsOf(const Batch &b) {
        Rows r;
        for (const auto &item : b.changes.received) {
            const Dossier &d = item.dossier;
            QList<QByteArray> row{d.code().toUtf8(),
                                  "synced",
                                  "0",
                                  StoreSchema::contentHash(d).toUtf8(),
                                  "1",
                                  QByteArray::number(d.extent.documents.size()),
                                  item.serverJson,
                                  StoreSchema::digest(item.serverJson).toUtf8(),
                                  "2024-01-01T00:00:00.000Z",
                                  "2024-01-01T00:00:00.000Z"};
            appendRecord(row, d.fields);
            r.dossiers << row;
            QList<QList<QByteArray>> docs;
            for (int i = 0; i < d.extent.documents.size(); ++i) {
                QList<QByteArray> doc{QByteArray(), QByteArray::number(i)};
                appendRecord(doc, d.extent.documents.at(i));
                docs << doc;
            }
            r.documents << docs;
            r.search << StoreSchema::searchText(d.fields).toUtf8();
            QList<QByteArray> keys{QByteArray()}; // the id, bound apart
            for (DossierField f : StoreSchema::collatedFields()) {
                const QString key = StoreSchema::collationKey(d.fields.value(int(f)));
                keys << (key.isNull() ? QByteArray() : key.toUtf8());
            }
            r.keys << keys;
        }
        for (const auto &item : b.changes.receivedSteps) {
            QList<QByteArray> row{item.step.dossierCode().toUtf8(),
                                  StoreSchema::stepKey(item.step).toUtf8(),
                                  "server",
                                  "synced",
                                  item.serverJson,
                                  "2024-01-01T00:00:00.000Z"};
            appendRecord(row, item.step.fields);
            r.steps << row;
        }
        return r;
    }

    void insert(const Rows &rows) {
        exec("BEGIN IMMEDIATE");
        for (qsizetype i = 0; i < rows.dossiers.size(); ++i) {
            run(m_dossier, rows.dossiers.at(i), 0);
            const sqlite3_int64 id = sqlite3_last_insert_rowid(m_db);
            for (const auto &doc : rows.documents.at(i)) {
                sqlite3_bind_int64(m_document, 1, id);
                run(m_document, doc, 1);
            }
            sqlite3_bind_int64(m_search, 1, id);
            sqlite3_bind_text(m_search, 2, rows.search.at(i).constData(), int(rows.search.at(i).size()),
                              SQLITE_STATIC);
            step(m_search);
            sqlite3_bind_int64(m_keys, 1, id);
            run(m_keys, rows.keys.at(i), 1);
        }
        for (const auto &s : rows.steps)
            run(m_step, s, 0);
        exec("COMMIT");
    }

private:
    static void appendRecord(QList<QByteArray> &row, const Record &r) {
        for (const FieldSpec &f : r.table().fields()) {
            const QString v = r.value(f.id);
            row << (v.isNull() ? QByteArray() : v.toUtf8());
            if (StoreSchema::hasKeyColumn(f)) {
                const QString k = StoreSchema::sortKey(v);
                row << (k.isNull() ? QByteArray() : k.toUtf8());
            }
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
    // Binds `values` from parameter offset+1 on (a null QByteArray binds NULL) and runs the statement.
    void run(sqlite3_stmt *s, const QList<QByteArray> &values, int offset) {
        for (qsizetype i = offset; i < values.size(); ++i) {
            const QByteArray &v = values.at(i);
            if (v.isNull())
                sqlite3_bind_null(s, int(i) + 1);
            else
                sqlite3_bind_text(s, int(i) + 1, v.constData(), int(v.size()), SQLITE_STATIC);
        }
        step(s);
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_dossier = nullptr, *m_document = nullptr, *m_step = nullptr, *m_search = nullptr,
                 *m_keys = nullptr;
};

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
        {QStringLiteral("batch"), QStringLiteral("Dossiers per transaction."), QStringLiteral("N"),
         QStringLiteral("500")},
        {QStringLiteral("dir"), QStringLiteral("Where the databases go."), QStringLiteral("DIR"),
         QDir::temp().filePath(QStringLiteral("btxh-bench"))},
        {QStringLiteral("keep"), QStringLiteral("Keep the databases afterwards.")},
    });
    p.process(app);
    const qint64 importCount = p.value(QStringLiteral("import")).toLongLong();
    const qint64 browseCount = p.value(QStringLiteral("browse")).toLongLong();
    const qint64 batchSize = p.value(QStringLiteral("batch")).toLongLong();
    QDir dir(p.value(QStringLiteral("dir")));
    dir.mkpath(QStringLiteral("."));
    const QString storePath = dir.filePath(QStringLiteral("store.sqlite"));
    const QString rawPath = dir.filePath(QStringLiteral("raw.sqlite"));
    for (const QString &f : {storePath, rawPath})
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(f + suffix);

    const SyntheticDossiers data(2024);
    std::printf("SQLite %s, Qt %s, batches of %lld dossiers\n", sqlite3_libversion(), qVersion(),
                static_cast<long long>(batchSize));

    // 1. The store, batch by batch; the generation of each batch is outside the clock.
    Store store;
    if (!store.open(storePath))
        die(store.lastError().message);
    {
        Store rawSchema; // the raw side gets the very same schema, made by the store
        if (!rawSchema.open(rawPath))
            die(rawSchema.lastError().message);
    }
    RawInserter raw(rawPath);
    double storeMs = 0, rawMs = 0;
    qint64 documents = 0, steps = 0;
    long rssAtTenth = 0;
    for (qint64 first = 0; first < importCount; first += batchSize) {
        const Batch b = makeBatch(data, first, std::min(importCount, first + batchSize));
        documents += b.documents;
        steps += b.steps;
        QElapsedTimer t;
        t.start();
        if (!store.apply(b.changes))
            die(store.lastError().message);
        storeMs += t.nsecsElapsed() / 1e6;
        const RawInserter::Rows rows = RawInserter::rowsOf(b);
        t.restart();
        raw.insert(rows);
        rawMs += t.nsecsElapsed() / 1e6;
        if (rssAtTenth == 0 && first + batchSize >= importCount / 10)
            rssAtTenth = peakRssMb();
    }
    const double storeRate = importCount / (storeMs / 1000);
    const double rawRate = importCount / (rawMs / 1000);
    std::printf("\nimport %lld dossiers (%lld documents, %lld steps):\n", static_cast<long long>(importCount),
                static_cast<long long>(documents), static_cast<long long>(steps));
    std::printf("  store (Qt Sql, Store::apply)   %8.0f dossiers/s  (%.1f s)\n", storeRate, storeMs / 1000);
    std::printf("  raw SQLite C API, same rows    %8.0f dossiers/s  (%.1f s)\n", rawRate, rawMs / 1000);
    std::printf("  ratio raw/store                %8.2fx\n", rawRate / storeRate);
    std::printf("  peak RSS after 10%% / 100%%      %ld MB / %ld MB\n", rssAtTenth, peakRssMb());

    // 2. Grow the store's database to `browse` dossiers, then time what the list does.
    if (browseCount > 0) {
        QElapsedTimer t;
        t.start();
        double applyMs = 0;
        for (qint64 first = importCount; first < browseCount; first += batchSize) {
            const Batch b = makeBatch(data, first, std::min(browseCount, first + batchSize));
            QElapsedTimer a;
            a.start();
            if (!store.apply(b.changes))
                die(store.lastError().message);
            applyMs += a.nsecsElapsed() / 1e6;
            if ((first / batchSize) % 200 == 0)
                std::fprintf(stderr, "  grown to %lld dossiers\r", static_cast<long long>(first));
        }
        if (browseCount > importCount)
            std::printf(
                "\ngrew to %lld dossiers: %.0f dossiers/s in Store::apply (%.0f s wall with generation), "
                "peak RSS %ld MB\n",
                static_cast<long long>(browseCount), (browseCount - importCount) / (applyMs / 1000),
                t.elapsed() / 1000.0, peakRssMb());
        QSqlQuery(store.database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QSqlQuery(store.database()).exec(QStringLiteral("ANALYZE"));
        const qint64 total = std::max(browseCount, importCount);
        std::printf("\nover %lld dossiers (median of 7 runs; first run in brackets):\n",
                    static_cast<long long>(total));
        int rows = 0;
        auto page = [&](const ListQuery &q) {
            const auto r = store.list(q);
            if (!r)
                die(store.lastError().message);
            rows = int(r->rows.size());
        };
        auto report = [&](const char *what, const ListQuery &q) {
            const auto [first, median] = timeIt(7, [&] { page(q); });
            std::printf("  %-52s %7.1f ms  [%6.1f ms]  %d rows\n", what, median, first, rows);
        };
        ListQuery firstPage; // newest received first, 50 rows
        report("first page (sorted by NgayTiepNhan desc)", firstPage);
        ListQuery byName;
        byName.sortColumn = QStringLiteral("HoVaTen");
        byName.descending = false;
        report("first page sorted by name", byName);
        ListQuery filtered;
        filtered.filter.statuses = {QStringLiteral("4")};
        filtered.filter.province = QStringLiteral("11");
        report("filtered page (status 4, province 11)", filtered);
        ListQuery filteredDate = filtered;
        filteredDate.filter.procedure = QStringLiteral("1.001776");
        filteredDate.filter.from = QDate(2023, 3, 1);
        filteredDate.filter.to = QDate(2023, 3, 31);
        report("filtered page (+ procedure, March 2023)", filteredDate);
        ListQuery search;
        search.filter.search = QStringLiteral("nguyen hoang long");
        report("search \"nguyen hoang long\"", search);
        search.filter.search = QStringLiteral("dang thi ha");
        report("search \"dang thi ha\"", search);
        search.filter.search = data.dossier(total / 2).value(DossierField::CMND).left(8);
        report("search a CMND prefix (8 digits)", search);
        search.filter.search = SyntheticDossiers::code(total - 7);
        report("search a MaHoSo", search);
        search.filter.search = QStringLiteral("nguyen");
        report("search \"nguyen\" (a third of all rows match)", search);
        ListQuery deep;
        deep.limit = 50;
        for (int i = 0; i < 200; ++i) { // walk to page 200 by keyset, then time the next page
            const auto r = store.list(deep);
            deep.after = r->next;
        }
        report("page 201 by keyset cursor", deep);
        ListQuery offset;
        offset.offset = 10000;
        report("page 201 by offset", offset);
        const auto [cf, cm] = timeIt(3, [&] { (void)store.count(filtered.filter); });
        std::printf("  %-52s %7.1f ms  [%6.1f ms]\n", "count of the filtered set", cm, cf);
        const qint64 bytes = fileSize(storePath);
        std::printf("\ndatabase size %.1f MB = %.0f bytes per dossier (with its documents and steps)\n",
                    bytes / 1048576.0, double(bytes) / total);
    }
    store.close();
    if (!p.isSet(QStringLiteral("keep")))
        for (const QString &f : {storePath, rawPath})
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(f + suffix);
    return 0;
}
