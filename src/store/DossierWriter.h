// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditWriter.h"
#include "ChangeSet.h"
#include "DossierStatements.h"
#include "StoreResult.h"

#include <QCoreApplication>
#include <QSet>

namespace btxh {

class DossierReader;
class OutboxMachine;
class StoreConnection;

// Writes dossiers and steps: received ones and local edits, each Store::apply one transaction; conflicts
// between a local edit and a changed server copy, and their resolution; the audit trail of every local
// change; the outbox entry each local change queues. Keeps every touched dossier's deadlines current.
class DossierWriter {
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    enum class ConflictChoice { KeepLocal, TakeServer };

    DossierWriter(StoreConnection &connection, DossierReader &reader, OutboxMachine &outbox);

    StoreResult<ChangeResult> apply(const ChangeSet &changes);
    StoreResult<void> resolveConflict(const QString &code, ConflictChoice choice,
                                      const std::optional<ChangeSet::LocalDossier> &merged);
    void clear();                            // the connection closed: forget its prepared statements
    AuditWriter &audit() { return m_audit; } // for the outbox's own audited changes

    // A dossier as a push sends it (JsonCodec::writeDossier), LoaiDuLieu as the gateway reports it (1 or
    // 100): the same content in the server's spelling (key case, date shapes, numbers for strings, keys of
    // its own) gives the same bytes. After a push is accepted this is the server's copy; its digest
    // recognises that copy pulled back.
    static QByteArray wireJson(const Dossier &dossier);

private:
    struct Existing;
    std::optional<Existing> find(const QString &code);
    bool hasSteps(const QString &code);
    qint64 insertDossier(const QString &code, const Dossier &dossier, const DossierRow &row);
    void updateDossier(qint64 id, const Dossier &dossier, const DossierRow &row);
    void updateServerCopy(qint64 id, const QString &code, SyncState state, const QByteArray &json,
                          const QString &hash);
    void writeChildren(qint64 id, const Dossier &dossier, bool replace,
                       const PreparedDossier *prepared = nullptr);
    ChangeOutcome writeReceived(const ChangeSet::ReceivedDossier &item);
    // `version`: the content the dossier holds after the write.
    ChangeOutcome writeLocal(const ChangeSet::LocalDossier &item, QString *version);
    StoreError staleError(const QString &code, bool absent) const;
    ChangeOutcome writeStep(const ProcessingStep &step, bool local, const Problems &problems,
                            const QByteArray &serverJson);
    void refreshTouched();

    StoreConnection &m_connection;
    DossierReader &m_reader;
    OutboxMachine &m_outbox;
    DossierStatements m_statements;
    AuditWriter m_audit;
    QSet<QString> m_touched; // the dossiers whose deadlines the transaction must refresh
};

} // namespace btxh
