// SPDX-License-Identifier: GPL-3.0-or-later
#include "Store.h"

#include "DeadlineSettings.h"
#include "DueDates.h"
#include "JsonCodec.h"
#include "ListReader.h"
#include "Migrations.h"
#include "OwnerOnly.h"
#include "SearchOrder.h"
#include "SearchText.h"
#include "StoreLog.h"
#include "StoreSchema.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <array>
#include <atomic>
#include <sqlite3.h>
#include <tuple>

namespace btxh {

namespace {

std::atomic<int> connectionCounter{0};

QVariant nullable(const QString &s) {
    return s.isNull() ? QVariant() : QVariant(s);
}

QVariant nullable(const QByteArray &json) {
    return json.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(json));
}

QString severityName(Severity s) {
    return s == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QByteArray problemsJson(const Problems &problems) {
    if (problems.isEmpty())
        return {};
    QJsonArray a;
    for (const Problem &p : problems)
        a.append(QJsonObject{{QStringLiteral("recordKey"), p.recordKey},
                             {QStringLiteral("field"), p.field},
                             {QStringLiteral("label"), p.label},
                             {QStringLiteral("severity"), severityName(p.severity)},
                             {QStringLiteral("code"), p.code},
                             {QStringLiteral("message"), p.message}});
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

Problems problemsFrom(const QVariant &v) {
    Problems out;
    if (v.isNull())
        return out;
    const QJsonArray a = QJsonDocument::fromJson(v.toString().toUtf8()).array();
    for (const QJsonValue &e : a) {
        const QJsonObject o = e.toObject();
        Problem p;
        p.recordKey = o.value(QStringLiteral("recordKey")).toString();
        p.field = o.value(QStringLiteral("field")).toString();
        p.label = o.value(QStringLiteral("label")).toString();
        p.severity =
            o.value(QStringLiteral("severity")).toString() == u"error" ? Severity::Error : Severity::Warning;
        p.code = o.value(QStringLiteral("code")).toString();
        p.message = o.value(QStringLiteral("message")).toString();
        out << p;
    }
    return out;
}

OutboxEntry::Kind outboxKindFrom(const QString &s) {
    if (s == u"progress")
        return OutboxEntry::Kind::Progress;
    if (s == u"final-result")
        return OutboxEntry::Kind::FinalResult;
    return OutboxEntry::Kind::NewDossier;
}

OutboxEntry::State outboxStateFrom(const QString &s) {
    if (s == u"sent")
        return OutboxEntry::State::Sent;
    if (s == u"done")
        return OutboxEntry::State::Done;
    if (s == u"failed")
        return OutboxEntry::State::Failed;
    return OutboxEntry::State::Pending;
}

// A dossier as a push sends it (JsonCodec::writeDossier), LoaiDuLieu as the gateway reports it (1 or 100):
// the same content in the server's spelling (key case, date shapes, numbers for strings, keys of its own)
// gives the same bytes. After a push is accepted this is the server's copy; its digest recognises that copy
// pulled back.
QByteArray wireJson(const Dossier &dossier) {
    Dossier d = dossier;
    d.setValue(DossierField::LoaiDuLieu,
               dossier.isFinalResult() ? QStringLiteral("100") : QStringLiteral("1"));
    return QJsonDocument(JsonCodec::writeDossier(d)).toJson(QJsonDocument::Compact);
}

// Binds the derived value columns of a record, in StoreSchema::columnNames() order.
void bindRecord(QSqlQuery &q, int &pos, const Record &record) {
    for (const FieldSpec &f : record.table().fields()) {
        const QString v = record.value(f.id);
        q.bindValue(pos++, nullable(v));
        if (StoreSchema::hasKeyColumn(f))
            q.bindValue(pos++, nullable(StoreSchema::sortKey(v)));
    }
}

void readRecord(const QSqlQuery &q, Record &record) {
    const QSqlRecord rec = q.record();
    for (const FieldSpec &f : record.table().fields()) {
        const int i = rec.indexOf(StoreSchema::fieldColumn(f));
        if (i < 0)
            continue;
        const QVariant v = q.value(i);
        record.setValue(f.id, v.isNull() ? QString() : v.toString());
    }
    const int e = rec.indexOf(QStringLiteral("extras"));
    if (e >= 0)
        StoreSchema::readExtras(q.value(e).toString(), record);
}

QString insertSql(const QString &table, QStringList leading, const FieldTable &fields) {
    leading << StoreSchema::columnNames(fields);
    QStringList cols, marks;
    for (const QString &c : leading) {
        cols << StoreSchema::quoted(c);
        marks << QStringLiteral("?");
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, cols.join(u','), marks.join(u','));
}

QString dossierColumnsAssignment() {
    QStringList sets;
    for (const QString &c : StoreSchema::columnNames(FieldTable::dossier()))
        sets << StoreSchema::quoted(c) + QStringLiteral(" = ?");
    return sets.join(u',');
}

QString stepColumn(ProgressField f) {
    return StoreSchema::quoted(StoreSchema::keyColumn(FieldTable::progress().at(int(f))));
}

// The prepared statements of the write path, prepared once per connection.
enum Statement {
    FindDossier,
    InsertDossier,
    UpdateDossier,
    UpdateServerCopy,
    DeleteDocuments,
    DeleteResultPapers,
    InsertDocument,
    InsertResultPaper,
    DeleteSearch,
    InsertSearch,
    InsertSortKeys,
    UpdateSortKeys,
    FindStep,
    InsertStep,
    UpdateDeadline,
    InsertAudit,
    FindPendingOutbox,
    InsertOutbox,
    TouchOutbox,
    DropPendingOutbox,
    StatementCount
};

QString statementSql(Statement s) {
    const QString meta =
        QStringLiteral("code, sync_state, has_local_edits, content_hash, extras, has_document_list, "
                       "has_result_list, document_count, result_paper_count, server_json, server_hash, "
                       "server_received_at, problems, created_at, updated_at");
    switch (s) {
    case FindDossier:
        return QStringLiteral("SELECT id, sync_state, has_local_edits, content_hash, server_hash, problems "
                              "FROM dossiers WHERE code = ?");
    case InsertDossier:
        return insertSql(QStringLiteral("dossiers"), meta.split(QStringLiteral(", ")), FieldTable::dossier());
    case UpdateDossier:
        return QStringLiteral(
                   "UPDATE dossiers SET sync_state = ?, has_local_edits = ?, content_hash = ?, "
                   "extras = ?, has_document_list = ?, has_result_list = ?, document_count = ?, "
                   "result_paper_count = ?, server_json = ?, server_hash = ?, server_received_at = ?, "
                   "problems = ?, updated_at = ?, %1 WHERE id = ?")
            .arg(dossierColumnsAssignment());
    case UpdateServerCopy:
        return QStringLiteral("UPDATE dossiers SET sync_state = ?, server_json = ?, server_hash = ?, "
                              "server_received_at = ?, updated_at = ? WHERE id = ?");
    case DeleteDocuments:
        return QStringLiteral("DELETE FROM documents WHERE dossier_id = ?");
    case DeleteResultPapers:
        return QStringLiteral("DELETE FROM result_papers WHERE dossier_id = ?");
    case InsertDocument:
        return insertSql(QStringLiteral("documents"),
                         {QStringLiteral("dossier_id"), QStringLiteral("position"), QStringLiteral("extras")},
                         FieldTable::submittedDocument());
    case InsertResultPaper:
        return insertSql(QStringLiteral("result_papers"),
                         {QStringLiteral("dossier_id"), QStringLiteral("position"), QStringLiteral("extras")},
                         FieldTable::resultPaper());
    case DeleteSearch:
        return SearchOrder::deleteSql();
    case InsertSearch:
        return SearchOrder::insertSql();
    case InsertSortKeys:
    case UpdateSortKeys: {
        // Not INSERT OR REPLACE: a statement that may delete makes SQLite open a statement journal, and FTS5
        // then writes out its pending index data at every dossier instead of once per transaction
        // (bench_store measured the import 1.4x slower).
        QStringList cols;
        for (const QString &c : StoreSchema::sortKeyColumns())
            cols << StoreSchema::quoted(c);
        if (s == UpdateSortKeys)
            return QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                .arg(StoreSchema::sortKeysTable(), cols.join(QStringLiteral(" = ?, ")));
        return QStringLiteral("INSERT INTO %1 (%2, id) VALUES (%3)")
            .arg(StoreSchema::sortKeysTable(), cols.join(u','),
                 QStringList(cols.size() + 1, QStringLiteral("?")).join(u','));
    }
    case FindStep:
        return QStringLiteral("SELECT id FROM steps WHERE dossier_code = ? AND step_key = ?");
    case InsertStep:
        return insertSql(QStringLiteral("steps"),
                         {QStringLiteral("dossier_code"), QStringLiteral("step_key"),
                          QStringLiteral("origin"), QStringLiteral("sync_state"), QStringLiteral("extras"),
                          QStringLiteral("server_json"), QStringLiteral("problems"),
                          QStringLiteral("created_at")},
                         FieldTable::progress());
    case UpdateDeadline:
        // The legal deadline of the latest step (by the time it was handled).
        return QStringLiteral(
                   "UPDATE dossiers SET k_deadline = (SELECT %1 FROM steps WHERE steps.dossier_code = "
                   "dossiers.code ORDER BY %2 DESC, id DESC LIMIT 1) WHERE code = ?")
            .arg(stepColumn(ProgressField::NgayKetThucTheoQuyDinh), stepColumn(ProgressField::ThoiDiemXuLy));
    case InsertAudit:
        return QStringLiteral(
            "INSERT INTO audit (at, who, dossier_code, entity, field, old_value, new_value) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)");
    case FindPendingOutbox:
        return QStringLiteral(
            "SELECT id FROM outbox WHERE dossier_code = ? AND kind = ? AND state = 'pending' "
            "AND step_id IS ? LIMIT 1");
    case InsertOutbox:
        return QStringLiteral(
            "INSERT INTO outbox (kind, dossier_code, step_id, idempotency_key, state, attempts, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, 'pending', 0, ?, ?)");
    case TouchOutbox:
        return QStringLiteral("UPDATE outbox SET updated_at = ?, next_attempt_at = NULL WHERE id = ?");
    case DropPendingOutbox:
        return QStringLiteral("DELETE FROM outbox WHERE dossier_code = ? AND state = 'pending' AND kind IN "
                              "('new-dossier', 'final-result')");
    case StatementCount:
        break;
    }
    return {};
}

// The schema that added the dossiers' due dates (Migrations, migration 7).
constexpr int DueDatesSchema = 7;

struct ExistingDossier {
    qint64 id = 0;
    QString syncState;
    bool hasLocalEdits = false;
    QString contentHash;
    QString serverHash;
    QString problems;
};

// Thrown inside a write to unwind to the transaction's rollback; never escapes the Store.
struct WriteFailure {
    StoreError error;
};

// The columns outboxEntryFrom() reads, in its order; every outbox SELECT starts with them.
constexpr char OutboxColumns[] = "SELECT id, kind, dossier_code, step_id, idempotency_key, state, attempts, "
                                 "next_attempt_at, last_message, created_at, uncertain_since";

OutboxEntry outboxEntryFrom(const QSqlQuery &q) {
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.kind = outboxKindFrom(q.value(1).toString());
    e.dossierCode = q.value(2).toString();
    e.stepId = q.value(3).toLongLong();
    e.idempotencyKey = q.value(4).toString();
    e.state = outboxStateFrom(q.value(5).toString());
    e.attempts = q.value(6).toInt();
    e.nextAttemptAt = StoreSchema::fromIso(q.value(7));
    e.lastMessage = q.value(8).toString();
    e.createdAt = StoreSchema::fromIso(q.value(9));
    e.uncertainSince = StoreSchema::fromIso(q.value(10));
    return e;
}

} // namespace

class Store::Private {
public:
    Options options;
    QString path;
    QString connectionName;
    QSqlDatabase db;
    bool readOnly = false;
    int version = 0;
    std::array<std::unique_ptr<QSqlQuery>, StatementCount> statements;
    QSet<QString> touchedCodes;
    // Each dossier's due date and finishing day (schema 7 on): refreshed for every dossier a write touched.
    std::unique_ptr<DueDates> dueDates;
    DeadlineRules deadlineRules;
    // What markSent saw go out for each dossier push in flight (wireJson), until its answer: an accepted push
    // makes it the server's copy, even when the dossier was edited again meanwhile. An item left "sent" by a
    // program that stopped is sent again, and seen again, by the next run.
    QHash<qint64, QByteArray> sentCopies;
    // The open connection's SQLite handle, for interrupt() from another thread.
    std::atomic<sqlite3 *> interruptHandle{nullptr};

    QDateTime now() const { return options.clock ? options.clock() : QDateTime::currentDateTimeUtc(); }
    Outbox outbox() const {
        return Outbox(
            db, [this] { return now(); }, options.isProcessAlive);
    }
    // The outbox transition `t` did not happen: why (a database error, or the entry is not in the state or
    // not the lease's copy it has to be).
    Outbox::Target requireTransition(const Outbox &o, const std::optional<Outbox::Target> &t, qint64 outboxId,
                                     const QString &refusal) {
        if (t)
            return *t;
        if (o.hasError())
            throw WriteFailure{StoreError::fromSql(o.lastError(), path)};
        refuseOutboxChange(outboxId, refusal);
    }
    QString newId() const {
        return options.newId ? options.newId() : QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    // The error to answer, logged.
    StoreError fail(const QSqlError &e) const {
        const StoreError error = StoreError::fromSql(e, path);
        if (error.kind == StoreError::Kind::Interrupted) // asked for: the answer was no longer wanted
            qCDebug(lcStore) << "read interrupted";
        else
            qCWarning(lcStore) << "store error" << StoreError::kindName(error.kind) << e.nativeErrorCode()
                               << error.detail;
        return error;
    }
    StoreError fail(const StoreError &error) const {
        if (error.kind != StoreError::Kind::NotFound) // an answer, not a fault
            qCWarning(lcStore) << "store error" << StoreError::kindName(error.kind) << error.detail;
        return error;
    }
    [[noreturn]] void raise(const QSqlQuery &q) {
        throw WriteFailure{StoreError::fromSql(q.lastError(), path)};
    }

    QSqlQuery &statement(Statement s) {
        auto &slot = statements[s];
        if (!slot) {
            slot = std::make_unique<QSqlQuery>(db);
            if (!slot->prepare(statementSql(s))) {
                const QSqlError e = slot->lastError();
                slot.reset();
                throw WriteFailure{StoreError::fromSql(e, path)};
            }
        }
        return *slot;
    }

    void exec(QSqlQuery &q) {
        if (!q.exec())
            raise(q);
    }

    StoreResult<void> checkWritable() const {
        if (!db.isOpen())
            return fail(
                StoreError::make(StoreError::Kind::CannotOpen, Store::tr("The database is not open.")));
        if (readOnly)
            return fail(StoreError::make(StoreError::Kind::ReadOnly,
                                         Store::tr("The database %1 is open for reading only; nothing was "
                                                   "changed.")
                                             .arg(QDir::toNativeSeparators(path))));
        return {};
    }

    // Runs `body` in one IMMEDIATE transaction: all of it is committed, or none of it.
    template <typename Body> StoreResult<void> write(Body &&body) {
        if (StoreResult<void> writable = checkWritable(); !writable)
            return writable;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return fail(q.lastError());
        touchedCodes.clear();
        try {
            body();
            for (const QString &code : std::as_const(touchedCodes)) {
                QSqlQuery &u = statement(UpdateDeadline);
                u.bindValue(0, code);
                exec(u);
                QSqlError dueError;
                if (dueDates && !dueDates->refresh(code, deadlineRules, &dueError))
                    throw WriteFailure{StoreError::fromSql(dueError, path)};
            }
        } catch (const WriteFailure &f) {
            q.exec(QStringLiteral("ROLLBACK"));
            return fail(f.error);
        }
        if (!q.exec(QStringLiteral("COMMIT"))) {
            const QSqlError e = q.lastError();
            q.exec(QStringLiteral("ROLLBACK"));
            return fail(e);
        }
        return {};
    }

    std::optional<ExistingDossier> findDossier(const QString &code) {
        QSqlQuery &q = statement(FindDossier);
        q.bindValue(0, code);
        exec(q);
        std::optional<ExistingDossier> out;
        if (q.next()) {
            ExistingDossier e;
            e.id = q.value(0).toLongLong();
            e.syncState = q.value(1).toString();
            e.hasLocalEdits = q.value(2).toBool();
            e.contentHash = q.value(3).toString();
            e.serverHash = q.value(4).toString();
            e.problems = q.value(5).toString();
            out = e;
        }
        q.finish();
        return out;
    }

    struct DossierRow {
        SyncState state;
        bool hasLocalEdits;
        QString contentHash;
        QByteArray serverJson; // empty = NULL
        QString serverHash;
        QDateTime serverReceivedAt;
        QByteArray problems;
    };

    void writeChildren(qint64 id, const Dossier &dossier, bool replace) {
        if (replace) {
            for (Statement s : {DeleteDocuments, DeleteResultPapers}) {
                QSqlQuery &q = statement(s);
                q.bindValue(0, id);
                exec(q);
            }
        }
        const std::pair<Statement, const QList<Record> *> children[] = {
            {InsertDocument, &dossier.extent.documents},
            {InsertResultPaper, &dossier.extent.resultPapers},
        };
        for (const auto &[s, records] : children) {
            QSqlQuery &q = statement(s);
            for (int i = 0; i < records->size(); ++i) {
                int pos = 0;
                q.bindValue(pos++, id);
                q.bindValue(pos++, i);
                q.bindValue(pos++, nullable(StoreSchema::extrasJson(records->at(i))));
                bindRecord(q, pos, records->at(i));
                exec(q);
            }
        }
        QSqlQuery &search = statement(InsertSearch);
        search.bindValue(0, id);
        search.bindValue(1, StoreSchema::searchText(dossier.fields));
        exec(search);
        // Every dossier has its row of keys (migration 3 made them for older ones); an update that finds none
        // still writes one, so the dossier never drops out of a list sorted by name.
        for (Statement st : {replace ? UpdateSortKeys : InsertSortKeys, InsertSortKeys}) {
            QSqlQuery &keys = statement(st);
            int k = 0;
            for (const QString &key : StoreSchema::sortKeys(dossier.fields))
                keys.bindValue(k++, nullable(key));
            keys.bindValue(k++, id);
            exec(keys);
            if (st == InsertSortKeys || keys.numRowsAffected() > 0)
                break;
        }
    }

    qint64 insertDossier(const QString &code, const Dossier &dossier, const DossierRow &row) {
        QSqlQuery &q = statement(InsertDossier);
        const QString at = StoreSchema::isoTime(now());
        int pos = 0;
        q.bindValue(pos++, code);
        q.bindValue(pos++, syncStateName(row.state));
        q.bindValue(pos++, row.hasLocalEdits ? 1 : 0);
        q.bindValue(pos++, row.contentHash);
        q.bindValue(pos++, nullable(StoreSchema::extrasJson(dossier.fields)));
        q.bindValue(pos++, dossier.extent.hasDocumentList ? 1 : 0);
        q.bindValue(pos++, dossier.extent.hasResultList ? 1 : 0);
        q.bindValue(pos++, qint64(dossier.extent.documents.size()));
        q.bindValue(pos++, qint64(dossier.extent.resultPapers.size()));
        q.bindValue(pos++, nullable(row.serverJson));
        q.bindValue(pos++, nullable(row.serverHash));
        q.bindValue(pos++, row.serverReceivedAt.isValid()
                               ? QVariant(StoreSchema::isoTime(row.serverReceivedAt))
                               : QVariant());
        q.bindValue(pos++, nullable(row.problems));
        q.bindValue(pos++, at);
        q.bindValue(pos++, at);
        bindRecord(q, pos, dossier.fields);
        exec(q);
        const qint64 id = q.lastInsertId().toLongLong();
        writeChildren(id, dossier, false);
        touchedCodes.insert(code);
        return id;
    }

    void updateDossier(qint64 id, const Dossier &dossier, const DossierRow &row) {
        // The search text's rowid follows the received date the row holds now (SearchOrder).
        QSqlQuery &search = statement(DeleteSearch);
        search.bindValue(0, id);
        exec(search);
        QSqlQuery &q = statement(UpdateDossier);
        int pos = 0;
        q.bindValue(pos++, syncStateName(row.state));
        q.bindValue(pos++, row.hasLocalEdits ? 1 : 0);
        q.bindValue(pos++, row.contentHash);
        q.bindValue(pos++, nullable(StoreSchema::extrasJson(dossier.fields)));
        q.bindValue(pos++, dossier.extent.hasDocumentList ? 1 : 0);
        q.bindValue(pos++, dossier.extent.hasResultList ? 1 : 0);
        q.bindValue(pos++, qint64(dossier.extent.documents.size()));
        q.bindValue(pos++, qint64(dossier.extent.resultPapers.size()));
        q.bindValue(pos++, nullable(row.serverJson));
        q.bindValue(pos++, nullable(row.serverHash));
        q.bindValue(pos++, row.serverReceivedAt.isValid()
                               ? QVariant(StoreSchema::isoTime(row.serverReceivedAt))
                               : QVariant());
        q.bindValue(pos++, nullable(row.problems));
        q.bindValue(pos++, StoreSchema::isoTime(now()));
        bindRecord(q, pos, dossier.fields);
        q.bindValue(pos++, id);
        exec(q);
        writeChildren(id, dossier, true);
    }

    void updateServerCopy(qint64 id, SyncState state, const QByteArray &json, const QString &hash) {
        QSqlQuery &q = statement(UpdateServerCopy);
        const QString at = StoreSchema::isoTime(now());
        q.bindValue(0, syncStateName(state));
        q.bindValue(1, nullable(json));
        q.bindValue(2, hash);
        q.bindValue(3, at);
        q.bindValue(4, at);
        q.bindValue(5, id);
        exec(q);
    }

    void audit(const QString &code, const QString &entity, const QString &field, const QString &oldValue,
               const QString &newValue) {
        QSqlQuery &q = statement(InsertAudit);
        q.bindValue(0, StoreSchema::isoTime(now()));
        q.bindValue(1, options.user);
        q.bindValue(2, code);
        q.bindValue(3, entity);
        q.bindValue(4, field);
        q.bindValue(5, nullable(oldValue));
        q.bindValue(6, nullable(newValue));
        exec(q);
    }

    void auditRecord(const QString &code, const QString &entity, const Record *before, const Record &after) {
        for (const FieldSpec &f : after.table().fields()) {
            const QString oldValue = before ? before->value(f.id) : QString();
            const QString newValue = after.value(f.id);
            if (oldValue.isNull() != newValue.isNull() || oldValue != newValue)
                audit(code, entity, f.wireName, oldValue, newValue);
        }
    }

    // A removed item: one entry, named by the list's element (TaiLieuNop, GiayToKetQua), with the whole item
    // as it was.
    void auditRemoved(const QString &code, const QString &name, const Record &removed) {
        audit(code, name, removed.table().name(), QString::fromUtf8(StoreSchema::recordJson(removed)),
              QString());
    }

    void auditChildren(const QString &code, const QString &entity, const QList<Record> *before,
                       const QList<Record> &after) {
        auto itemName = [&](qsizetype i) -> QString { return entity + u' ' + QString::number(i + 1); };
        if (before && after.size() < before->size()) {
            // Items taken out of the list, the others left as they were: record which ones went, not a
            // shift of every later item into its predecessor's place.
            QList<qsizetype> removed;
            qsizetype j = 0;
            for (qsizetype i = 0; i < before->size(); ++i) {
                if (j < after.size() && before->at(i) == after.at(j))
                    ++j;
                else
                    removed << i;
            }
            if (j == after.size()) {
                for (const qsizetype i : std::as_const(removed))
                    auditRemoved(code, itemName(i), before->at(i));
                return;
            }
        }
        const qsizetype n = std::max(before ? before->size() : 0, after.size());
        for (qsizetype i = 0; i < n; ++i) {
            const Record *b = before && i < before->size() ? &before->at(i) : nullptr;
            if (i < after.size())
                auditRecord(code, itemName(i), b, after.at(i));
            else
                auditRemoved(code, itemName(i), *b);
        }
    }

    void auditDossier(const QString &code, const Dossier *before, const Dossier &after) {
        auditRecord(code, QStringLiteral("dossier"), before ? &before->fields : nullptr, after.fields);
        auditChildren(code, QStringLiteral("document"), before ? &before->extent.documents : nullptr,
                      after.extent.documents);
        auditChildren(code, QStringLiteral("result paper"), before ? &before->extent.resultPapers : nullptr,
                      after.extent.resultPapers);
    }

    void enqueue(const QString &code, OutboxEntry::Kind kind, qint64 stepId) {
        const QString kindName = OutboxEntry::kindName(kind);
        const QVariant step = stepId > 0 ? QVariant(stepId) : QVariant();
        QSqlQuery &find = statement(FindPendingOutbox);
        find.bindValue(0, code);
        find.bindValue(1, kindName);
        find.bindValue(2, step);
        exec(find);
        const qint64 existing = find.next() ? find.value(0).toLongLong() : 0;
        find.finish();
        const QString at = StoreSchema::isoTime(now());
        if (existing > 0) {
            // Still waiting to go: the push will carry the latest version under the same key.
            QSqlQuery &touch = statement(TouchOutbox);
            touch.bindValue(0, at);
            touch.bindValue(1, existing);
            exec(touch);
            return;
        }
        QSqlQuery &insert = statement(InsertOutbox);
        insert.bindValue(0, kindName);
        insert.bindValue(1, code);
        insert.bindValue(2, step);
        insert.bindValue(3, newId());
        insert.bindValue(4, at);
        insert.bindValue(5, at);
        exec(insert);
    }

    void dropPendingDossierPushes(const QString &code) {
        QSqlQuery &q = statement(DropPendingOutbox);
        q.bindValue(0, code);
        exec(q);
    }

    // Why an outbox entry could not be changed: it is not there, or not in a state that allows it.
    [[noreturn]] void refuseOutboxChange(qint64 outboxId, const QString &why) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE id = ?"));
        q.bindValue(0, outboxId);
        exec(q);
        if (!q.next())
            throw WriteFailure{StoreError::make(StoreError::Kind::NotFound,
                                                Store::tr("There is no outbox entry %1.").arg(outboxId))};
        throw WriteFailure{StoreError::make(StoreError::Kind::Invalid, why)};
    }

    // The entry an outbox change touched, and what it stands for.
    struct OutboxTarget {
        QString kind;
        QString code;
        QVariant stepId; // progress entries only
        QString state;   // as the statement left it; for a DELETE, the state the entry had
        bool isProgress() const { return kind == u"progress"; }
    };

    // Runs `sql`, an UPDATE or DELETE of outbox entry `outboxId` (bound from `values`, in order), and says
    // which entry that was. No row touched means the entry is not there (NotFound) or, when the statement
    // only changes entries in some states, that `refusal` says why it cannot be changed.
    OutboxTarget changeOutboxEntry(qint64 outboxId, const QString &sql, const QVariantList &values,
                                   const QString &refusal = QString()) {
        QSqlQuery q(db);
        q.prepare(sql + QStringLiteral(" RETURNING kind, dossier_code, step_id, state"));
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(int(i), values.at(i));
        exec(q);
        if (!q.next()) {
            if (!refusal.isEmpty())
                refuseOutboxChange(outboxId, refusal);
            throw WriteFailure{StoreError::make(StoreError::Kind::NotFound,
                                                Store::tr("There is no outbox entry %1.").arg(outboxId))};
        }
        OutboxTarget t{q.value(0).toString(), q.value(1).toString(), q.value(2), q.value(3).toString()};
        q.finish();
        return t;
    }

    // The outbox entries selected by `where` (what follows "FROM outbox"), `values` bound in order.
    StoreResult<QList<OutboxEntry>> readOutbox(const QString &where, const QVariantList &values) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(QLatin1StringView(OutboxColumns) + QStringLiteral(" FROM outbox ") + where))
            return fail(q.lastError());
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(int(i), values.at(i));
        if (!q.exec())
            return fail(q.lastError());
        QList<OutboxEntry> out;
        while (q.next())
            out << outboxEntryFrom(q);
        return out;
    }

