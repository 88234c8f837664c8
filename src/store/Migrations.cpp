// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

#include "DueDates.h"
#include "Fields.h"
#include "LeanMigration.h"
#include "SearchOrder.h"
#include "SearchText.h"
#include "ServerCopy.h"
#include "SqlDialect.h"
#include "StatusReceivedIndex.h"
#include "StoreBackup.h"
#include "StoreColumns.h"
#include "StoreLog.h"
#include "StoreSchema.h"
#include "UnreadIndexes.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace btxh {

namespace {

bool run(QSqlDatabase &db, const QStringList &statements, QSqlError *error) {
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            *error = q.lastError();
            qCWarning(lcStore) << "migration statement failed:" << q.lastError().text();
            return false;
        }
    }
    return true;
}

QString createTable(const QString &name, const QStringList &leading, const FieldTable &table,
                    const QStringList &trailing = {}) {
    QStringList cols = leading;
    cols << StoreSchema::columnDefinitions(table) << trailing;
    return QStringLiteral("CREATE TABLE %1 (\n  %2\n)").arg(name, cols.join(QStringLiteral(",\n  ")));
}

QString col(DossierField f) {
    return StoreSchema::quoted(StoreSchema::fieldColumn(FieldTable::dossier().at(int(f))));
}

QString key(DossierField f) {
    return StoreSchema::quoted(StoreSchema::keyColumn(FieldTable::dossier().at(int(f))));
}

QString stepKeyCol(ProgressField f) {
    return StoreSchema::quoted(StoreSchema::keyColumn(FieldTable::progress().at(int(f))));
}

