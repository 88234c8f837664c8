// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierWriter.h"

#include "StoreColumns.h"

#include "DossierCodes.h"
#include "DossierReader.h"
#include "DueDates.h"
#include "ExtentStorage.h"
#include "JsonCodec.h"
#include "OutboxMachine.h"
#include "PreparedDossier.h"
#include "ServerCopy.h"
#include "StoreConnection.h"
#include "StoreLog.h"
#include "StoreSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace btxh {

namespace {

// A write's statement run, and the id of the row it inserted: QSqlQuery's, or SqliteRow's for the lookups
// and inserts DossierStatements::row runs through SQLite's own API.
void run(const StoreConnection &connection, QSqlQuery &q) {
    connection.exec(q);
}

void run(const StoreConnection &connection, SqliteRow &row) {
    if (!row.exec())
        connection.raise(row.lastError());
}

qint64 insertedId(const StoreConnection &connection, QSqlQuery &q) {
    return connection.insertedId(q);
}

qint64 insertedId(const StoreConnection &, SqliteRow &row) {
    return row.lastInsertId();
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

QString requireCode(const QString &code, const char *what) {
    if (code.isEmpty())
        throw WriteFailure{
            StoreError::make(StoreError::Kind::Invalid,
                             DossierWriter::tr("A %1 without a MaHoSo cannot be stored: nothing was changed.")
                                 .arg(DossierWriter::tr(what)))};
    return code;
}

QString shownTime(const QDateTime &t) {
    return t.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

OutboxEntry::Kind dossierPushKind(const Dossier &dossier) {
    return dossier.isFinalResult() ? OutboxEntry::Kind::FinalResult : OutboxEntry::Kind::NewDossier;
}

} // namespace

struct DossierWriter::Existing {
    qint64 id = 0;
    QString syncState;
    bool hasLocalEdits = false;
    QString contentHash;
    QString serverHash;
    QString problems;
};

DossierWriter::DossierWriter(StoreConnection &connection, DossierReader &reader, OutboxMachine &outbox)
    : m_connection(connection)
    , m_reader(reader)
    , m_outbox(outbox)
    , m_statements(connection)
    , m_audit(connection, m_statements) {}

void DossierWriter::clear() {
    m_statements.clear();
}

QByteArray DossierWriter::wireJson(const Dossier &dossier) {
    Dossier d = dossier;
    d.setValue(DossierField::LoaiDuLieu,
               QString(dossier.isFinalResult() ? DataKind::FinalResult : DataKind::NewDossier));
    return QJsonDocument(JsonCodec::writeDossier(d)).toJson(QJsonDocument::Compact);
}

StoreResult<ChangeResult> DossierWriter::apply(const ChangeSet &changes) {
    ChangeResult result;
    const StoreResult<void> written = m_connection.write([&] {
        result = {};
        m_touched.clear();
        for (const auto &item : changes.received)
            result.received << writeReceived(item);
        for (const auto &item : changes.local) {
            QString version;
            result.local << writeLocal(item, &version);
            result.localVersions << version;
        }
        for (const auto &item : changes.receivedSteps)
            result.receivedSteps << writeStep(item.step, false, {}, item.serverJson);
        for (const auto &item : changes.localSteps)
            result.localSteps << writeStep(item.step, true, item.problems, {});
        refreshTouched();
    });
    if (!written)
        return written.error();
    return result;
}

void DossierWriter::refreshTouched() {
    for (const QString &code : std::as_const(m_touched)) {
        QSqlQuery &u = m_statements.get(DossierStatements::UpdateDeadline);
        u.bindValue(0, code);
        m_connection.exec(u);
        QSqlError dueError;
        if (m_connection.dueDates &&
            !m_connection.dueDates->refresh(code, m_connection.deadlineRules, &dueError))
            m_connection.raise(dueError);
    }
    m_touched.clear();
}

std::optional<DossierWriter::Existing> DossierWriter::find(const QString &code) {
    const auto read = [&](auto &q) {
        q.bindValue(0, code);
        run(m_connection, q);
        std::optional<Existing> out;
        if (q.next()) {
            Existing e;
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
    };
    if (SqliteRow *row = m_statements.row(DossierStatements::FindDossier))
        return read(*row);
    return read(m_statements.get(DossierStatements::FindDossier));
}

void DossierWriter::writeChildren(qint64 id, const Dossier &dossier, bool replace,
                                  const PreparedDossier *prepared) {
    using S = DossierStatements;
    if (replace) {
        for (S::Statement s : {S::DeleteDocuments, S::DeleteResultPapers}) {
            QSqlQuery &q = m_statements.get(s);
            q.bindValue(0, id);
            m_connection.exec(q);
        }
    }
    const std::pair<S::Statement, const QList<Record> *> children[] = {
        {S::InsertDocument, &dossier.extent.documents},
        {S::InsertResultPaper, &dossier.extent.resultPapers},
    };
    for (const auto &[s, records] : children) {
        const auto insertAll = [&, records = records](auto &q) {
            for (int i = 0; i < records->size(); ++i) {
                int pos = 0;
                q.bindValue(pos++, id);
                q.bindValue(pos++, i);
                q.bindValue(pos++, nullable(StoreSchema::extrasJson(records->at(i))));
                DossierStatements::bindRecord(q, pos, records->at(i));
                run(m_connection, q);
            }
        };
        if (SqliteRow *row = m_statements.row(s))
            insertAll(*row);
        else
            insertAll(m_statements.get(s));
    }
    if (!m_connection.searchDeferred) {
        QSqlQuery &search = m_statements.get(S::InsertSearch);
        search.bindValue(0, id);
        search.bindValue(1, prepared ? prepared->searchText : StoreSchema::searchText(dossier.fields));
        m_connection.exec(search);
    }
    // Every dossier has its row of keys (migration 3 made them for older ones); an update that finds none
    // still writes one, so the dossier never drops out of a list sorted by name.
    const QStringList keys = prepared ? prepared->sortKeys : StoreSchema::sortKeys(dossier.fields);
    const auto writeKeys = [&](auto &q) {
        int k = 0;
        for (const QString &key : keys)
            q.bindValue(k++, nullable(key));
        q.bindValue(k++, id);
        run(m_connection, q);
    };
    if (replace) {
        QSqlQuery &update = m_statements.get(S::UpdateSortKeys);
        writeKeys(update);
        if (update.numRowsAffected() > 0)
            return;
    }
    if (SqliteRow *row = m_statements.row(S::InsertSortKeys))
        writeKeys(*row);
    else
        writeKeys(m_statements.get(S::InsertSortKeys));
}

bool DossierWriter::hasSteps(const QString &code) {
    const auto read = [&](auto &q) {
        q.bindValue(0, code);
        run(m_connection, q);
        const bool found = q.next();
        q.finish();
        return found;
    };
    if (SqliteRow *row = m_statements.row(DossierStatements::HasSteps))
        return read(*row);
    return read(m_statements.get(DossierStatements::HasSteps));
}

qint64 DossierWriter::insertDossier(const QString &code, const Dossier &dossier, const DossierRow &row) {
    // A new dossier's deadline comes with its row when no step of it is stored yet (steps usually come after
    // their dossier): refreshing it afterwards would rewrite the row just written, and its report indexes.
    // Steps stored before their dossier leave it to refreshTouched(), which reads them.
    const bool dueColumns = m_connection.dueDates != nullptr;
    const bool refreshLater = !dueColumns || hasSteps(code);
    const QString at = StoreSchema::isoTime(m_connection.now());
    const auto insert = [&](auto &q) {
        int pos = 0;
        q.bindValue(pos++, code);
        q.bindValue(pos++, at);
        if (dueColumns) {
            const auto [due, source] =
                refreshLater
                    ? std::pair<QVariant, QVariant>{}
                    : DueDates::withoutSteps(StoreSchema::sortKey(dossier.value(DossierField::NgayTiepNhan)),
                                             dossier.value(DossierField::MaTTHC), m_connection.deadlineRules);
            q.bindValue(pos++, due);
            q.bindValue(pos++, source);
        }
        m_statements.bindDossier(q, pos, row, dossier, at);
        run(m_connection, q);
        return insertedId(m_connection, q);
    };
    SqliteRow *fast = m_statements.row(DossierStatements::InsertDossier);
    const qint64 id = fast ? insert(*fast) : insert(m_statements.get(DossierStatements::InsertDossier));
    writeChildren(id, dossier, false, row.prepared);
    if (refreshLater)
        m_touched.insert(code);
    return id;
}

void DossierWriter::updateDossier(qint64 id, const Dossier &dossier, const DossierRow &row) {
    // The search text's rowid follows the received date the row holds now (SearchOrder).
    QSqlQuery &search = m_statements.get(DossierStatements::DeleteSearch);
    search.bindValue(0, id);
    m_connection.exec(search);
    QSqlQuery &q = m_statements.get(DossierStatements::UpdateDossier);
    int pos = 0;
    m_statements.bindDossier(q, pos, row, dossier, StoreSchema::isoTime(m_connection.now()));
    q.bindValue(pos++, id);
    m_connection.exec(q);
    writeChildren(id, dossier, true, row.prepared);
}

void DossierWriter::updateServerCopy(qint64 id, const QString &code, SyncState state, const QByteArray &json,
                                     const QString &hash) {
    QSqlQuery &q = m_statements.get(DossierStatements::UpdateServerCopy);
    const QString at = StoreSchema::isoTime(m_connection.now());
    int pos = 0;
    q.bindValue(pos++, syncStateName(state));
    if (m_statements.isLean()) {
        // The documents' XML may have been kept as the old copy's: chosen again against the new one.
        const StoreResult<StoredDossier> current = m_reader.dossier(code);
        if (!current)
            throw WriteFailure{current.error()};
        const ExtentStorage::Kept extent = ExtentStorage::keep(current->dossier, json);
        q.bindValue(pos++, json.isEmpty() ? QVariant()
                                          : QVariant(ServerCopy::encode(json, ServerCopy::Kind::Dossier)));
        q.bindValue(pos++, hash);
        q.bindValue(pos++, at);
        q.bindValue(pos++, at);
        q.bindValue(pos++, extent.column);
        q.bindValue(pos++, int(extent.source));
    } else {
        q.bindValue(pos++, nullable(json));
        q.bindValue(pos++, hash);
        q.bindValue(pos++, at);
        q.bindValue(pos++, at);
    }
    q.bindValue(pos++, id);
    m_connection.exec(q);
}

ChangeOutcome DossierWriter::writeReceived(const ChangeSet::ReceivedDossier &item) {
    const Dossier &dossier = item.dossier;
    const QString code = requireCode(dossier.code(), QT_TR_NOOP("dossier"));
    DossierRow row;
    row.prepared = item.prepared.get();
    if (row.prepared) {
        row.serverJson = row.prepared->serverJson;
        row.serverHash = row.prepared->serverHash;
        row.contentHash = row.prepared->contentHash;
    } else {
        row.serverJson = PreparedDossier::keptCopy(dossier, item.serverJson);
        row.readFromCopy = PreparedDossier::copyHoldsDossier(item.serverJson, item.readFromCopy);
        row.serverHash = StoreSchema::digest(row.serverJson);
        row.contentHash = StoreSchema::contentHash(dossier);
    }
    row.serverReceivedAt = m_connection.now();
    row.state = SyncState::Synced;
    row.hasLocalEdits = false;
    const std::optional<Existing> existing = find(code);
    if (!existing) {
        insertDossier(code, dossier, row);
        return ChangeOutcome::Created;
    }
    // The server copy we know, in other words: the copy a push of ours left on the server (kept as we sent
    // it, see Outbox::markPushed), coming back in the server's spelling. Keeping the server's words of it
    // lets the next pull of the same text be recognised by its digest alone.
    const auto isPushedCopy = [&] { return existing->serverHash == StoreSchema::digest(wireJson(dossier)); };
    const auto keepServerWords = [&] {
        if (existing->serverHash != row.serverHash)
            updateServerCopy(existing->id, code,
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
        m_touched.insert(code);
        return pushedCopy ? ChangeOutcome::Unchanged : ChangeOutcome::Updated;
    }
    // Local edits are pending.
    if (existing->contentHash == row.contentHash) {
        // The server now has what we have: our push arrived, or both sides made the same change.
        updateDossier(existing->id, dossier, row);
        m_outbox.dropPendingDossierPushes(code);
        return ChangeOutcome::Updated;
    }
    // A conflict is the server's copy having changed since our edits began, not a copy that differs from what
    // we last pulled: the same server copy as before, or the one we pushed, leaves the edits ahead.
    if (existing->serverHash == row.serverHash)
        return ChangeOutcome::Unchanged;
    if (isPushedCopy())
        return keepServerWords();
    updateServerCopy(existing->id, code, SyncState::Conflict, row.serverJson, row.serverHash);
    qCInfo(lcStore) << "conflict: server copy of" << code << "changed while local edits were pending";
    return ChangeOutcome::Conflict;
}

StoreError DossierWriter::staleError(const QString &code, bool absent) const {
    if (absent)
        return StoreError::make(StoreError::Kind::Stale,
                                tr("The dossier %1 is no longer in this database: it was removed after this "
                                   "copy of it was read. Nothing was saved.")
                                    .arg(code));
    const StoreResult<StoredDossier> stored = m_reader.dossier(code);
    const StoreResult<QList<AuditEntry>> trail = m_reader.auditTrail(code);
    const QDateTime changedAt = stored ? stored->updatedAt : QDateTime();
    // The audit trail names whoever edited it here; a copy received from the server leaves no entry, and then
    // only the time is known. The latest edit counts as the change only when the row has not been written
    // since.
    const AuditEntry *last = nullptr;
    if (trail)
        for (const AuditEntry &e : *trail)
            if (e.entity != u"sync")
                last = &e;
    if (last && changedAt.isValid() && last->at >= changedAt.addSecs(-5))
        return StoreError::make(StoreError::Kind::Stale,
                                tr("The dossier %1 was changed by %2 at %3 after this copy of it was read. "
                                   "Nothing was saved.")
                                    .arg(code, last->who, shownTime(last->at)));
    if (changedAt.isValid())
        return StoreError::make(StoreError::Kind::Stale,
                                tr("The dossier %1 was changed at %2 after this copy of it was read. Nothing "
                                   "was saved.")
                                    .arg(code, shownTime(changedAt)));
    return StoreError::make(
        StoreError::Kind::Stale,
        tr("The dossier %1 was changed after this copy of it was read. Nothing was saved.").arg(code));
}

ChangeOutcome DossierWriter::writeLocal(const ChangeSet::LocalDossier &item, QString *version) {
    const Dossier &dossier = item.dossier;
    const QString code = requireCode(dossier.code(), QT_TR_NOOP("dossier"));
    const bool draft = hasErrors(item.problems);
    DossierRow row;
    row.state = draft ? SyncState::Draft : SyncState::Ready;
    row.hasLocalEdits = true;
    row.contentHash = StoreSchema::contentHash(dossier);
    row.problems = problemsJson(item.problems);
    *version = row.contentHash;
    // Checked inside the write transaction, which holds the database's write lock from its start (SQLite's
    // BEGIN IMMEDIATE, PostgreSQL's advisory lock): nobody can write between this check and the write. An
    // edit that brings what is stored already loses nothing, whatever it was made from.
    const std::optional<Existing> existing = find(code);
    if (!item.base.isEmpty() &&
        (!existing || (existing->contentHash != item.base && existing->contentHash != row.contentHash))) {
        qCInfo(lcStore) << "stale edit of" << code << "refused:" << (existing ? "changed" : "absent");
        throw WriteFailure{staleError(code, !existing)};
    }
    if (!existing) {
        insertDossier(code, dossier, row);
        m_audit.recordDossier(code, nullptr, dossier);
        if (!draft)
            m_outbox.enqueue(code, dossierPushKind(dossier), 0);
        return ChangeOutcome::Created;
    }
    const bool sameContent = existing->contentHash == row.contentHash;
    if (sameContent && (!existing->hasLocalEdits || (existing->syncState == syncStateName(row.state) &&
                                                     existing->problems == QString::fromUtf8(row.problems))))
        return ChangeOutcome::Unchanged;
    const StoreResult<StoredDossier> before = m_reader.dossier(code);
    if (!before)
        throw WriteFailure{before.error()};
    row.serverJson = before->serverJson;
    row.serverHash = existing->serverHash;
    row.serverReceivedAt = before->serverReceivedAt;
    if (existing->syncState == syncStateName(SyncState::Conflict))
        row.state = SyncState::Conflict; // still waiting for someone to choose
    updateDossier(existing->id, dossier, row);
    m_audit.recordDossier(code, &before->dossier, dossier);
    if (row.state == SyncState::Ready)
        m_outbox.enqueue(code, dossierPushKind(dossier), 0);
    else if (row.state == SyncState::Draft)
        m_outbox.dropPendingDossierPushes(code);
    return ChangeOutcome::Updated;
}

ChangeOutcome DossierWriter::writeStep(const ProcessingStep &step, bool local, const Problems &problems,
                                       const QByteArray &serverJson) {
    const QString code = requireCode(step.dossierCode(), QT_TR_NOOP("processing step"));
    const QString key = StoreSchema::stepKey(step);
    QSqlQuery &find = m_statements.get(DossierStatements::FindStep);
    find.bindValue(0, code);
    find.bindValue(1, key);
    m_connection.exec(find);
    const bool exists = find.next();
    find.finish();
    if (exists)
        return ChangeOutcome::Unchanged;
    const bool draft = local && hasErrors(problems);
    using M = columns::StepMeta;
    std::array<QVariant, std::size_t(M::Count)> v;
    v[int(M::DossierCode)] = code;
    v[int(M::StepKey)] = key;
    v[int(M::Origin)] = local ? QStringLiteral("local") : QStringLiteral("server");
    v[int(M::SyncState)] = syncStateName(!local  ? SyncState::Synced
                                         : draft ? SyncState::Draft
                                                 : SyncState::Ready);
    v[int(M::Extras)] = nullable(StoreSchema::extrasJson(step.fields));
    const QByteArray copy = local                  ? QByteArray()
                            : serverJson.isEmpty() ? StoreSchema::recordJson(step.fields)
                                                   : serverJson;
    v[int(M::ServerJson)] = nullable(copy);
    v[int(M::ServerCopy)] = copy.isEmpty() || !m_statements.isLean()
                                ? QVariant()
                                : QVariant(ServerCopy::encode(copy, ServerCopy::Kind::Step));
    v[int(M::Problems)] = nullable(problemsJson(problems));
    v[int(M::CreatedAt)] = StoreSchema::isoTime(m_connection.now());
    QSqlQuery &q = m_statements.get(DossierStatements::InsertStep);
    int pos = 0;
    for (int c = 0; c < int(M::Count); ++c)
        if (columns::isWritten(M(c), m_connection.version))
            q.bindValue(pos++, v[c]);
    DossierStatements::bindRecord(q, pos, step.fields);
    m_connection.exec(q);
    const qint64 stepId = m_connection.insertedId(q);
    m_touched.insert(code);
    if (local) {
        m_audit.recordFields(code, QStringLiteral("step"), nullptr, step.fields);
        if (!draft)
            m_outbox.enqueue(code, OutboxEntry::Kind::Progress, stepId);
    }
    return ChangeOutcome::Created;
}

StoreResult<void> DossierWriter::resolveConflict(const QString &code, ConflictChoice choice,
                                                 const std::optional<ChangeSet::LocalDossier> &merged) {
    if (merged && (choice != ConflictChoice::TakeServer || merged->dossier.code() != code))
        return m_connection.fail(StoreError::make(
            StoreError::Kind::Invalid,
            tr("A merged version of %1 goes on top of the server's copy, under the same MaHoSo.").arg(code)));
    return m_connection.write([&] {
        const StoreResult<StoredDossier> current = m_reader.dossier(code);
        if (!current)
            throw WriteFailure{current.error()};
        if (current->syncState != SyncState::Conflict)
            throw WriteFailure{StoreError::make(StoreError::Kind::Invalid,
                                                tr("The dossier %1 is not in conflict.").arg(code))};
        DossierRow row;
        row.serverJson = current->serverJson;
        row.serverHash = StoreSchema::digest(current->serverJson);
        row.serverReceivedAt = current->serverReceivedAt;
        const QString name = choice == ConflictChoice::KeepLocal ? QStringLiteral("keep-local")
                                                                 : QStringLiteral("take-server");
        const QString stored = current->dossier.code();
        m_audit.record(stored, QStringLiteral("sync"), QStringLiteral("conflict"),
                       syncStateName(SyncState::Conflict), name);
        if (choice == ConflictChoice::KeepLocal) {
            const bool draft = hasErrors(current->problems);
            row.state = draft ? SyncState::Draft : SyncState::Ready;
            row.hasLocalEdits = true;
            row.contentHash = StoreSchema::contentHash(current->dossier);
            row.problems = problemsJson(current->problems);
            updateDossier(current->id, current->dossier, row);
            if (!draft)
                m_outbox.enqueue(stored, dossierPushKind(current->dossier), 0);
            return;
        }
        const Dossier server =
            JsonCodec::readDossier(QJsonDocument::fromJson(current->serverJson).object(), nullptr);
        row.state = SyncState::Synced;
        row.hasLocalEdits = false;
        row.contentHash = StoreSchema::contentHash(server);
        updateDossier(current->id, server, row);
        m_audit.recordDossier(stored, &current->dossier, server);
        m_outbox.dropPendingDossierPushes(stored);
        if (merged) {
            QString version;
            m_touched.clear();
            writeLocal(*merged, &version);
            refreshTouched();
        }
    });
}

} // namespace btxh