    // Runs one write statement with `values` bound in order; returns how many rows it changed.
    int run(const QString &sql, const QVariantList &values) {
        QSqlQuery q(db);
        q.prepare(sql);
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(int(i), values.at(i));
        exec(q);
        return q.numRowsAffected();
    }

    // The first column of `sqlTemplate` over `codes`, its "%1" standing for a list of bound codes; asked in
    // chunks, well below SQLite's limit on bound parameters.
    StoreResult<QSet<QString>> codesMatching(const QString &sqlTemplate, const QStringList &codes) {
        constexpr qsizetype ChunkSize = 500;
        QSet<QString> found;
        for (qsizetype start = 0; start < codes.size(); start += ChunkSize) {
            const QStringList chunk = codes.mid(start, ChunkSize);
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.prepare(sqlTemplate.arg(ListQuerySql::placeholders(chunk.size()))))
                return fail(q.lastError());
            for (const QString &code : chunk)
                q.addBindValue(code);
            if (!q.exec())
                return fail(q.lastError());
            while (q.next())
                found.insert(q.value(0).toString());
        }
        return found;
    }

    static QString requireCode(const QString &code, const char *what) {
        if (code.isEmpty())
            throw WriteFailure{StoreError::make(StoreError::Kind::Invalid,
                                                Store::tr("A %1 without a MaHoSo cannot be stored: nothing "
                                                          "was changed.")
                                                    .arg(Store::tr(what)))};
        return code;
    }

    ChangeOutcome writeReceived(const ChangeSet::ReceivedDossier &item) {
        const Dossier &dossier = item.dossier;
        const QString code = requireCode(dossier.code(), QT_TR_NOOP("dossier"));
        DossierRow row;
        row.serverJson =
            item.serverJson.isEmpty() ? StoreSchema::recordJson(dossier.fields) : item.serverJson;
        row.serverHash = StoreSchema::digest(row.serverJson);
        row.contentHash = StoreSchema::contentHash(dossier);
        row.serverReceivedAt = now();
        row.state = SyncState::Synced;
        row.hasLocalEdits = false;
        const std::optional<ExistingDossier> existing = findDossier(code);
        if (!existing) {
            insertDossier(code, dossier, row);
            return ChangeOutcome::Created;
        }
        // The server copy we know, in other words: the copy a push of ours left on the server (kept as we
        // sent it, see markPushed), coming back in the server's spelling. Keeping the server's words of it
        // lets the next pull of the same text be recognised by its digest alone.
        const auto isPushedCopy = [&] {
            return existing->serverHash == StoreSchema::digest(wireJson(dossier));
        };
        const auto keepServerWords = [&] {
            if (existing->serverHash != row.serverHash)
                updateServerCopy(existing->id,
                                 syncStateFromName(existing->syncState).value_or(SyncState::Synced),
                                 row.serverJson, row.serverHash);
            return ChangeOutcome::Unchanged;
        };
        if (!existing->hasLocalEdits) {
            if (existing->contentHash == row.contentHash)
                return keepServerWords();
            const bool pushedCopy = isPushedCopy();
            // The pushed copy in the server's words is taken as they are, but it is nothing new.
            updateDossier(existing->id, dossier, row);
            touchedCodes.insert(code);
            return pushedCopy ? ChangeOutcome::Unchanged : ChangeOutcome::Updated;
        }
        // Local edits are pending.
        if (existing->contentHash == row.contentHash) {
            // The server now has what we have: our push arrived, or both sides made the same change.
            updateDossier(existing->id, dossier, row);
            dropPendingDossierPushes(code);
            return ChangeOutcome::Updated;
        }
        // A conflict is the server's copy having changed since our edits began, not a copy that differs from
        // what we last pulled: the same server copy as before, or the one we pushed, leaves the edits ahead.
        if (existing->serverHash == row.serverHash)
            return ChangeOutcome::Unchanged;
        if (isPushedCopy())
            return keepServerWords();
        updateServerCopy(existing->id, SyncState::Conflict, row.serverJson, row.serverHash);
        qCInfo(lcStore) << "conflict: server copy of" << code << "changed while local edits were pending";
        return ChangeOutcome::Conflict;
    }

    ChangeOutcome writeLocal(const ChangeSet::LocalDossier &item) {
        const Dossier &dossier = item.dossier;
        const QString code = requireCode(dossier.code(), QT_TR_NOOP("dossier"));
        const bool draft = hasErrors(item.problems);
        DossierRow row;
        row.state = draft ? SyncState::Draft : SyncState::Ready;
        row.hasLocalEdits = true;
        row.contentHash = StoreSchema::contentHash(dossier);
        row.problems = problemsJson(item.problems);
        const OutboxEntry::Kind kind =
            dossier.isFinalResult() ? OutboxEntry::Kind::FinalResult : OutboxEntry::Kind::NewDossier;
        const std::optional<ExistingDossier> existing = findDossier(code);
        if (!existing) {
            insertDossier(code, dossier, row);
            auditDossier(code, nullptr, dossier);
            if (!draft)
                enqueue(code, kind, 0);
            return ChangeOutcome::Created;
        }
        const bool sameContent = existing->contentHash == row.contentHash;
        if (sameContent &&
            (!existing->hasLocalEdits || (existing->syncState == syncStateName(row.state) &&
                                          existing->problems == QString::fromUtf8(row.problems))))
            return ChangeOutcome::Unchanged;
        const StoreResult<StoredDossier> before = readDossier(code);
        if (!before)
            throw WriteFailure{before.error()};
        row.serverJson = before->serverJson;
        row.serverHash = existing->serverHash;
        row.serverReceivedAt = before->serverReceivedAt;
        if (existing->syncState == syncStateName(SyncState::Conflict))
            row.state = SyncState::Conflict; // still waiting for someone to choose
        updateDossier(existing->id, dossier, row);
        auditDossier(code, &before->dossier, dossier);
        if (row.state == SyncState::Ready)
            enqueue(code, kind, 0);
        else if (row.state == SyncState::Draft)
            dropPendingDossierPushes(code);
        return ChangeOutcome::Updated;
    }

    ChangeOutcome writeStep(const ProcessingStep &step, bool local, const Problems &problems,
                            const QByteArray &serverJson) {
        const QString code = requireCode(step.dossierCode(), QT_TR_NOOP("processing step"));
        const QString key = StoreSchema::stepKey(step);
        QSqlQuery &find = statement(FindStep);
        find.bindValue(0, code);
        find.bindValue(1, key);
        exec(find);
        const bool exists = find.next();
        find.finish();
        if (exists)
            return ChangeOutcome::Unchanged;
        const bool draft = local && hasErrors(problems);
        QSqlQuery &q = statement(InsertStep);
        int pos = 0;
        q.bindValue(pos++, code);
        q.bindValue(pos++, key);
        q.bindValue(pos++, local ? QStringLiteral("local") : QStringLiteral("server"));
        q.bindValue(pos++, syncStateName(!local  ? SyncState::Synced
                                         : draft ? SyncState::Draft
                                                 : SyncState::Ready));
        q.bindValue(pos++, nullable(StoreSchema::extrasJson(step.fields)));
        q.bindValue(pos++, local ? QVariant()
                                 : nullable(serverJson.isEmpty() ? StoreSchema::recordJson(step.fields)
                                                                 : serverJson));
        q.bindValue(pos++, nullable(problemsJson(problems)));
        q.bindValue(pos++, StoreSchema::isoTime(now()));
        bindRecord(q, pos, step.fields);
        exec(q);
        const qint64 stepId = q.lastInsertId().toLongLong();
        touchedCodes.insert(code);
        if (local) {
            auditRecord(code, QStringLiteral("step"), nullptr, step.fields);
            if (!draft)
                enqueue(code, OutboxEntry::Kind::Progress, stepId);
        }
        return ChangeOutcome::Created;
    }

    StoreResult<StoredDossier> readDossier(const QString &code) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral("SELECT * FROM dossiers WHERE code = ?")))
            return fail(q.lastError());
        q.bindValue(0, code.trimmed());
        if (!q.exec())
            return fail(q.lastError());
        if (!q.next())
            return StoreError::make(
                StoreError::Kind::NotFound,
                Store::tr("There is no dossier %1 in this database.").arg(code.trimmed()));
        const QSqlRecord rec = q.record();
        auto v = [&](const char *name) { return q.value(rec.indexOf(QLatin1StringView(name))); };
        StoredDossier s;
        s.id = v("id").toLongLong();
        readRecord(q, s.dossier.fields);
        s.syncState = syncStateFromName(v("sync_state").toString()).value_or(SyncState::Synced);
        s.hasLocalEdits = v("has_local_edits").toBool();
        s.serverJson = v("server_json").toString().toUtf8();
        s.serverReceivedAt = StoreSchema::fromIso(v("server_received_at"));
        s.problems = problemsFrom(v("problems"));
        s.lastMessage = v("last_message").toString();
        s.deadline = v("k_deadline").toString();
        if (rec.indexOf(QLatin1StringView("due_date")) >= 0)
            s.due = DueDates::read(v("due_date"), v("due_source"), v("finished_on"),
                                   s.dossier.fields.value(int(DossierField::StatusId)));
        s.createdAt = StoreSchema::fromIso(v("created_at"));
        s.updatedAt = StoreSchema::fromIso(v("updated_at"));
        s.dossier.extent.hasDocumentList = v("has_document_list").toBool();
        s.dossier.extent.hasResultList = v("has_result_list").toBool();
        q.finish();
        const std::pair<QString, std::pair<QList<Record> *, const FieldTable *>> children[] = {
            {QStringLiteral("documents"), {&s.dossier.extent.documents, &FieldTable::submittedDocument()}},
            {QStringLiteral("result_papers"), {&s.dossier.extent.resultPapers, &FieldTable::resultPaper()}},
        };
        for (const auto &[table, target] : children) {
            QSqlQuery c(db);
            c.setForwardOnly(true);
            if (!c.prepare(
                    QStringLiteral("SELECT * FROM %1 WHERE dossier_id = ? ORDER BY position").arg(table)))
                return fail(c.lastError());
            c.bindValue(0, s.id);
            if (!c.exec())
                return fail(c.lastError());
            while (c.next()) {
                Record r(*target.second);
                readRecord(c, r);
                target.first->append(r);
            }
        }
        return s;
    }
};