// Version 1: the tables.
bool migration1(QSqlDatabase &db, QSqlError *error) {
    const FieldTable &d = FieldTable::dossier();
    QStringList s;
    s << createTable(QStringLiteral("dossiers"),
                     {
                         QStringLiteral("id INTEGER PRIMARY KEY"),
                         QStringLiteral("code TEXT NOT NULL UNIQUE"),
                         QStringLiteral("sync_state TEXT NOT NULL CHECK (sync_state IN "
                                        "('draft','ready','sent','synced','failed','conflict'))"),
                         QStringLiteral("has_local_edits INTEGER NOT NULL DEFAULT 0"),
                         QStringLiteral("content_hash TEXT NOT NULL"),
                         QStringLiteral("extras TEXT"),
                         QStringLiteral("has_document_list INTEGER NOT NULL DEFAULT 0"),
                         QStringLiteral("has_result_list INTEGER NOT NULL DEFAULT 0"),
                         QStringLiteral("document_count INTEGER NOT NULL DEFAULT 0"),
                         QStringLiteral("result_paper_count INTEGER NOT NULL DEFAULT 0"),
                         QStringLiteral("server_json TEXT"),
                         QStringLiteral("server_hash TEXT"),
                         QStringLiteral("server_received_at TEXT"),
                         QStringLiteral("problems TEXT"),
                         QStringLiteral("last_message TEXT"),
                         QStringLiteral("k_deadline TEXT"),
                         QStringLiteral("created_at TEXT NOT NULL"),
                         QStringLiteral("updated_at TEXT NOT NULL"),
                     },
                     d);
    // The list's sort and filter columns.
    s << QStringLiteral("CREATE INDEX dossiers_received ON dossiers(%1)").arg(key(DossierField::NgayTiepNhan))
      << QStringLiteral("CREATE INDEX dossiers_submitted ON dossiers(%1)")
             .arg(key(DossierField::SubmittedDate))
      << QStringLiteral("CREATE INDEX dossiers_status ON dossiers(%1)").arg(col(DossierField::StatusId))
      << QStringLiteral("CREATE INDEX dossiers_procedure ON dossiers(%1)").arg(col(DossierField::MaTTHC))
      << QStringLiteral("CREATE INDEX dossiers_area ON dossiers(%1, %2, %3)")
             .arg(col(DossierField::MaTinh), col(DossierField::MaHuyen), col(DossierField::MaXa))
      << QStringLiteral("CREATE INDEX dossiers_name ON dossiers(%1)").arg(col(DossierField::HoVaTen))
      << QStringLiteral("CREATE INDEX dossiers_sync_state ON dossiers(sync_state)")
      << QStringLiteral("CREATE INDEX dossiers_updated ON dossiers(updated_at)")
      << QStringLiteral("CREATE INDEX dossiers_deadline ON dossiers(k_deadline)");

    const QStringList childLead = {
        QStringLiteral("id INTEGER PRIMARY KEY"),
        QStringLiteral("dossier_id INTEGER NOT NULL REFERENCES dossiers(id) ON DELETE CASCADE"),
        QStringLiteral("position INTEGER NOT NULL"),
        QStringLiteral("extras TEXT"),
    };
    s << createTable(QStringLiteral("documents"), childLead, FieldTable::submittedDocument(),
                     {QStringLiteral("UNIQUE (dossier_id, position)")})
      << createTable(QStringLiteral("result_papers"), childLead, FieldTable::resultPaper(),
                     {QStringLiteral("UNIQUE (dossier_id, position)")});

    // Steps are keyed by MaHoSo, not by a dossier row: a progress pull can bring them before the dossier.
    s << createTable(QStringLiteral("steps"),
                     {
                         QStringLiteral("id INTEGER PRIMARY KEY"),
                         QStringLiteral("dossier_code TEXT NOT NULL"),
                         QStringLiteral("step_key TEXT NOT NULL"),
                         QStringLiteral("origin TEXT NOT NULL CHECK (origin IN ('server','local'))"),
                         QStringLiteral("sync_state TEXT NOT NULL CHECK (sync_state IN "
                                        "('draft','ready','sent','synced','failed','conflict'))"),
                         QStringLiteral("extras TEXT"),
                         QStringLiteral("server_json TEXT"),
                         QStringLiteral("problems TEXT"),
                         QStringLiteral("created_at TEXT NOT NULL"),
                     },
                     FieldTable::progress(), {QStringLiteral("UNIQUE (dossier_code, step_key)")})
      << QStringLiteral("CREATE INDEX steps_dossier_time ON steps(dossier_code, %1)")
             .arg(stepKeyCol(ProgressField::ThoiDiemXuLy));

    s << QStringLiteral("CREATE TABLE outbox (\n"
                        "  id INTEGER PRIMARY KEY,\n"
                        "  kind TEXT NOT NULL CHECK (kind IN ('new-dossier','progress','final-result')),\n"
                        "  dossier_code TEXT NOT NULL,\n"
                        "  step_id INTEGER REFERENCES steps(id) ON DELETE CASCADE,\n"
                        "  idempotency_key TEXT NOT NULL UNIQUE,\n"
                        "  state TEXT NOT NULL CHECK (state IN ('pending','sent','done','failed')),\n"
                        "  attempts INTEGER NOT NULL DEFAULT 0,\n"
                        "  next_attempt_at TEXT,\n"
                        "  last_message TEXT,\n"
                        "  created_at TEXT NOT NULL,\n"
                        "  updated_at TEXT NOT NULL\n"
                        ")")
      << QStringLiteral("CREATE INDEX outbox_due ON outbox(state, next_attempt_at)")
      << QStringLiteral("CREATE INDEX outbox_dossier ON outbox(dossier_code)");

    s << QStringLiteral("CREATE TABLE watermarks (\n"
                        "  service TEXT NOT NULL,\n"
                        "  area TEXT NOT NULL,\n"
                        "  watermark TEXT NOT NULL,\n"
                        "  updated_at TEXT NOT NULL,\n"
                        "  PRIMARY KEY (service, area)\n"
                        ") WITHOUT ROWID");
    s << QStringLiteral("CREATE TABLE audit (\n"
                        "  id INTEGER PRIMARY KEY,\n"
                        "  at TEXT NOT NULL,\n"
                        "  who TEXT NOT NULL,\n"
                        "  dossier_code TEXT NOT NULL,\n"
                        "  entity TEXT NOT NULL,\n"
                        "  field TEXT NOT NULL,\n"
                        "  old_value TEXT,\n"
                        "  new_value TEXT\n"
                        ")")
      << QStringLiteral("CREATE INDEX audit_dossier ON audit(dossier_code, id)");
    s << QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID");
    return run(db, s, error);
}

