// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/SearchedCodes.h"
#include "../support/TestDossiers.h"
#include "../support/TestStore.h"
#include "DeferredIndexes.h"
#include "Store.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace btxh;
using btxh::test::databaseRows;
using btxh::test::databaseScalar;
using btxh::test::databaseSchema;
using btxh::test::searchedCodes;
using btxh::test::TestDossiers;

// A bulk load's indexes (DeferredIndexes) on real SQLite files: set aside and made again, the database is the
// one an ordinary load makes, row for row and index for index; a load killed in between leaves a database
// that the next opening repairs, and one still running elsewhere is left to finish its own.
class TestDeferredIndexes : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    const TestDossiers m_data{7};

    static QDateTime fixedNow() { return QDateTime(QDate(2025, 7, 15), QTime(9, 30), Qt::UTC); }

    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_files)); }

    static std::unique_ptr<Store> open(const QString &path) {
        return test::openStore(path, fixedNow(), QStringLiteral("officer"));
    }

    // Dossiers from..to-1, received in batches of 50, as a pull or an import writes them.
    bool load(Store &store, int from, int to) const {
        for (int at = from; at < to; at += 50) {
            if (!store.apply(test::received(m_data, at, std::min(at + 50, to))))
                return false;
        }
        return true;
    }

    // The named indexes on dossiers and their sort keys (those a load defers).
    static QStringList loadIndexes(const QString &path) {
        QStringList names;
        for (const QString &line : databaseSchema(path)) {
            const QStringList parts = line.split(u'|');
            if (parts.at(0) == u"index" && !parts.at(3).isEmpty() &&
                (parts.at(2) == u"dossiers" || parts.at(2) == u"dossier_sort_keys"))
                names << parts.at(1);
        }
        return names;
    }

    // Whether a search for dossier i's ID number finds it: words only the search index holds (a code is
    // also found by the codes' own index).
    bool foundById(Store &store, int i) const {
        const Dossier d = m_data.dossier(i);
        return searchedCodes(store, d.value(DossierField::CMND)).contains(d.code());
    }

    // Every row but the search index's segments, which FTS5 cuts differently when it is given its rows in
    // one pass (its content, by rowid, is compared), and the hash size the fill sets (hashSizeSetting).
    static QStringList rowsButSegments(const QString &path) {
        QStringList rows = databaseRows(path);
        rows.removeIf([](const QString &row) {
            return row.startsWith(QLatin1String("dossier_search_data|")) ||
                   row.startsWith(QLatin1String("dossier_search_idx|")) ||
                   row.startsWith(QLatin1String("dossier_search_config|hashsize"));
        });
        return rows;
    }

    // FTS5's own setting of how many bytes of terms it holds before writing a segment; -1 when never set.
    static qint64 hashSizeSetting(const QString &path) {
        return databaseScalar(path,
                              QStringLiteral("SELECT v FROM dossier_search_config WHERE k = 'hashsize'"));
    }

    // A PRAGMA's value on the store's connection; -1 when it cannot be read.
    static qint64 pragma(Store &store, const QString &name) {
        QSqlQuery q(store.database());
        return q.exec(QStringLiteral("PRAGMA ") + name) && q.next() ? q.value(0).toLongLong() : -1;
    }

    // Defers the indexes, loads 60 dossiers and makes the indexes again: the PRAGMA's value at each step of
    // the making; empty when a step failed.
    QList<qint64> pragmaWhileRestoring(Store &store, const QString &name) const {
        const StoreResult<int> deferred = store.deferredIndexes().defer();
        if (!deferred || *deferred == 0 || !load(store, 0, 60))
            return {};
        QList<qint64> values;
        const StoreResult<int> made =
            store.deferredIndexes().restore([&](int, int) { values << pragma(store, name); });
        return made && *made > 0 ? values : QList<qint64>();
    }

    static bool searchIndexIntact(Store &store) {
        return QSqlQuery(store.database())
            .exec(QStringLiteral("INSERT INTO dossier_search (dossier_search) VALUES ('integrity-check')"));
    }

    static void setRecordedPid(const QString &path, qint64 pid) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(
            q.exec(QStringLiteral("UPDATE settings SET value = json_set(value, '$.pid', %1) WHERE key = '%2'")
                       .arg(pid)
                       .arg(DeferredIndexes::settingKey())));
        QCOMPARE(q.numRowsAffected(), 1);
        q.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void deferredLoad_storesTheSameRowsAndIndexesAsAnOrdinaryOne() {
        const QString kept = freshPath();
        const QString deferred = freshPath();
        {
            std::unique_ptr<Store> store = open(kept);
            QVERIFY(store && load(*store, 0, 300));
        }
        const QStringList indexes = loadIndexes(kept);
        QVERIFY2(indexes.size() >= 10, qPrintable(indexes.join(u' ')));
        {
            std::unique_ptr<Store> store = open(deferred);
            QVERIFY(store);
            const StoreResult<int> count = store->deferredIndexes().defer();
            QVERIFY(count);
            QCOMPARE(*count, indexes.size());
            QCOMPARE(*store->deferredIndexes().pending(), true);
            QVERIFY(loadIndexes(deferred).isEmpty());
            // Deferred already: nothing more to do, and nothing for this caller to make again.
            QCOMPARE(*store->deferredIndexes().defer(), 0);
            QCOMPARE(*store->deferredIndexes().pending(), true);
            QVERIFY(load(*store, 0, 300));
            QList<int> steps;
            const StoreResult<int> restored =
                store->deferredIndexes().restore([&](int done, int total) { steps << done * 1000 + total; });
            QVERIFY(restored);
            QCOMPARE(*restored, indexes.size());
            // Each index, then the search text.
            const int total = int(indexes.size()) + 1;
            QCOMPARE(steps.size(), total + 1);
            QCOMPARE(steps.constFirst(), total);
            QCOMPARE(steps.constLast(), total * 1000 + total);
            QCOMPARE(*store->deferredIndexes().pending(), false);
            QCOMPARE(*store->deferredIndexes().restore(), 0);
            QVERIFY(searchIndexIntact(*store));
        }
        QCOMPARE(databaseSchema(deferred), databaseSchema(kept));
        QCOMPARE(rowsButSegments(deferred), rowsButSegments(kept));
        // The fill held more terms at a time, then gave FTS5 its default back: later writes are unchanged.
        QCOMPARE(hashSizeSetting(kept), qint64(-1));
        QCOMPARE(hashSizeSetting(deferred), qint64(1048576));
        std::unique_ptr<Store> a = open(kept);
        std::unique_ptr<Store> b = open(deferred);
        QVERIFY(a && b);
        for (int i : {0, 1, 77, 150, 299}) {
            const Dossier d = m_data.dossier(i);
            for (const QString &text :
                 {d.value(DossierField::HoVaTen), d.code(), d.value(DossierField::CMND)}) {
                const QStringList codes = searchedCodes(*a, text);
                QVERIFY2(codes.contains(d.code()), qPrintable(text));
                QCOMPARE(searchedCodes(*b, text), codes);
            }
        }
    }

    void deferredLoad_rewritingADossierStoredBefore_searchFindsItsNewTextOnly() {
        const QString path = freshPath();
        std::unique_ptr<Store> store = open(path);
        QVERIFY(store && load(*store, 0, 40));
        QVERIFY(*store->deferredIndexes().defer() > 0);
        ChangeSet changes = test::received(m_data, 10, 11);
        Dossier &d = changes.received.first().dossier;
        const QString oldName = d.value(DossierField::HoVaTen);
        d.setValue(DossierField::HoVaTen, QStringLiteral("Khổng Thị Xuyến"));
        QVERIFY(store->apply(changes));
        QVERIFY(load(*store, 40, 80));
        QVERIFY(*store->deferredIndexes().restore() > 0);
        QVERIFY(searchIndexIntact(*store));
        QCOMPARE(searchedCodes(*store, QStringLiteral("khong thi xuyen")), QStringList{d.code()});
        QVERIFY(!searchedCodes(*store, oldName).contains(d.code()));
        QVERIFY(foundById(*store, 79));
        QSqlQuery rows(store->database());
        QVERIFY(rows.exec(QStringLiteral("SELECT (SELECT count(*) FROM dossier_search), "
                                         "(SELECT count(*) FROM dossiers)")) &&
                rows.next());
        QCOMPARE(rows.value(0).toInt(), 80);
        QCOMPARE(rows.value(1).toInt(), 80);
    }

    // The search text is read on a thread of its own through a second connection to the file; a database in
    // memory has none to open, and its writer reads the text itself.
    void restore_ofADatabaseInMemory_fillsTheSearchTextAllTheSame() {
        std::unique_ptr<Store> store = open(QStringLiteral(":memory:"));
        QVERIFY(store);
        QVERIFY(*store->deferredIndexes().defer() > 0);
        QVERIFY(load(*store, 0, 60));
        QVERIFY(*store->deferredIndexes().restore() > 0);
        QVERIFY(searchIndexIntact(*store));
        for (int i : {0, 31, 59})
            QVERIFY2(foundById(*store, i), qPrintable(QString::number(i)));
    }

    void anotherProgramRestoringMidLoad_theLoadStillFillsItsSearchTextAtItsEnd() {
        const QString path = freshPath();
        std::unique_ptr<Store> loader = open(path);
        QVERIFY(loader && load(*loader, 0, 30));
        QVERIFY(*loader->deferredIndexes().defer() > 0);
        QVERIFY(load(*loader, 30, 60));
        {
            // It took the load for gone (its record names this test's own process): indexes and the search
            // text so far made again, the record forgotten.
            std::unique_ptr<Store> other = open(path);
            QVERIFY(other);
            QCOMPARE(*other->deferredIndexes().pending(), false);
            QVERIFY(foundById(*other, 45));
        }
        QVERIFY(load(*loader, 60, 90));
        QVERIFY(!foundById(*loader, 75));                  // this load's own, while it runs
        QCOMPARE(*loader->deferredIndexes().restore(), 0); // no index left to make
        QVERIFY(searchIndexIntact(*loader));
        for (int i : {5, 45, 75, 89})
            QVERIFY2(foundById(*loader, i), qPrintable(QString::number(i)));
    }

    void whileDeferred_listsAndCountsAnswerTheSame() {
        const QString path = freshPath();
        std::unique_ptr<Store> store = open(path);
        QVERIFY(store && load(*store, 0, 200));
        ListQuery query;
        query.filter.statuses = {
            store->list(ListQuery())->rows.at(3).fields.value(int(DossierField::StatusId))};
        query.sortColumn = QStringLiteral("HoVaTen");
        query.descending = false;
        query.limit = 1000;
        auto codes = [&] {
            QStringList out;
            const StoreResult<ListPage> page = store->list(query);
            if (page) {
                for (const ListRow &row : page->rows)
                    out << row.code;
            }
            return out;
        };
        const QStringList before = codes();
        const qint64 counted = *store->count(query.filter);
        QVERIFY(!before.isEmpty());
        QCOMPARE(counted, before.size());
        QVERIFY(*store->deferredIndexes().defer() > 0);
        QCOMPARE(codes(), before);
        QCOMPARE(*store->count(query.filter), counted);
        QVERIFY(*store->deferredIndexes().restore() > 0);
        QCOMPARE(codes(), before);
    }

    void openingAfterAKilledLoad_makesTheIndexesAgain_andKeepsWhatItStored() {
        const QString path = freshPath();
        QStringList indexes;
        QMap<QString, QByteArray> content;
        {
            std::unique_ptr<Store> store = open(path);
            QVERIFY(store && load(*store, 0, 100));
            indexes = loadIndexes(path);
            QVERIFY(*store->deferredIndexes().defer() > 0);
            QVERIFY(load(*store, 100, 150));
            content = test::contentOf(*store);
        } // the load ends without restoring: as when its program is killed (it recorded this test's pid)
        QVERIFY(loadIndexes(path).isEmpty());
        std::unique_ptr<Store> store = open(path);
        QVERIFY(store);
        QCOMPARE(loadIndexes(path), indexes);
        QCOMPARE(*store->deferredIndexes().pending(), false);
        QCOMPARE(content.size(), 150);
        QCOMPARE(test::contentOf(*store), content);
        // The load's own dossiers are found by search again.
        QVERIFY(searchIndexIntact(*store));
        for (int i : {0, 120, 149})
            QVERIFY2(foundById(*store, i), qPrintable(QString::number(i)));
    }

    void openingBesideALoadThatStillRuns_leavesTheIndexesToIt() {
        const QString path = freshPath();
        {
            std::unique_ptr<Store> store = open(path);
            QVERIFY(store && load(*store, 0, 60));
            QVERIFY(*store->deferredIndexes().defer() > 0);
        }
        // Another program of this machine deferred them and runs on.
        QProcess loader;
        loader.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(loader.waitForStarted());
        setRecordedPid(path, loader.processId());
        {
            std::unique_ptr<Store> store = open(path);
            QVERIFY(store);
            QCOMPARE(*store->deferredIndexes().pending(), true);
            QVERIFY(loadIndexes(path).isEmpty());
            QCOMPARE(*store->count(ListFilter()), 60);
        }
        loader.kill();
        QVERIFY(loader.waitForFinished());
        std::unique_ptr<Store> store = open(path);
        QVERIFY(store);
        QCOMPARE(*store->deferredIndexes().pending(), false);
        QVERIFY(!loadIndexes(path).isEmpty());
    }

    void restore_givesTheIndexesMadeAgainTheirStatistics() {
        const QString path = freshPath();
        std::unique_ptr<Store> store = open(path);
        QVERIFY(store && load(*store, 0, 120));
        auto statistics = [&] {
            QSqlQuery q(store->database());
            q.exec(
                QStringLiteral("SELECT idx FROM sqlite_stat1 WHERE tbl IN ('dossiers', 'dossier_sort_keys') "
                               "AND idx IS NOT NULL ORDER BY idx"));
            QStringList out;
            while (q.next())
                out << q.value(0).toString();
            return out;
        };
        QVERIFY(QSqlQuery(store->database()).exec(QStringLiteral("ANALYZE")));
        const QStringList before = statistics();
        QVERIFY(before.size() >= loadIndexes(path).size());
        QVERIFY(*store->deferredIndexes().defer() > 0);
        QVERIFY(statistics().size() < before.size()); // DROP INDEX drops an index's statistics
        QVERIFY(*store->deferredIndexes().restore() > 0);
        QCOMPARE(statistics(), before);
    }

    void restore_readsTheFileThroughAMappingWhileItMakesTheIndexes_andOnlyThen() {
        const QString path = freshPath();
        std::unique_ptr<Store> store = open(path);
        QVERIFY(store);
        const auto mapped = [&] { return pragma(*store, QStringLiteral("mmap_size")); };
        QCOMPARE(mapped(), 0);
        const QList<qint64> whileMaking = pragmaWhileRestoring(*store, QStringLiteral("mmap_size"));
        QVERIFY(!whileMaking.isEmpty());
        for (qint64 bytes : std::as_const(whileMaking))
            QVERIFY2(bytes > 0, qPrintable(QString::number(bytes)));
        QCOMPARE(mapped(), 0);
        QVERIFY(foundById(*store, 59));
    }

    void restore_sortsWithinASmallerCacheThanAnImports_andGivesTheConnectionItsOwnBack() {
        QFETCH(qint64, cacheSize);
        QFETCH(qint64, whileMakingThem);
        const QString path = freshPath();
        std::unique_ptr<Store> store = open(path);
        QVERIFY(store);
        const auto cache = [&] { return pragma(*store, QStringLiteral("cache_size")); };
        QVERIFY(QSqlQuery(store->database()).exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize)));
        QCOMPARE(cache(), cacheSize);
        const QList<qint64> whileMaking = pragmaWhileRestoring(*store, QStringLiteral("cache_size"));
        QVERIFY(!whileMaking.isEmpty());
        for (qint64 size : std::as_const(whileMaking))
            QCOMPARE(size, whileMakingThem);
        QCOMPARE(cache(), cacheSize);
        QVERIFY(foundById(*store, 59));
    }

    void restore_sortsWithinASmallerCacheThanAnImports_andGivesTheConnectionItsOwnBack_data() {
        QTest::addColumn<qint64>("cacheSize");
        QTest::addColumn<qint64>("whileMakingThem");
        QTest::newRow("an import's 32 MiB") << qint64(-32768) << qint64(-8192);
        QTest::newRow("16 MiB in pages of 4 KiB") << qint64(4096) << qint64(-8192);
        QTest::newRow("SQLite's default, smaller already") << qint64(-2000) << qint64(-2000);
        QTest::newRow("8 MiB, the same") << qint64(-8192) << qint64(-8192);
    }

    void unreadableRecord_opensAnyway_andRestoreNamesTheSetting_nothingLost() {
        const QString path = freshPath();
        {
            std::unique_ptr<Store> store = open(path);
            QVERIFY(store && load(*store, 0, 40));
            QVERIFY(store->settings().setValue(DeferredIndexes::settingKey(), QStringLiteral("{not json")));
        }
        std::unique_ptr<Store> store = open(path);
        QVERIFY2(store, "a damaged record must not keep the database from opening");
        QCOMPARE(*store->count(ListFilter()), 40);
        const StoreResult<int> restored = store->deferredIndexes().restore();
        QVERIFY(!restored);
        QCOMPARE(restored.error().kind, StoreError::Kind::Corrupt);
        QVERIFY2(restored.error().message.contains(DeferredIndexes::settingKey()),
                 qPrintable(restored.error().message));
        QCOMPARE(*store->count(ListFilter()), 40);
    }
};

QTEST_GUILESS_MAIN(TestDeferredIndexes)
#include "tst_deferredindexes.moc"