QString OutboxEntry::kindName(Kind kind) {
    switch (kind) {
    case Kind::NewDossier:
        return QStringLiteral("new-dossier");
    case Kind::Progress:
        return QStringLiteral("progress");
    case Kind::FinalResult:
        return QStringLiteral("final-result");
    }
    return {};
}

QString OutboxEntry::stateName(State state) {
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Sent:
        return QStringLiteral("sent");
    case State::Done:
        return QStringLiteral("done");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

Store::Store()
    : Store(Options()) {}

Store::Store(Options options)
    : d(std::make_unique<Private>()) {
    d->options = std::move(options);
}

Store::~Store() {
    close();
}

int Store::latestSchemaVersion() {
    return Migrations::latestVersion();
}

StoreResult<void> Store::open(const QString &path) {
    close();
    d->path = path;
    const QFileInfo info(path);
    if (info.isDir())
        return d->fail(
            StoreError::make(StoreError::Kind::CannotOpen,
                             tr("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(path))));
    if (!d->options.readOnly && !info.exists() && !OwnerOnly::makeFolder(info.absolutePath()))
        return d->fail(StoreError::make(StoreError::Kind::CannotOpen,
                                        tr("The folder %1 cannot be created for the database.")
                                            .arg(QDir::toNativeSeparators(info.absolutePath()))));
    const bool onDisk = !path.isEmpty() && path != u":memory:" && !path.startsWith(u"file:");
    if (onDisk && !d->options.readOnly)
        OwnerOnly::createFile(path); // before SQLite does, with its default mode

    d->connectionName = QStringLiteral("btxh-store-%1").arg(++connectionCounter);
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    d->db.setDatabaseName(path);
    QStringList connectOptions{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(d->options.busyTimeoutMs)};
    if (d->options.readOnly)
        connectOptions << QStringLiteral("QSQLITE_OPEN_READONLY");
    d->db.setConnectOptions(connectOptions.join(u';'));
    if (!d->db.open()) {
        const QSqlError e = d->db.lastError();
        close();
        d->path = path;
        return d->fail(e);
    }
    auto failAndClose = [&](const StoreError &e) -> StoreResult<void> {
        d->fail(e);
        close();
        d->path = path;
        return e;
    };
    QSqlQuery q(d->db);
    // Reading the schema first: a file that is not a database, or a newer one, is refused before anything
    // (even the journal mode) is written to it.
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) ||
        !q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return failAndClose(StoreError::fromSql(q.lastError(), path));
    QSqlError versionError;
    const int version = Migrations::currentVersion(d->db, &versionError);
    if (version < 0)
        return failAndClose(StoreError::fromSql(versionError, path));
    if (version > Migrations::latestVersion())
        return failAndClose(Migrations::migrate(d->db, path)); // says why, touches nothing

    if (d->options.readOnly) {
        d->readOnly = true;
        if (version < Migrations::latestVersion())
            return failAndClose(StoreError::make(
                StoreError::Kind::ReadOnly,
                tr("The database %1 was made by an older version and must be upgraded, which needs it to be "
                   "writable. It was left untouched.")
                    .arg(QDir::toNativeSeparators(path))));
    } else {
        // WAL: readers never wait for the writer, and a crash mid-write leaves the last commit intact.
        // synchronous=FULL: a commit survives a power cut, not only a crash; this is the only copy.
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return failAndClose(StoreError::fromSql(q.lastError(), path));
        q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        const int target = d->options.schemaVersion > 0 ? d->options.schemaVersion : 0;
        StoreError e = Migrations::migrate(d->db, path, target, d->options.clock);
        if (e.isError())
            return failAndClose(e);
        if (target == 0 || target == Migrations::latestVersion()) {
            e = Migrations::reconcileColumns(d->db, path);
            if (e.isError())
                return failAndClose(e);
        }
        // A file the system will not let us write (permissions, immutable, read-only medium) opens anyway;
        // find out now so writes can say so instead of failing obscurely.
        // In WAL mode BEGIN IMMEDIATE succeeds on such a file; rewriting the schema version (then rolling
        // back) is the smallest real write.
        q.exec(QStringLiteral("PRAGMA user_version"));
        d->version = q.next() ? q.value(0).toInt() : 0;
        q.finish();
        if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(d->version)) &&
                StoreError::fromSql(q.lastError(), path).kind == StoreError::Kind::ReadOnly) {
                d->readOnly = true;
                qCInfo(lcStore) << "database opened read-only: the file cannot be written";
            }
            q.exec(QStringLiteral("ROLLBACK"));
        } else if (StoreError::fromSql(q.lastError(), path).kind == StoreError::Kind::ReadOnly) {
            d->readOnly = true;
            qCInfo(lcStore) << "database opened read-only: the file cannot be written";
        }
    }
    q.exec(QStringLiteral("PRAGMA user_version"));
    d->version = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    if (d->version >= DueDatesSchema) {
        QSqlError rulesError;
        d->deadlineRules = DueDates::rulesOf(d->db, &rulesError);
        if (rulesError.isValid())
            return failAndClose(StoreError::fromSql(rulesError, path));
        d->dueDates = std::make_unique<DueDates>(d->db);
    }
    if (d->options.cacheKiB > 0)
        q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(d->options.cacheKiB));
    if (onDisk && !d->readOnly) {
        OwnerOnly::tightenDatabase(path);
        int keep = d->options.keepSafetyCopies;
        if (q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'store.keep-copies'")) &&
            q.next()) {
            bool ok = false;
            const int setting = q.value(0).toInt(&ok);
            if (ok)
                keep = setting;
        }
        q.finish();
        OwnerOnly::pruneSafetyCopies(path, keep);
    }
    qCDebug(lcStore) << "opened database, schema" << d->version << (d->readOnly ? "read-only" : "read-write");
    const QVariant handle = d->db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        d->interruptHandle.store(*static_cast<sqlite3 *const *>(handle.constData()));
    return {};
}