// Version 2: the accent-insensitive search index, filled from the dossiers already stored. The text is
// folded in C++ (SearchText) because FTS5's own remove_diacritics keeps đ.
bool migration2(QSqlDatabase &db, QSqlError *error) {
    if (!run(db,
             {QStringLiteral("CREATE VIRTUAL TABLE dossier_search USING fts5(text, "
                             "tokenize = 'unicode61 remove_diacritics 0', prefix = '2')")},
             error))
        return false;
    const QStringList cols = QStringList{QStringLiteral("id")} + StoreSchema::searchColumns();
    QSqlQuery select(db);
    select.setForwardOnly(true);
    QSqlQuery insert(db);
    if (!select.exec(QStringLiteral("SELECT %1 FROM dossiers").arg(cols.join(u','))) ||
        !insert.prepare(QStringLiteral("INSERT INTO dossier_search(rowid, text) VALUES (?, ?)"))) {
        *error = select.lastError().isValid() ? select.lastError() : insert.lastError();
        return false;
    }
    qint64 n = 0;
    while (select.next()) {
        insert.bindValue(0, select.value(0));
        insert.bindValue(1, StoreSchema::searchText(select, 1));
        if (!insert.exec()) {
            *error = insert.lastError();
            return false;
        }
        ++n;
    }
    qCDebug(lcStore) << "search index built for" << n << "dossiers";
    return true;
}

// The search index: folded text (SearchText), prefix indexes for 1 to 4 characters (version 3).
QString createSearchIndex(const QString &name) {
    return SqlDialect::sqlite().createSearchIndex(name).constFirst();
}

// Version 3: search as you type over a million dossiers, and names in Vietnamese alphabetical order.
// - The search index gets prefix indexes for 1 to 4 characters (a word being typed is a short prefix: "ng",
//   "001", "0011", the "h" of "nguyen thi h"); FTS5 cannot change them in place, so the index is made again
//   from the folded text it already holds (no row of `dossiers` is read).
// - The Vietnamese sort keys (VietnameseSortKey) of the list's text columns, in a narrow table of their own
//   with an index each, so that a large database is not rewritten row by row to add them.
bool migration3(QSqlDatabase &db, QSqlError *error) {
    const QString keys = StoreSchema::sortKeysTable();
    QStringList keyColumns, keyDefinitions;
    for (DossierField f : StoreSchema::collatedFields()) {
        const QString c =
            StoreSchema::quoted(StoreSchema::collationKeyColumn(FieldTable::dossier().at(int(f))));
        keyColumns << c;
        keyDefinitions << c + QStringLiteral(" TEXT");
    }
    if (!run(db,
             {createSearchIndex(QStringLiteral("dossier_search_v3")),
              QStringLiteral(
                  "INSERT INTO dossier_search_v3 (rowid, text) SELECT rowid, text FROM dossier_search"),
              QStringLiteral("DROP TABLE dossier_search"),
              QStringLiteral("ALTER TABLE dossier_search_v3 RENAME TO dossier_search"),
              QStringLiteral(
                  "CREATE TABLE %1 (id INTEGER PRIMARY KEY REFERENCES dossiers(id) ON DELETE CASCADE, "
                  "%2)")
                  .arg(keys, keyDefinitions.join(u','))},
             error))
        return false;
    QStringList sourceColumns{QStringLiteral("id")};
    for (DossierField f : StoreSchema::collatedFields())
        sourceColumns << col(f);
    QSqlQuery select(db);
    select.setForwardOnly(true);
    QSqlQuery insert(db);
    QStringList marks(keyColumns.size() + 1, QStringLiteral("?"));
    if (!select.exec(QStringLiteral("SELECT %1 FROM dossiers").arg(sourceColumns.join(u','))) ||
        !insert.prepare(QStringLiteral("INSERT INTO %1 (id, %2) VALUES (%3)")
                            .arg(keys, keyColumns.join(u','), marks.join(u',')))) {
        *error = select.lastError().isValid() ? select.lastError() : insert.lastError();
        return false;
    }
    qint64 n = 0;
    while (select.next()) {
        insert.bindValue(0, select.value(0));
        for (int i = 1; i < sourceColumns.size(); ++i) {
            const QString key = StoreSchema::collationKey(select.value(i).toString());
            insert.bindValue(i, key.isNull() ? QVariant() : QVariant(key));
        }
        if (!insert.exec()) {
            *error = insert.lastError();
            return false;
        }
        ++n;
    }
    QStringList indexes;
    for (DossierField f : StoreSchema::collatedFields()) {
        const FieldSpec &spec = FieldTable::dossier().at(int(f));
        indexes << QStringLiteral("CREATE INDEX %1_%2 ON %1(%3)")
                       .arg(keys, spec.wireName, StoreSchema::quoted(StoreSchema::collationKeyColumn(spec)));
    }
    if (!run(db, indexes, error))
        return false;
    qCDebug(lcStore) << "search index rebuilt and sort keys computed for" << n << "dossiers";
    return true;
}

