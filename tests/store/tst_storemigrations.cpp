// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldTable.h"
#include "Migrations.h"
#include "SearchOrder.h"
#include "StatusReceivedIndex.h"
#include "Store.h"
#include "StoreSchema.h"
#include "TestDossiers.h"
#include "TestFiles.h"
#include "TestStore.h"
#include "UnreadIndexes.h"
#include "VietnameseSortKey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace btxh;
using test::fileHash;

namespace {

QStringList search(Store &store, const QString &text) {
    ListQuery q;
    q.filter.search = text;
    q.sortColumn = QStringLiteral("MaHoSo");
    q.descending = false;
    QStringList out;
    const auto page = store.list(q);
    if (!page)
        return {QStringLiteral("<error: %1>").arg(page.error().message)};
    for (const ListRow &r : page->rows)
        out << r.code;
    return out;
}

// What an officer's database holds, read with plain SQL whatever its schema: each dossier's field columns,
// how many documents, steps and audit entries it has, the outbox and a setting.
struct Holding {
    QMap<QString, QMap<int, QString>> fields; // by MaHoSo: field id → the column's text
    QMap<QString, int> documents, steps, auditEntries;
    QStringList outbox;
    QString province;
};

QMap<QString, int> countsBy(QSqlDatabase db, const QString &sql) {
    QMap<QString, int> counts;
    QSqlQuery q(db);
    if (q.exec(sql))
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

Holding holding(const QString &path) {
    Holding h;
    const QString name = QStringLiteral("holding");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return h;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT * FROM dossiers"));
        const FieldTable &table = FieldTable::dossier();
        while (q.next()) {
            const QSqlRecord r = q.record();
            QMap<int, QString> fields;
            for (int id = 0; id < table.size(); ++id) {
                const int column = r.indexOf(StoreSchema::fieldColumn(table.at(id)));
                if (column >= 0 && !r.isNull(column))
                    fields.insert(id, r.value(column).toString());
            }
            h.fields.insert(r.value(QStringLiteral("code")).toString(), fields);
        }
        h.documents =
            countsBy(db, QStringLiteral("SELECT d.code, count(*) FROM documents x JOIN dossiers d ON "
                                        "d.id = x.dossier_id GROUP BY d.code"));
        h.steps =
            countsBy(db, QStringLiteral("SELECT dossier_code, count(*) FROM steps GROUP BY dossier_code"));
        h.auditEntries =
            countsBy(db, QStringLiteral("SELECT dossier_code, count(*) FROM audit GROUP BY dossier_code"));
        QSqlQuery o(db);
        o.exec(QStringLiteral("SELECT dossier_code, kind, state, idempotency_key FROM outbox ORDER BY id"));
        while (o.next())
            h.outbox << QStringList{o.value(0).toString(), o.value(1).toString(), o.value(2).toString(),
                                    o.value(3).toString()}
                            .join(u' ');
        QSqlQuery v(db);
        if (v.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'area.province'")) && v.next())
            h.province = v.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return h;
}

} // namespace

class TestStoreMigrations : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // A database at `path` of schema `version` (an upgrade's starting point) holding writeLeanMix's `count`
    // dossiers of `data`, open; null when it could not be made.
    static std::unique_ptr<Store> leanMixAtSchema(const QString &path, int version,
                                                  const test::TestDossiers &data, int count = 60) {
        Store::Options o;
        o.schemaVersion = version;
        auto store = std::make_unique<Store>(o);
        if (!store->open(path) || !test::writeLeanMix(*store, data, count))
            return nullptr;
        return store;
    }

private Q_SLOTS:
    // tests/fixtures/store/schema-vN.sqlite, written by release N's own btxh (make_release_fixture.sh): it
    // opens and upgrades, and the store reads back what it read at N — every field, document, server copy,
    // step, state, audit trail and queued push. (schema-v1.sqlite has its own test, above.)
    void everyReleasesFixture_upgrades_withWhatItHeldUnchanged_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("version");
        const QDir dir(QStringLiteral(BTXH_FIXTURES_DIR "/store"));
        int found = 0;
        for (const QString &name : dir.entryList({QStringLiteral("schema-v*.sqlite")}, QDir::Files)) {
            const int version = name.mid(8, name.size() - 8 - 7).toInt();
            if (version < 2)
                continue;
            QTest::newRow(qPrintable(name)) << dir.filePath(name) << version;
            ++found;
        }
        QVERIFY2(found >= 1, "no release fixture after schema 1");
    }
    void everyReleasesFixture_upgrades_withWhatItHeldUnchanged() {
        QFETCH(QString, fixture);
        QFETCH(int, version);
        const QString path = m_dir.filePath(QFileInfo(fixture).fileName());
        QFile::remove(path);
        QVERIFY(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const Holding before = holding(path);
        QVERIFY(before.fields.size() >= 2);
        QVERIFY(!before.steps.isEmpty() && !before.auditEntries.isEmpty());
        QCOMPARE(before.province, QStringLiteral("11"));

        Store store;
        const auto opened = store.open(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
        QVERIFY(version < store.schemaVersion());
        const FieldTable &table = FieldTable::dossier();
        // What the store reads back means what the release stored: every field it had, as it had it.
        for (auto it = before.fields.cbegin(); it != before.fields.cend(); ++it) {
            const auto stored = store.dossier(it.key());
            QVERIFY2(stored, qPrintable(it.key()));
            for (auto f = it->cbegin(); f != it->cend(); ++f)
                QVERIFY2(stored->dossier.fields.value(f.key()) == *f,
                         qPrintable(it.key() + u' ' + table.at(f.key()).wireName));
            QCOMPARE(int(stored->dossier.extent.documents.size()), before.documents.value(it.key()));
            QCOMPARE(int(store.steps(it.key())->size()), before.steps.value(it.key()));
        }
        QCOMPARE(*store.count(ListFilter()), qint64(before.fields.size()));
        store.close();
        const Holding after = holding(path);
        QCOMPARE(after.fields.keys(), before.fields.keys());
        QCOMPARE(after.documents, before.documents);
        QCOMPARE(after.steps, before.steps);
        QCOMPARE(after.auditEntries, before.auditEntries);
        QCOMPARE(after.outbox, before.outbox);
        QCOMPARE(after.province, before.province);
        // And the upgraded file finds a dossier by its holder's name, folded.
        QVERIFY(store.open(path));
        const QString code = before.fields.firstKey();
        QVERIFY(search(store, before.fields.first().value(int(DossierField::HoVaTen))).contains(code));
    }

    void migrations_areNumberedFromOneWithoutGaps() {
        int expected = 1;
        for (const Migrations::Migration &m : Migrations::all()) {
            QCOMPARE(m.version, expected++);
            QVERIFY(!m.description.isEmpty());
        }
        QCOMPARE(Store::latestSchemaVersion(), expected - 1);
    }

    void fixtureOfSchema1_isUpgradedWithItsDataIntact() {
        const QString fixture = QStringLiteral(BTXH_FIXTURES_DIR "/store/schema-v1.sqlite");
        QVERIFY2(QFile::exists(fixture), qPrintable(fixture));
        const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
        QVERIFY(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));

        Store store;
        const auto opened = store.open(path);
        QVERIFY2(opened, qPrintable(opened.error().message));
        QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());

        const auto long_ = store.dossier(QStringLiteral("000.00.15.G07-240110-0001"));
        QVERIFY(long_);
        QCOMPARE(long_->dossier.value(DossierField::HoVaTen), QString::fromUtf8("NGUYỄN HOÀNG LONG"));
        QCOMPARE(long_->dossier.extent.documents.size(), 1);
        QCOMPARE(long_->deadline, QStringLiteral("2024-01-25 17:00:00"));
        QCOMPARE(store.steps(long_->dossier.code())->size(), 1);
        const auto ha = store.dossier(QStringLiteral("000.00.15.G07-240111-0002"));
        QCOMPARE(ha->syncState, SyncState::Ready);
        QCOMPARE(store.outbox().entriesOf(ha->dossier.code())->constFirst().idempotencyKey,
                 QStringLiteral("fixture-key-1"));
        QCOMPARE(store.reader().auditTrail(ha->dossier.code())->size(), 1);
        QCOMPARE(*store.settings().watermark(QStringLiteral("DanhSachHoSo"), QStringLiteral("11")),
                 QStringLiteral("15/01/2024 08:00:00"));
        QCOMPARE(*store.settings().value(QStringLiteral("places")), QStringLiteral("2024"));
        QCOMPARE(*store.count({}), 3);

        // Version 2 built the search index from the rows version 1 had.
        QCOMPARE(search(store, QStringLiteral("nguyen hoang long")), QStringList{long_->dossier.code()});
        QCOMPARE(search(store, QStringLiteral("dang thi")), QStringList{ha->dossier.code()});
        QCOMPARE(search(store, QStringLiteral("muong phang")).size(), 3);
        // Version 3 rebuilt it with short prefixes, and keyed every name for the Vietnamese order.
        QCOMPARE(search(store, QStringLiteral("ngu")), QStringList{long_->dossier.code()});
        QSqlQuery keys(store.database());
        QVERIFY(keys.exec(QStringLiteral("SELECT count(*), count(s_HoVaTen) FROM dossier_sort_keys")) &&
                keys.next());
        QCOMPARE(keys.value(0).toInt(), 3);
        QCOMPARE(keys.value(1).toInt(), 3);
        ListQuery byName;
        byName.sortColumn = QStringLiteral("HoVaTen");
        byName.descending = false;
        const auto named = store.list(byName);
        QVERIFY2(named, qPrintable(named.error().message));
        QCOMPARE(named->rows.size(), 3);
        for (int i = 1; i < named->rows.size(); ++i)
            QVERIFY(VietnameseSortKey::of(named->rows.at(i - 1).fields.value(int(DossierField::HoVaTen))) <
                    VietnameseSortKey::of(named->rows.at(i).fields.value(int(DossierField::HoVaTen))));

        // Version 4 indexed the received date with the id and the code, which a code search reads.
        QSqlQuery index(store.database());
        QVERIFY(index.exec(QStringLiteral("PRAGMA index_info(dossiers_received_code)")));
        QStringList columns;
        while (index.next())
            columns << index.value(2).toString();
        QCOMPARE(columns, (QStringList{QStringLiteral("k_NgayTiepNhan"), QStringLiteral("id"),
                                       QStringLiteral("code")}));
        QCOMPARE(search(store, QStringLiteral("000.00.15.g07-240110")), QStringList{long_->dossier.code()});

        // Version 8: the list orders by the dossier's own deadline (version 7's, the gateway's here) through
        // its index; the latest step's index is gone.
        QCOMPARE(long_->due.due, QDate(2024, 1, 25));
        QSqlQuery plan(store.database());
        QVERIFY(
            plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM dossiers ORDER BY due_date, id")));
        QString planText;
        while (plan.next())
            planText += plan.value(3).toString() + u'\n';
        QVERIFY2(planText.contains(QStringLiteral("dossiers_due")), qPrintable(planText));
        QSqlQuery gone(store.database());
        QVERIFY(gone.exec(QStringLiteral("PRAGMA index_info(dossiers_deadline)")));
        QVERIFY(!gone.next());
        ListQuery byDeadline;
        byDeadline.sortColumn = QStringLiteral("deadline");
        const auto dated = store.list(byDeadline);
        QVERIFY2(dated, qPrintable(dated.error().message));
        QCOMPARE(dated->rows.size(), 3);
        for (int i = 1; i < dated->rows.size(); ++i) // newest first, dossiers without one last
            QVERIFY(!dated->rows.at(i).due.due.isValid() ||
                    dated->rows.at(i - 1).due.due >= dated->rows.at(i).due.due);

        // And the upgraded database takes new writes.
        Dossier d = long_->dossier;
        d.setValue(DossierField::StatusId, QStringLiteral("9"));
        ChangeSet c;
        c.received << ChangeSet::ReceivedDossier{d, {}};
        const auto r = store.apply(c);
        QVERIFY2(r, qPrintable(r.error().message));
        QCOMPARE(r->received.constFirst(), ChangeOutcome::Updated);
        QCOMPARE(*store.count({}), 3);
    }

    void stoppingAtAVersion_thenOpeningAgain_finishesTheUpgrade() {
        const QString path = m_dir.filePath(QStringLiteral("stepwise.sqlite"));
        Store::Options o;
        o.schemaVersion = 1;
        {
            Store store(o);
            QVERIFY(store.open(path));
            QCOMPARE(store.schemaVersion(), 1);
            QVERIFY(!store.database().tables().contains(QStringLiteral("dossier_search")));
        }
        Store store;
        QVERIFY(store.open(path));
        QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
        QVERIFY(store.database().tables().contains(QStringLiteral("dossier_search")));
    }

    void newerDatabase_isRefusedClearlyAndLeftUntouched() {
        const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
        {
            Store store;
            QVERIFY(store.open(path));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        const QByteArray before = fileHash(path);
        Store store;
        const auto opened = store.open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, StoreError::Kind::NewerSchema);
        QVERIFY2(opened.error().message.contains(QStringLiteral("newer version")),
                 qPrintable(opened.error().message));
        QVERIFY(opened.error().message.contains(QStringLiteral("99")));
        QVERIFY(!store.isOpen());
        QCOMPARE(fileHash(path), before);
    }

    void schema8_searchIndexIsRemadeInReceivedOrder_andStatusProvinceIndexed() {
        // A database of schema 8 keeps each dossier's search text under its id. Version 9 moves it to a
        // rowid that follows the received date (SearchOrder) and adds the status and province index; every
        // search finds what it found before.
        const QString path = m_dir.filePath(QStringLiteral("v8.sqlite"));
        const test::TestDossiers data(8);
        const int n = 300;
        QStringList before;
        {
            Store::Options o;
            o.schemaVersion = 8;
            Store store(o);
            QVERIFY(store.open(path));
            QVERIFY(store.apply(test::received(data, 0, n)));
            ChangeSet undated; // a dossier without a received date sorts last, newest first
            Dossier d = data.dossier(n);
            d.setValue(DossierField::NgayTiepNhan, QString());
            undated.received << ChangeSet::ReceivedDossier{d, {}};
            QVERIFY(store.apply(undated));
            // The search text under the dossier's id, as version 8 wrote it.
            QSqlQuery q(store.database());
            for (const QString &sql :
                 {QStringLiteral(
                      "CREATE TEMP TABLE old_search AS SELECT dossiers.id AS id, search.c0 AS text "
                      "FROM dossiers JOIN dossier_search_content AS search ON search.id = %1")
                      .arg(SearchOrder::rowidExpression(QStringLiteral("k_NgayTiepNhan"),
                                                        QStringLiteral("dossiers.id"))),
                  QStringLiteral("DELETE FROM dossier_search"),
                  QStringLiteral("INSERT INTO dossier_search (rowid, text) SELECT id, text FROM old_search"),
                  QStringLiteral("ANALYZE")})
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM dossiers JOIN dossier_search ON "
                                          "dossier_search.rowid = dossiers.id")) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), n + 1);
            for (const QString &typed : {QStringLiteral("nguyen"), QStringLiteral("ng"), QStringLiteral("0")})
                before << search(store, typed).join(u',');
        }
        Store store;
        const auto opened = store.open(path);
        QVERIFY2(opened, qPrintable(opened.error().message));
        QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT dossiers.id) FROM dossiers JOIN "
                                      "dossier_search ON dossier_search.rowid = %1")
                           .arg(SearchOrder::rowidExpression(QStringLiteral("k_NgayTiepNhan"),
                                                             QStringLiteral("dossiers.id")))) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), n + 1);
        QCOMPARE(q.value(1).toInt(), n + 1);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM dossier_search")) && q.next());
        QCOMPARE(q.value(0).toInt(), n + 1);
        QStringList after;
        for (const QString &typed : {QStringLiteral("nguyen"), QStringLiteral("ng"), QStringLiteral("0")})
            after << search(store, typed).join(u',');
        QCOMPARE(after, before);
        QVERIFY(!before.constFirst().isEmpty());

        // Newest received first through the search index's order: the same as the sort index's.
        ListQuery byIndex;
        byIndex.limit = 1000;
        const auto plain = store.list(byIndex);
        QVERIFY(plain);
        QStringList expected;
        for (const ListRow &r : plain->rows)
            expected << r.code;
        QCOMPARE(expected.size(), n + 1);
        QCOMPARE(expected.constLast(), data.dossier(n).code()); // undated, last
        ListQuery searched = byIndex;
        searched.filter.search = QStringLiteral("0"); // every CCCD begins with 0
        const auto found = store.list(searched);
        QVERIFY(found);
        QStringList foundCodes;
        for (const ListRow &r : found->rows)
            foundCodes << r.code;
        QCOMPARE(foundCodes, expected);

        QVERIFY(q.exec(QStringLiteral("PRAGMA index_info(dossiers_status_province)")));
        QStringList columns;
        while (q.next())
            columns << q.value(2).toString();
        QCOMPARE(columns, (QStringList{QStringLiteral("f_StatusId"), QStringLiteral("f_MaTinh"),
                                       QStringLiteral("k_NgayTiepNhan"), QStringLiteral("id"),
                                       QStringLiteral("f_MaTTHC")}));
        // A database with the planner's statistics gets the new index's.
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT count(*) FROM sqlite_stat1 WHERE idx = 'dossiers_status_province'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void aFieldWithoutAColumn_getsOneOnOpen() {
        const QString path = m_dir.filePath(QStringLiteral("reconcile.sqlite"));
        const QString column = StoreSchema::fieldColumn(FieldTable::dossier().at(int(DossierField::Email)));
        {
            Store store;
            QVERIFY(store.open(path));
            QSqlQuery q(store.database());
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE dossiers DROP COLUMN \"%1\"").arg(column)),
                     qPrintable(q.lastError().text()));
            QCOMPARE(store.database().record(QStringLiteral("dossiers")).indexOf(column), -1);
        }
        Store store;
        QVERIFY(store.open(path));
        QVERIFY(store.database().record(QStringLiteral("dossiers")).indexOf(column) >= 0);
    }

    // Schema 10 keeps each thing once: the server's copies encoded, the documents' XML left NULL where the
    // rows or the server's copy give it back. Every field, document and server copy reads back the same.
    void schema9_becomesLean_withEveryFieldDocumentAndServerCopyKept_andSmaller() {
        const QString path = m_dir.filePath(QStringLiteral("v9-lean.sqlite"));
        const test::TestDossiers data(10);
        const std::optional<QMap<QString, QByteArray>> written = test::writeSchema9LeanMix(path, data, 300);
        QVERIFY(written);
        const QMap<QString, QByteArray> before = *written;
        {
            Store::Options o;
            o.schemaVersion = 9;
            Store store(o);
            QVERIFY(store.open(path));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM dossiers WHERE server_json IS NOT NULL")) &&
                    q.next());
            QVERIFY(q.value(0).toInt() > 150);
        }
        QCOMPARE(before.size(), 300);
        const qint64 sizeBefore = QFileInfo(path).size();
        QList<std::pair<qint64, qint64>> progress;
        Store::Options o;
        o.migrationProgress = [&](int version, qint64 done, qint64 total) {
            QCOMPARE(version, 10);
            progress << std::pair{done, total};
        };
        {
            Store store(o);
            const auto opened = store.open(path);
            QVERIFY2(opened, qPrintable(opened.error().message));
            QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
            QCOMPARE(test::contentOf(store), before);
            QSqlQuery q(store.database());
            for (const char *sql : {"SELECT count(*) FROM dossiers WHERE server_json IS NOT NULL",
                                    "SELECT count(*) FROM steps WHERE server_json IS NOT NULL"}) {
                QVERIFY(q.exec(QLatin1StringView(sql)) && q.next());
                QCOMPARE(q.value(0).toInt(), 0);
            }
            // Every way of keeping the XML was met: in its column, from the rows, from the server's copy.
            QVERIFY(
                q.exec(QStringLiteral("SELECT extent_source, count(*), count(\"f_CertificateExtentData\") "
                                      "FROM dossiers GROUP BY extent_source ORDER BY extent_source")));
            QStringList sources;
            while (q.next()) {
                sources << q.value(0).toString();
                QCOMPARE(q.value(2).toInt(), q.value(0).toInt() == 0 ? q.value(1).toInt() : 0);
            }
            QVERIFY2(sources == (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")}),
                     qPrintable(sources.join(u',')));
        }
        QVERIFY(!progress.isEmpty());
        QVERIFY(progress.constLast().second > 300); // dossiers and steps
        QCOMPARE(progress.constLast().first, progress.constLast().second);
        const qint64 sizeAfter = QFileInfo(path).size();
        QVERIFY2(sizeAfter < sizeBefore * 3 / 4,
                 qPrintable(QStringLiteral("%1 -> %2 bytes").arg(sizeBefore).arg(sizeAfter)));
        // Reopened, it reads the same again.
        Store again;
        QVERIFY(again.open(path));
        QCOMPARE(test::contentOf(again), before);
    }

    void leanStore_afterConflictsAndPushes_readsEveryServerCopyBack() {
        const QString path = m_dir.filePath(QStringLiteral("lean-fresh.sqlite"));
        const test::TestDossiers data(11);
        const std::optional<QMap<QString, QByteArray>> nine =
            test::writeSchema9LeanMix(path + QStringLiteral(".9"), data, 60);
        QVERIFY(nine);
        Store store;
        QVERIFY(store.open(path));
        QVERIFY(test::writeLeanMix(store, data, 60));
        const QMap<QString, QByteArray> ten = test::contentOf(store);
        // The same writes give the same answers at schema 9 and 10 but for the times of writing, which the
        // content does not hold.
        QCOMPARE(ten, *nine);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM dossiers WHERE server_copy IS NOT NULL")) &&
                q.next());
        QVERIFY(q.value(0).toInt() > 30);
    }

    // The upgrade to 10 rewrites every row after a backup: without room for the backup it does not start.
    void schema9_withoutRoomForTheBackup_isRefusedAndLeftAsItWas() {
        const QString path = m_dir.filePath(QStringLiteral("v9-full.sqlite"));
        const test::TestDossiers data(12);
        const std::optional<QMap<QString, QByteArray>> before = test::writeSchema9LeanMix(path, data, 30);
        QVERIFY(before);
        Store::Options nine;
        nine.schemaVersion = 9;
        const QByteArray hash = fileHash(path);
        Store::Options o;
        o.freeBytes = [](const QString &) { return qint64(1024); };
        {
            Store store(o);
            const auto opened = store.open(path);
            QVERIFY(!opened);
            QCOMPARE(opened.error().kind, StoreError::Kind::DiskFull);
            QVERIFY2(opened.error().message.contains(QStringLiteral("MB free")),
                     qPrintable(opened.error().message));
        }
        QCOMPARE(fileHash(path), hash);
        Store store(nine);
        QVERIFY(store.open(path));
        QCOMPARE(store.schemaVersion(), 9);
        QCOMPARE(test::contentOf(store), *before);
    }

    // Schema 11 drops the indexes no query reads (UnreadIndexes; tst_storeplans says which query reads
    // which), after the backup every upgrade makes, keeping every other index and everything the store
    // answers.
    void schema10_losesTheIndexesNoQueryReads_afterABackup() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v10.sqlite"));
        const test::TestDossiers data(13);
        QMap<QString, QByteArray> before;
        auto indexes = [](Store &store) {
            QSqlQuery q(store.database());
            q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"));
            QStringList out;
            while (q.next())
                out << q.value(0).toString();
            return out;
        };
        QStringList indexesBefore;
        {
            const std::unique_ptr<Store> store = leanMixAtSchema(path, 10, data);
            QVERIFY(store);
            before = test::contentOf(*store);
            indexesBefore = indexes(*store);
        }
        const QStringList dropped = UnreadIndexes::names();
        QVERIFY(!dropped.isEmpty());
        for (const QString &name : dropped)
            QVERIFY2(indexesBefore.contains(name), qPrintable(name));
        Store::Options eleven;
        eleven.schemaVersion = 11;
        Store store(eleven);
        QVERIFY(store.open(path));
        QCOMPARE(store.schemaVersion(), 11);
        QStringList expected = indexesBefore;
        for (const QString &name : dropped)
            expected.removeAll(name);
        QCOMPARE(indexes(store), expected);
        QCOMPARE(test::contentOf(store), before);
        const QStringList backups =
            QDir(dir.path()).entryList({QStringLiteral("v10.sqlite.pre-v11-*.sqlite")});
        QCOMPARE(backups.size(), 1);
        // The name's order is the sort key's, as before.
        ListQuery byName;
        byName.sortColumn = QStringLiteral("HoVaTen");
        byName.limit = 1000;
        const auto page = store.list(byName);
        QVERIFY(page);
        QCOMPARE(page->rows.size(), before.size());
    }

    // Schema 12 adds the status's index in received order (StatusReceivedIndex), after the backup every
    // upgrade makes, with its statistics when the database has some; everything the store answers stays.
    void schema11_getsTheStatussIndexInReceivedOrder_afterABackup() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v11.sqlite"));
        const test::TestDossiers data(17);
        QMap<QString, QByteArray> before;
        QStringList statusOrderBefore;
        ListQuery byStatus;
        byStatus.limit = 1000;
        auto codesOf = [](Store &store, const ListQuery &q) {
            QStringList out;
            const auto page = store.list(q);
            if (page)
                for (const ListRow &r : page->rows)
                    out << r.code;
            return out;
        };
        {
            const std::unique_ptr<Store> store = leanMixAtSchema(path, 11, data);
            QVERIFY(store);
            QSqlQuery q(store->database());
            QVERIFY(
                q.exec(QStringLiteral("SELECT f_StatusId FROM dossiers GROUP BY 1 ORDER BY count(*) DESC")));
            QVERIFY(q.next());
            byStatus.filter.statuses = {q.value(0).toString()};
            q.finish();
            QVERIFY(q.exec(QStringLiteral("ANALYZE")));
            before = test::contentOf(*store);
            statusOrderBefore = codesOf(*store, byStatus);
            QVERIFY(statusOrderBefore.size() > 1);
            QVERIFY(q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = '%1'")
                               .arg(StatusReceivedIndex::name())));
            QVERIFY(!q.next());
        }
        Store::Options twelve;
        twelve.schemaVersion = 12;
        Store store(twelve);
        QVERIFY(store.open(path));
        QCOMPARE(store.schemaVersion(), 12);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = '%1'")
                           .arg(StatusReceivedIndex::name())));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toString().contains(StatusReceivedIndex::columns().join(QStringLiteral(", "))),
                 qPrintable(q.value(0).toString()));
        q.finish();
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_stat1 WHERE idx = '%1'")
                           .arg(StatusReceivedIndex::name())));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
        QCOMPARE(test::contentOf(store), before);
        QCOMPARE(codesOf(store, byStatus), statusOrderBefore);
        const QStringList backups =
            QDir(dir.path()).entryList({QStringLiteral("v11.sqlite.pre-v12-*.sqlite")});
        QCOMPARE(backups.size(), 1);
    }

    void readOnlyOpenOfAnOldDatabase_isRefusedAndLeftUntouched() {
        const QString path = m_dir.filePath(QStringLiteral("old-ro.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(BTXH_FIXTURES_DIR "/store/schema-v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = fileHash(path);
        Store::Options o;
        o.readOnly = true;
        Store store(o);
        const auto opened = store.open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, StoreError::Kind::ReadOnly);
        QCOMPARE(fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestStoreMigrations)
#include "tst_storemigrations.moc"