void Store::close() {
    d->interruptHandle.store(nullptr);
    for (auto &s : d->statements)
        s.reset();
    d->dueDates.reset();
    d->deadlineRules = DeadlineRules();
    if (d->db.isValid()) {
        d->db.close();
        d->db = QSqlDatabase();
        QSqlDatabase::removeDatabase(d->connectionName);
    }
    d->readOnly = false;
    d->version = 0;
}

bool Store::isOpen() const {
    return d->db.isValid() && d->db.isOpen();
}

bool Store::isReadOnly() const {
    return d->readOnly;
}

QString Store::path() const {
    return d->path;
}

int Store::schemaVersion() const {
    return d->version;
}

QSqlDatabase Store::database() const {
    return d->db;
}

StoreResult<ChangeResult> Store::apply(const ChangeSet &changes) {
    ChangeResult result;
    const StoreResult<void> ok = d->write([&] {
        result = {};
        for (const auto &item : changes.received)
            result.received << d->writeReceived(item);
        for (const auto &item : changes.local)
            result.local << d->writeLocal(item);
        for (const auto &item : changes.receivedSteps)
            result.receivedSteps << d->writeStep(item.step, false, {}, item.serverJson);
        for (const auto &item : changes.localSteps)
            result.localSteps << d->writeStep(item.step, true, item.problems, {});
    });
    if (!ok)
        return ok.error();
    return result;
}