// Version 4: an index of the received date (the list's default order) with the id (its tie-break) and the
// dossier code. A search for a code's beginning ("000.00.01.G07-2406") walks that order reading this index
// alone: at a million dossiers 26-111 ms, where gathering the matches from the search index took 0.3-0.9 s
// (bench/README.md). The narrow dossiers_received stays: paging by offset skips through it a fifth faster.
bool migration4(QSqlDatabase &db, QSqlError *error) {
    return run(db,
               {QStringLiteral("CREATE INDEX dossiers_received_code ON dossiers(%1, id, code)")
                    .arg(key(DossierField::NgayTiepNhan))},
               error);
}

// Version 5: one pusher per database across processes. The lease names its holder; an outbox entry in
// flight names the lease that sent it (sent_by) and when (sent_at), so only that copy's answer settles it; an
// entry whose outcome is unknown keeps since when (uncertain_since), for the engine to check first. Pulled
// items that could not be read wait, verbatim, in a quarantine until an officer dismisses them.
bool migration5(QSqlDatabase &db, QSqlError *error) {
    return run(
        db,
        {QStringLiteral("ALTER TABLE outbox ADD COLUMN sent_by TEXT"),
         QStringLiteral("ALTER TABLE outbox ADD COLUMN sent_at TEXT"),
         QStringLiteral("ALTER TABLE outbox ADD COLUMN uncertain_since TEXT"),
         QStringLiteral("CREATE TABLE sync_lease (\n"
                        "  name TEXT PRIMARY KEY,\n"
                        "  token TEXT NOT NULL,\n"
                        "  owner TEXT NOT NULL,\n"
                        "  pid INTEGER NOT NULL,\n"
                        "  host TEXT NOT NULL,\n"
                        "  acquired_at TEXT NOT NULL,\n"
                        "  renewed_at TEXT NOT NULL,\n"
                        "  expires_at TEXT NOT NULL\n"
                        ") WITHOUT ROWID"),
         QStringLiteral("CREATE TABLE pull_quarantine (\n"
                        "  id INTEGER PRIMARY KEY,\n"
                        "  service TEXT NOT NULL,\n"
                        "  area TEXT NOT NULL,\n"
                        "  window_from TEXT NOT NULL,\n"
                        "  window_to TEXT NOT NULL,\n"
                        "  item TEXT NOT NULL,\n"
                        "  problem TEXT NOT NULL,\n"
                        "  received_at TEXT NOT NULL,\n"
                        "  dismissed_at TEXT,\n"
                        "  dismissed_by TEXT\n"
                        ")"),
         QStringLiteral("CREATE INDEX pull_quarantine_open ON pull_quarantine(service, area, dismissed_at)")},
        error);
}