StoreResult<void> Store::resolveConflict(const QString &code, ConflictChoice choice) {
    return d->write([&] {
        const StoreResult<StoredDossier> current = d->readDossier(code);
        if (!current)
            throw WriteFailure{current.error()};
        if (current->syncState != SyncState::Conflict)
            throw WriteFailure{StoreError::make(StoreError::Kind::Invalid,
                                                tr("The dossier %1 is not in conflict.").arg(code))};
        Private::DossierRow row;
        row.serverJson = current->serverJson;
        row.serverHash = StoreSchema::digest(current->serverJson);
        row.serverReceivedAt = current->serverReceivedAt;
        const QString name = choice == ConflictChoice::KeepLocal ? QStringLiteral("keep-local")
                                                                 : QStringLiteral("take-server");
        d->audit(current->dossier.code(), QStringLiteral("sync"), QStringLiteral("conflict"),
                 syncStateName(SyncState::Conflict), name);
        if (choice == ConflictChoice::KeepLocal) {
            const bool draft = hasErrors(current->problems);
            row.state = draft ? SyncState::Draft : SyncState::Ready;
            row.hasLocalEdits = true;
            row.contentHash = StoreSchema::contentHash(current->dossier);
            row.problems = problemsJson(current->problems);
            d->updateDossier(current->id, current->dossier, row);
            if (!draft)
                d->enqueue(current->dossier.code(),
                           current->dossier.isFinalResult() ? OutboxEntry::Kind::FinalResult
                                                            : OutboxEntry::Kind::NewDossier,
                           0);
            return;
        }
        const Dossier server =
            JsonCodec::readDossier(QJsonDocument::fromJson(current->serverJson).object(), nullptr);
        row.state = SyncState::Synced;
        row.hasLocalEdits = false;
        row.contentHash = StoreSchema::contentHash(server);
        d->updateDossier(current->id, server, row);
        d->auditDossier(current->dossier.code(), &current->dossier, server);
        d->dropPendingDossierPushes(current->dossier.code());
    });
}

StoreResult<QList<OutboxEntry>> Store::dueOutbox(const QDateTime &now, int limit) {
    return d->readOutbox(
        QStringLiteral("WHERE state = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ?) "
                       "ORDER BY id LIMIT ?"),
        {StoreSchema::isoTime(now), limit});
}

StoreResult<QList<OutboxEntry>> Store::outbox(const QString &code) {
    return d->readOutbox(QStringLiteral("WHERE dossier_code = ? ORDER BY id"), {code.trimmed()});
}

StoreResult<Store::LeaseOutcome> Store::acquireSyncLease(SyncLease &lease, int ttlSeconds,
                                                         SyncLease *holder) {
    LeaseOutcome outcome = LeaseOutcome::Failed;
    const StoreResult<void> ok = d->write([&] {
        Outbox o = d->outbox();
        outcome = o.acquireLease(lease, ttlSeconds, holder);
        if (outcome == LeaseOutcome::Failed)
            throw WriteFailure{StoreError::fromSql(o.lastError(), d->path)};
    });
    if (!ok)
        return ok.error();
    return outcome;
}

StoreResult<void> Store::renewSyncLease(const QString &token, int ttlSeconds) {
    return d->write([&] {
        Outbox o = d->outbox();
        if (o.renewLease(token, ttlSeconds))
            return;
        if (o.hasError())
            throw WriteFailure{StoreError::fromSql(o.lastError(), d->path)};
        throw WriteFailure{StoreError::make(StoreError::Kind::Invalid,
                                            tr("The right to send from this database expired and another "
                                               "sync took it over."))};
    });
}

StoreResult<void> Store::releaseSyncLease(const QString &token) {
    return d->write([&] {
        Outbox o = d->outbox();
        if (!o.releaseLease(token))
            throw WriteFailure{StoreError::fromSql(o.lastError(), d->path)};
    });
}

StoreResult<SyncLease> Store::syncLease() {
    Outbox o = d->outbox();
    std::optional<SyncLease> l = o.currentLease();
    if (o.hasError())
        return d->fail(o.lastError());
    if (!l)
        return StoreError::make(StoreError::Kind::NotFound, tr("No sync holds the right to send."));
    return *l;
}

StoreResult<void> Store::markSent(qint64 outboxId, const QString &leaseToken) {
    QByteArray sentCopy;
    const StoreResult<void> ok = d->write([&] {
        Outbox o = d->outbox();
        const Outbox::Target t = d->requireTransition(
            o, o.claim(outboxId, leaseToken), outboxId,
            tr("Outbox entry %1 is not queued, or this sync no longer holds the right to send it.")
                .arg(outboxId));
        if (t.isProgress()) {
            d->run(QStringLiteral("UPDATE steps SET sync_state = 'sent' WHERE id = ?"), {t.stepId});
            return;
        }
        // The sync engine sends the dossier as it reads it just before this call.
        if (const StoreResult<StoredDossier> current = d->readDossier(t.code))
            sentCopy = wireJson(current->dossier);
        else if (current.error().kind != StoreError::Kind::NotFound)
            throw WriteFailure{current.error()};
        d->run(QStringLiteral("UPDATE dossiers SET sync_state = 'sent', updated_at = ? WHERE code = ? "
                              "AND sync_state IN ('ready', 'failed')"),
               {StoreSchema::isoTime(d->now()), t.code});
    });
    if (ok && !sentCopy.isEmpty())
        d->sentCopies.insert(outboxId, sentCopy);
    return ok;
}