// Version 6: lists of people in the order Vietnamese lists use, by the given name (tên) and then the family
// and middle names, beside the full-name order: a key column of its own in the sort-key table, filled from
// the names already stored, and its index.
bool migration6(QSqlDatabase &db, QSqlError *error) {
    const QString keys = StoreSchema::sortKeysTable();
    const QString column = StoreSchema::quoted(StoreSchema::givenNameKeyColumn());
    if (!run(db, {QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 TEXT").arg(keys, column)}, error))
        return false;
    QSqlQuery select(db);
    select.setForwardOnly(true);
    QSqlQuery update(db);
    if (!select.exec(QStringLiteral("SELECT id, %1 FROM dossiers").arg(col(DossierField::HoVaTen))) ||
        !update.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(keys, column))) {
        *error = select.lastError().isValid() ? select.lastError() : update.lastError();
        return false;
    }
    while (select.next()) {
        const QString key = StoreSchema::givenNameKey(select.value(1).toString());
        update.bindValue(0, key.isNull() ? QVariant() : QVariant(key));
        update.bindValue(1, select.value(0));
        if (!update.exec()) {
            *error = update.lastError();
            return false;
        }
    }
    return run(db, {QStringLiteral("CREATE INDEX %1_given_name ON %1(%2)").arg(keys, column)}, error);
}

// Version 7: each dossier's legal deadline (the gateway's, or computed here from the procedure's processing
// time on the working-day calendar), where it came from and the day it was finished, with the indexes the
// reports count from (DueDates).
bool migration7(QSqlDatabase &db, QSqlError *error) {
    if (!run(db, DueDates::schemaStatements(), error))
        return false;
    QSqlError rulesError;
    const DeadlineRules rules = DueDates::rulesOf(db, &rulesError);
    return DueDates(db).recomputeAll(rules, error);
}

// Version 8: the case list orders and filters by the dossier's own legal deadline (due_date, the one the
// reports count by) instead of the latest step's; the latest step's index has no reader left.
bool migration8(QSqlDatabase &db, QSqlError *error) {
    return run(db,
               {QStringLiteral("DROP INDEX IF EXISTS dossiers_deadline"),
                QStringLiteral("CREATE INDEX dossiers_due ON dossiers(due_date)")},
               error);
}

// Version 9: search and counts at a million dossiers, every key.
// - The search index is made again with each dossier's text under a rowid that follows its received date
//   (SearchOrder), read from the index of received dates in that very order; the text is the index's own.
//   A search sorted by received date then reads its matches in the list's order and stops at a full page.
// - Counts and pages filtered by status and province (an officer's everyday filter) read one index:
//   status, province, received date with the id (so that it gives the list's order, ties by id), and the
//   procedure, checked there too.
bool migration9(QSqlDatabase &db, QSqlError *error) {
    const QString received = key(DossierField::NgayTiepNhan);
    if (!run(db,
             {createSearchIndex(QStringLiteral("dossier_search_v9")),
              QStringLiteral("INSERT INTO dossier_search_v9 (rowid, text) SELECT %1, search.c0 FROM dossiers "
                             "INDEXED BY dossiers_received CROSS JOIN dossier_search_content AS search ON "
                             "search.id = dossiers.id ORDER BY %2, dossiers.id")
                  .arg(SearchOrder::rowidExpression(received, QStringLiteral("dossiers.id")), received),
              QStringLiteral("DROP TABLE dossier_search"),
              QStringLiteral("ALTER TABLE dossier_search_v9 RENAME TO dossier_search"),
              QStringLiteral("CREATE INDEX dossiers_status_province ON dossiers(%1, %2, %3, id, %4)")
                  .arg(col(DossierField::StatusId), col(DossierField::MaTinh), received,
                       col(DossierField::MaTTHC))},
             error))
        return false;
    // The planner picks an index by its statistics: a database that has them gets the new index's too.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"))) {
        *error = q.lastError();
        return false;
    }
    if (q.next())
        return run(db, {QStringLiteral("ANALYZE dossiers_status_province")}, error);
    return true;
}

// Gives the space a migration freed back to the disk, after its commit: SQLite writes the database anew and
// swaps it in through its journal, so a crash leaves the old file or the new one. Needs room for a copy; when
// it fails the file keeps its free pages, which later writes reuse.
void vacuum(QSqlDatabase &db) {
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("VACUUM")))
        qCInfo(lcStore) << "space freed by the migration given back to the disk";
    else
        qCWarning(lcStore) << "VACUUM after the migration failed; the free pages stay in the file:"
                           << q.lastError().nativeErrorCode();
}

} // namespace