StoreResult<void> Store::markPushed(qint64 outboxId, const QString &leaseToken,
                                    const QString &serverMessage) {
    const StoreResult<void> ok = d->write([&] {
        Outbox o = d->outbox();
        const Outbox::Target t = d->requireTransition(
            o, o.settle(outboxId, leaseToken, Outbox::Settlement::Done, serverMessage), outboxId,
            tr("Outbox entry %1 was not sent by this sync, or was settled already.").arg(outboxId));
        if (t.isProgress()) {
            d->run(QStringLiteral("UPDATE steps SET sync_state = 'synced' WHERE id = ?"), {t.stepId});
            return;
        }
        // Edits made while the push was in flight are queued again: leave those dossiers as they are.
        const int changed = d->run(
            QStringLiteral("UPDATE dossiers SET sync_state = 'synced', has_local_edits = 0, last_message = "
                           "?, updated_at = ? WHERE code = ? AND sync_state = 'sent' AND NOT EXISTS "
                           "(SELECT 1 FROM outbox WHERE outbox.dossier_code = dossiers.code AND "
                           "outbox.state = 'pending' AND outbox.kind != 'progress')"),
            {serverMessage, StoreSchema::isoTime(d->now()), t.code});
        // The server now has exactly what we sent: that is its copy from here on, so that pulling it back
        // (even after further local edits) is not taken for a change on the server.
        QByteArray sent = d->sentCopies.value(outboxId);
        if (sent.isEmpty() && changed > 0) {
            // Not sent through this connection, and not edited since: the current version is what went.
            const StoreResult<StoredDossier> current = d->readDossier(t.code);
            if (!current)
                throw WriteFailure{current.error()};
            sent = wireJson(current->dossier);
        }
        if (sent.isEmpty())
            return;
        d->run(QStringLiteral("UPDATE dossiers SET server_json = ?, server_hash = ?, server_received_at = ? "
                              "WHERE code = ?"),
               {QString::fromUtf8(sent), StoreSchema::digest(sent), StoreSchema::isoTime(d->now()), t.code});
    });
    if (ok)
        d->sentCopies.remove(outboxId);
    return ok;
}

StoreResult<void> Store::markPushFailed(qint64 outboxId, const QString &leaseToken,
                                        const QString &serverMessage, const QDateTime &nextAttempt,
                                        bool permanent, bool uncertain) {
    d->sentCopies.remove(outboxId); // not the server's copy; a retry is seen again when it goes
    return d->write([&] {
        Outbox o = d->outbox();
        const Outbox::Target t = d->requireTransition(
            o,
            o.settle(outboxId, leaseToken,
                     permanent ? Outbox::Settlement::Failed : Outbox::Settlement::Pending, serverMessage,
                     nextAttempt, uncertain && !permanent),
            outboxId, tr("Outbox entry %1 was not sent by this sync, or was settled already.").arg(outboxId));
        const QString state = permanent ? QStringLiteral("failed") : QStringLiteral("ready");
        if (t.isProgress())
            d->run(QStringLiteral("UPDATE steps SET sync_state = ? WHERE id = ?"), {state, t.stepId});
        else
            d->run(
                QStringLiteral("UPDATE dossiers SET sync_state = ?, last_message = ?, updated_at = ? WHERE "
                               "code = ? AND sync_state IN ('ready', 'sent', 'failed')"),
                {state, serverMessage, StoreSchema::isoTime(d->now()), t.code});
    });
}

StoreResult<int> Store::reclaimStrandedOutbox(const QString &leaseToken, const QString &message) {
    QList<Outbox::Target> items;
    const StoreResult<void> ok = d->write([&] {
        Outbox o = d->outbox();
        const std::optional<QList<Outbox::Target>> found = o.reclaimStranded(leaseToken, message);
        if (!found)
            throw WriteFailure{StoreError::fromSql(o.lastError(), d->path)};
        items = *found;
        const QString at = StoreSchema::isoTime(d->now());
        for (const Outbox::Target &t : std::as_const(items)) {
            if (t.isProgress())
                d->run(QStringLiteral("UPDATE steps SET sync_state = 'ready' WHERE id = ?"), {t.stepId});
            else
                d->run(
                    QStringLiteral("UPDATE dossiers SET sync_state = 'ready', last_message = ?, updated_at = "
                                   "? WHERE code = ? AND sync_state IN ('ready', 'sent', 'failed')"),
                    {message, at, t.code});
        }
    });
    if (!ok)
        return ok.error();
    if (!items.isEmpty())
        qCInfo(lcStore) << items.size() << "outbox item(s) a stopped sync left sent queued again, uncertain";
    return int(items.size());
}

StoreResult<void> Store::clearOutboxUncertainty(qint64 outboxId) {
    return d->write([&] {
        Outbox o = d->outbox();
        if (!o.clearUncertain(outboxId))
            throw WriteFailure{StoreError::fromSql(o.lastError(), d->path)};
    });
}

StoreResult<void> Store::quarantine(const QList<QuarantinedItem> &items) {
    return d->write([&] {
        PullQuarantine quarantine(d->db);
        for (const QuarantinedItem &item : items) {
            if (!quarantine.add(item))
                throw WriteFailure{StoreError::fromSql(quarantine.lastError(), d->path)};
        }
    });
}

StoreResult<QList<QuarantinedItem>> Store::quarantinedItems() {
    PullQuarantine quarantine(d->db);
    std::optional<QList<QuarantinedItem>> out = quarantine.waiting();
    if (!out)
        return d->fail(quarantine.lastError());
    return *std::move(out);
}

StoreResult<void> Store::dismissQuarantined(qint64 id) {
    return d->write([&] {
        PullQuarantine quarantine(d->db);
        if (quarantine.dismiss(id, d->options.user, d->now()))
            return;
        if (quarantine.hasError())
            throw WriteFailure{StoreError::fromSql(quarantine.lastError(), d->path)};
        throw WriteFailure{StoreError::make(StoreError::Kind::NotFound,
                                            tr("There is no unreadable pulled item %1 waiting.").arg(id))};
    });
}

StoreResult<QDateTime> Store::oldestQuarantinedWindow(const QString &service, const QString &area) {
    PullQuarantine quarantine(d->db);
    std::optional<QDateTime> out = quarantine.oldestWindow(service, area);
    if (!out)
        return d->fail(quarantine.lastError());
    return *out;
}

StoreResult<QList<OutboxEntry>> Store::outboxEntries(int recentDone) {
    return d->readOutbox(QStringLiteral("WHERE state != 'done' OR id IN (SELECT id FROM outbox WHERE state = "
                                        "'done' ORDER BY id DESC LIMIT ?) ORDER BY id DESC"),
                         {recentDone < 0 ? -1 : recentDone}); // a negative LIMIT is none
}

StoreResult<QList<OutboxEntry>> Store::outboxEntries(OutboxEntry::State state) {
    return d->readOutbox(QStringLiteral("WHERE state = ? ORDER BY id"), {OutboxEntry::stateName(state)});
}

StoreResult<qint64> Store::queuedOutboxCount() {
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE state IN ('pending', 'sent')")) ||
        !q.exec() || !q.next())
        return d->fail(q.lastError());
    return q.value(0).toLongLong();
}

StoreResult<void> Store::retryOutbox(qint64 outboxId) {
    return d->write([&] {
        const QString at = StoreSchema::isoTime(d->now());
        const Private::OutboxTarget t = d->changeOutboxEntry(
            outboxId,
            QStringLiteral("UPDATE outbox SET state = 'pending', next_attempt_at = NULL, updated_at = ? "
                           "WHERE id = ? AND state IN ('pending', 'failed')"),
            {at, outboxId},
            tr("Outbox entry %1 is being sent or was sent already: it cannot be retried.").arg(outboxId));
        if (t.isProgress())
            d->run(QStringLiteral("UPDATE steps SET sync_state = 'ready' WHERE id = ? AND sync_state IN "
                                  "('failed', 'ready')"),
                   {t.stepId});
        else
            d->run(QStringLiteral("UPDATE dossiers SET sync_state = 'ready', updated_at = ? WHERE code = ? "
                                  "AND sync_state IN ('failed', 'ready')"),
                   {at, t.code});
        qCInfo(lcStore) << "outbox entry" << outboxId << "of" << t.code << "queued again";
    });
}

StoreResult<void> Store::discardOutbox(qint64 outboxId) {
    return d->write([&] {
        const QString at = StoreSchema::isoTime(d->now());
        const Private::OutboxTarget t = d->changeOutboxEntry(
            outboxId, QStringLiteral("DELETE FROM outbox WHERE id = ? AND state IN ('pending', 'failed')"),
            {outboxId},
            tr("Outbox entry %1 is being sent or was sent already: it cannot be discarded.").arg(outboxId));
        if (t.isProgress()) {
            d->run(QStringLiteral("UPDATE steps SET sync_state = 'draft' WHERE id = ?"), {t.stepId});
        } else {
            // The local version stays, marked as not on the server: a draft, unless another push of the
            // dossier is still queued (ready) or refused (failed). One in flight decides for itself.
            d->run(
                QStringLiteral(
                    "UPDATE dossiers SET sync_state = CASE "
                    "WHEN EXISTS (SELECT 1 FROM outbox WHERE outbox.dossier_code = dossiers.code AND "
                    "outbox.kind != 'progress' AND outbox.state = 'failed') THEN 'failed' "
                    "WHEN EXISTS (SELECT 1 FROM outbox WHERE outbox.dossier_code = dossiers.code AND "
                    "outbox.kind != 'progress' AND outbox.state = 'pending') THEN 'ready' "
                    "ELSE 'draft' END, has_local_edits = 1, updated_at = ? "
                    "WHERE code = ? AND sync_state IN ('draft', 'ready', 'failed') AND NOT EXISTS (SELECT 1 "
                    "FROM outbox WHERE outbox.dossier_code = dossiers.code AND outbox.kind != 'progress' "
                    "AND outbox.state = 'sent')"),
                {at, t.code});
        }
        d->audit(t.code, QStringLiteral("sync"), QStringLiteral("outbox"), t.kind + u' ' + t.state,
                 QStringLiteral("discarded"));
        qCInfo(lcStore) << "outbox entry" << outboxId << "of" << t.code << "discarded";
    });
}

StoreResult<QString> Store::watermark(const QString &service, const QString &area) {
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT watermark FROM watermarks WHERE service = ? AND area = ?"));
    q.bindValue(0, service);
    q.bindValue(1, area);
    if (!q.exec())
        return d->fail(q.lastError());
    if (!q.next())
        return StoreError::make(StoreError::Kind::NotFound, tr("Nothing was pulled here yet."));
    return q.value(0).toString();
}

StoreResult<void> Store::setWatermark(const QString &service, const QString &area, const QString &value) {
    return d->write([&] {
        QSqlQuery q(d->db);
        q.prepare(QStringLiteral(
            "INSERT INTO watermarks (service, area, watermark, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (service, area) DO UPDATE SET watermark = excluded.watermark, "
            "updated_at = excluded.updated_at"));
        q.bindValue(0, service);
        q.bindValue(1, area);
        q.bindValue(2, value);
        q.bindValue(3, StoreSchema::isoTime(d->now()));
        d->exec(q);
    });
}

StoreResult<ReportResult> Store::report(const ReportQuery &query, const ReportReader::Progress &progress) {
    if (d->version < DueDatesSchema)
        return d->fail(StoreError::make(StoreError::Kind::Invalid,
                                        tr("The database %1 is at schema %2; reports need schema %3.")
                                            .arg(QDir::toNativeSeparators(d->path))
                                            .arg(d->version)
                                            .arg(DueDatesSchema)));
    QSqlError e;
    std::optional<ReportResult> r = ReportReader(d->db).read(query, progress, &e);
    if (r)
        return *std::move(r);
    if (e.isValid())
        return d->fail(e);
    return d->fail(StoreError::make(StoreError::Kind::Interrupted, tr("The report was cancelled.")));
}

StoreResult<QString> Store::setting(const QString &key) {
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.bindValue(0, key);
    if (!q.exec())
        return d->fail(q.lastError());
    if (!q.next())
        return StoreError::make(StoreError::Kind::NotFound, tr("The setting %1 is not set.").arg(key));
    return q.value(0).toString();
}

StoreResult<void> Store::setSetting(const QString &key, const QString &value) {
    return d->write([&] {
        QSqlQuery q(d->db);
        q.prepare(
            QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                           "value = excluded.value"));
        q.bindValue(0, key);
        q.bindValue(1, value);
        d->exec(q);
        if (d->dueDates && DeadlineSettings::isKey(key)) {
            // Every deadline computed under the old rules is recomputed in the same transaction.
            QSqlError e;
            DeadlineRules rules = DueDates::rulesOf(d->db, &e);
            if (e.isValid() || !d->dueDates->recomputeComputed(rules, &e))
                throw WriteFailure{StoreError::fromSql(e, d->path)};
            d->deadlineRules = std::move(rules);
        }
    });
}

const DeadlineRules &Store::deadlineRules() const {
    return d->dueDates ? d->deadlineRules : DeadlineRules::builtIn();
}

StoreResult<StoredDossier> Store::dossier(const QString &code) {
    return d->readDossier(code);
}

StoreResult<QList<StoredStep>> Store::steps(const QString &code) {
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT * FROM steps WHERE dossier_code = ? ORDER BY %1 IS NULL, %1, id")
                       .arg(stepColumn(ProgressField::ThoiDiemXuLy))))
        return d->fail(q.lastError());
    q.bindValue(0, code.trimmed());
    if (!q.exec())
        return d->fail(q.lastError());
    QList<StoredStep> out;
    while (q.next()) {
        const QSqlRecord rec = q.record();
        StoredStep s;
        s.id = q.value(rec.indexOf(QStringLiteral("id"))).toLongLong();
        readRecord(q, s.step.fields);
        s.local = q.value(rec.indexOf(QStringLiteral("origin"))).toString() == u"local";
        s.syncState = syncStateFromName(q.value(rec.indexOf(QStringLiteral("sync_state"))).toString())
                          .value_or(SyncState::Synced);
        s.problems = problemsFrom(q.value(rec.indexOf(QStringLiteral("problems"))));
        s.createdAt = StoreSchema::fromIso(q.value(rec.indexOf(QStringLiteral("created_at"))));
        out << s;
    }
    return out;
}

StoreResult<QSet<QString>> Store::finalResultCodes(const QStringList &codes) {
    const QString kind = StoreSchema::quoted(
        StoreSchema::fieldColumn(FieldTable::dossier().at(int(DossierField::LoaiDuLieu))));
    return d->codesMatching(QStringLiteral("SELECT code FROM dossiers WHERE code IN (%1) AND TRIM(") + kind +
                                QStringLiteral(") = '100'"),
                            codes);
}

StoreResult<QSet<QString>> Store::codesWithLocalEdits(const QStringList &codes) {
    return d->codesMatching(
        QStringLiteral("SELECT code FROM dossiers WHERE code IN (%1) AND has_local_edits = 1"), codes);
}

StoreResult<QSet<QString>> Store::codesWithLocalSteps(const QStringList &codes) {
    return d->codesMatching(
        QStringLiteral(
            "SELECT DISTINCT dossier_code FROM steps WHERE origin = 'local' AND dossier_code IN (%1)"),
        codes);
}

StoreResult<QList<AuditEntry>> Store::auditTrail(const QString &code) {
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT at, who, dossier_code, entity, field, old_value, new_value FROM audit WHERE "
                       "dossier_code = ? ORDER BY id"));
    q.bindValue(0, code.trimmed());
    if (!q.exec())
        return d->fail(q.lastError());
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.at = StoreSchema::fromIso(q.value(0));
        e.who = q.value(1).toString();
        e.dossierCode = q.value(2).toString();
        e.entity = q.value(3).toString();
        e.field = q.value(4).toString();
        e.oldValue = q.value(5).isNull() ? QString() : q.value(5).toString();
        e.newValue = q.value(6).isNull() ? QString() : q.value(6).toString();
        out << e;
    }
    return out;
}

StoreResult<ListPage> Store::list(const ListQuery &query) {
    ListReader reader(d->db, d->now(), d->options.searchPlan);
    std::optional<ListPage> page = reader.list(query);
    if (!page)
        return reader.sqlError().isValid() ? d->fail(reader.sqlError()) : d->fail(reader.error());
    return *std::move(page);
}

StoreResult<qint64> Store::count(const ListFilter &filter) {
    ListReader reader(d->db, d->now(), d->options.searchPlan);
    const std::optional<qint64> n = reader.count(filter);
    if (!n)
        return d->fail(reader.sqlError());
    return *n;
}

void Store::interrupt() {
    // sqlite3_interrupt may be called from any thread while the connection is open; the handle is read once,
    // set when the store opened and cleared only by close(), which the caller must not race.
    if (sqlite3 *handle = d->interruptHandle.load())
        sqlite3_interrupt(handle);
}

} // namespace btxh