const QList<Migrations::Migration> &Migrations::all() {
    static const QList<Migration> list = {
        {1, QStringLiteral("dossiers, documents, result papers, steps, outbox, watermarks, audit, settings"),
         migration1},
        {2, QStringLiteral("accent-insensitive search index"), migration2},
        {3, QStringLiteral("search prefix indexes, Vietnamese sort keys"), migration3},
        {4, QStringLiteral("the received date's index with dossier codes"), migration4},
        {5, QStringLiteral("sync lease, outbox copies in flight, pull quarantine"), migration5},
        {6, QStringLiteral("the given-name order of people's names"), migration6},
        {7, QStringLiteral("legal deadlines, finishing days and the reports' indexes"), migration7},
        {8, QStringLiteral("the case list's order by each dossier's legal deadline"), migration8},
        {9, QStringLiteral("the search index in received order, the status and province index"), migration9},
        {10,
         QStringLiteral("the server's copies encoded, the documents' XML kept once"),
         {},
         LeanMigration::apply},
        {11, QStringLiteral("the indexes no query reads dropped"), UnreadIndexes::apply},
        {12, QStringLiteral("the status's index in received order"), StatusReceivedIndex::apply},
    };
    return list;
}

int Migrations::latestVersion() {
    return all().constLast().version;
}

int Migrations::currentVersion(QSqlDatabase &db, QSqlError *error) {
    QSqlQuery q(db);
    if (!q.exec(SqlDialect::of(db).readSchemaVersion()) || !q.next()) {
        *error = q.lastError();
        return -1;
    }
    return q.value(0).toInt();
}

StoreError Migrations::migrate(QSqlDatabase &db, const QString &path, int targetVersion,
                               const std::function<QDateTime()> &clock) {
    Options options;
    options.clock = clock;
    return migrate(db, path, targetVersion, options);
}

StoreError Migrations::migrate(QSqlDatabase &db, const QString &path, int targetVersion,
                               const Options &options) {
    const std::function<QDateTime()> &clock = options.clock;
    const int target = targetVersion > 0 ? targetVersion : latestVersion();
    QSqlError error;
    const int current = currentVersion(db, &error);
    if (current < 0)
        return StoreError::fromSql(error, path);
    if (current > latestVersion()) {
        qCWarning(lcStore) << "refusing database of schema" << current << "; this build knows"
                           << latestVersion();
        return StoreError::make(StoreError::Kind::NewerSchema,
                                QCoreApplication::translate(
                                    "Migrations",
                                    "The database %1 was made by a newer version of BTXH Desktop (schema %2; "
                                    "this version knows up to %3). It was not opened and was left untouched: "
                                    "update the application to use it.")
                                    .arg(path)
                                    .arg(current)
                                    .arg(latestVersion()));
    }
    // A database that already holds a schema (and so, perhaps, the officer's only copy of their cases) is
    // backed up before any migration touches it; a new empty one, or one in memory, has nothing to lose.
    const bool willMigrate = std::any_of(all().cbegin(), all().cend(), [&](const Migration &m) {
        return m.version > current && m.version <= target;
    });
    if (willMigrate && current >= 1 && !path.isEmpty() && path != u":memory:" &&
        !path.startsWith(u"file::memory:")) {
        const QDateTime at = clock ? clock() : QDateTime::currentDateTime();
        const QString backupPath =
            StoreBackup::timestampedPath(path, QStringLiteral("pre-v%1").arg(target), at);
        StoreBackup::Options backupOptions;
        backupOptions.freeBytes = options.freeBytes;
        const StoreBackup::Result backup = StoreBackup::backup(path, backupPath, backupOptions);
        if (!backup.ok()) {
            qCWarning(lcStore) << "not migrating schema" << current << "to" << target
                               << ": the backup before migrating failed";
            return StoreError::make(backup.error.kind,
                                    QCoreApplication::translate(
                                        "Migrations",
                                        "The database %1 must be upgraded to this version, and a backup is "
                                        "made first; the backup failed, so it was not upgraded and was left "
                                        "untouched. %2")
                                        .arg(path, backup.error.message),
                                    backup.error.detail);
        }
        qCInfo(lcStore) << "backed up schema" << current << "before migrating to" << target;
    }
    bool reclaimSpace = false;
    for (const Migration &m : all()) {
        if (m.version <= current || m.version > target)
            continue;
        QSqlQuery q(db);
        // IMMEDIATE takes the write lock up front, so two programs opening one old database do not both
        // start the same migration.
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return StoreError::fromSql(q.lastError(), path);
        // Another program may have migrated while we waited for the lock.
        const int now = currentVersion(db, &error);
        if (now >= m.version) {
            q.exec(QStringLiteral("ROLLBACK"));
            continue;
        }
        if (!m.run(db, &error, options.progress) ||
            !q.exec(SqlDialect::sqlite().writeSchemaVersion(m.version))) {
            if (!error.isValid())
                error = q.lastError();
            q.exec(QStringLiteral("ROLLBACK"));
            return StoreError::fromSql(error, path);
        }
        if (!q.exec(QStringLiteral("COMMIT"))) {
            const QSqlError commitError = q.lastError();
            q.exec(QStringLiteral("ROLLBACK"));
            return StoreError::fromSql(commitError, path);
        }
        qCInfo(lcStore) << "migrated to schema" << m.version << m.description;
        if (m.version == columns::LeanSchemaVersion && current >= 1)
            reclaimSpace = true;
    }
    if (reclaimSpace)
        vacuum(db);
    return {};
}

StoreError Migrations::recordDictionaries(QSqlDatabase &db, const QString &path) {
    QSqlError error;
    const int version = currentVersion(db, &error);
    if (version < 0)
        return StoreError::fromSql(error, path);
    if (version < columns::LeanSchemaVersion)
        return {};
    if (ServerCopy::hasDictionaries(db, &error))
        return {};
    if (error.isValid())
        return StoreError::fromSql(error, path);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return StoreError::fromSql(q.lastError(), path);
    if (!ServerCopy::recordDictionaries(db, &error) || !q.exec(QStringLiteral("COMMIT"))) {
        if (!error.isValid())
            error = q.lastError();
        q.exec(QStringLiteral("ROLLBACK"));
        return StoreError::fromSql(error, path);
    }
    qCInfo(lcStore) << "a new dictionary of the server copies recorded";
    return {};
}

StoreError Migrations::reconcileColumns(QSqlDatabase &db, const QString &path) {
    const QList<std::pair<QString, const FieldTable *>> tables = {
        {QStringLiteral("dossiers"), &FieldTable::dossier()},
        {QStringLiteral("documents"), &FieldTable::submittedDocument()},
        {QStringLiteral("result_papers"), &FieldTable::resultPaper()},
        {QStringLiteral("steps"), &FieldTable::progress()},
    };
    QStringList statements;
    for (const auto &[name, table] : tables) {
        QSet<QString> existing;
        const QSqlRecord rec = db.record(name);
        for (int i = 0; i < rec.count(); ++i)
            existing.insert(rec.fieldName(i).toLower());
        for (const QString &c : StoreSchema::columnNames(*table))
            if (!existing.contains(c.toLower()))
                statements
                    << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 TEXT").arg(name, StoreSchema::quoted(c));
    }
    if (statements.isEmpty())
        return {};
    QSqlQuery q(db);
    QSqlError error;
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return StoreError::fromSql(q.lastError(), path);
    if (!run(db, statements, &error)) {
        q.exec(QStringLiteral("ROLLBACK"));
        return StoreError::fromSql(error, path);
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QSqlError e = q.lastError();
        q.exec(QStringLiteral("ROLLBACK"));
        return StoreError::fromSql(e, path);
    }
    qCInfo(lcStore) << "added" << statements.size() << "columns for new fields";
    return {};
}

} // namespace btxh
