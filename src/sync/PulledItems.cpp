// SPDX-License-Identifier: GPL-3.0-or-later
#include "PulledItems.h"

#include "ChangeSet.h"
#include "GatewayClient.h"
#include "JsonCodec.h"
#include "Store.h"
#include "SyncLog.h"

#include <QHash>
#include <QJsonDocument>

namespace btxh {

namespace {

// A dossier as we would send it: our copy and the server's copy of the same content (in its spelling: other
// key case, date shapes, numbers for strings, its XML declaration) give the same bytes.
QByteArray wireForm(const Dossier &dossier) {
    Dossier d = dossier;
    d.setValue(DossierField::LoaiDuLieu,
               dossier.isFinalResult() ? DataKind::FinalResult : DataKind::NewDossier);
    return QJsonDocument(JsonCodec::writeDossier(d)).toJson(QJsonDocument::Compact);
}

} // namespace

PulledItems::PulledItems(SyncRun &run, SyncRunHost &host)
    : m_run(run)
    , m_host(host) {}

bool PulledItems::writeDossiers(PullKind kind, const PulledWindows::Window &pulled, qsizetype first,
                                qsizetype count) {
    if (first == 0) {
        m_run.report.unchanged += pulled.repeated;
        if (pulled.withoutCode > 0) // kept aside by quarantine()
            qCInfo(lcSync) << pulled.withoutCode << "item(s) without a MaHoSo";
    }
    const QList<ChangeSet::ReceivedDossier> items = pulled.changes.received.mid(first, count);
    if (items.isEmpty())
        return true;
    QStringList codes;
    codes.reserve(items.size());
    for (const ChangeSet::ReceivedDossier &item : items)
        codes << item.dossier.code();

    // A registration (LoaiDuLieu 1) seen again after its final result was stored, in the overlap of two
    // pulls, must not take the dossier back to "registered" (nor look like a conflict with a result being
    // sent).
    const StoreResult<QSet<QString>> superseded = kind == PullKind::Dossiers
                                                      ? m_run.store->reader().finalResultCodes(codes)
                                                      : StoreResult<QSet<QString>>(QSet<QString>());
    if (!superseded) {
        m_host.storeFailed(tr("reading the stored dossiers"), superseded.error());
        return false;
    }
    // Local edits waiting to be sent: a pulled copy that is our own push coming back (its reply was lost, so
    // the item is still queued) says the same as our copy on the wire, only in the server's spelling. It is
    // not a change on the server, and must not become a conflict.
    const StoreResult<QSet<QString>> edited = m_run.store->reader().codesWithLocalEdits(codes);
    if (!edited) {
        m_host.storeFailed(tr("reading the stored dossiers"), edited.error());
        return false;
    }
    ChangeSet changes;
    changes.received.reserve(items.size());
    for (const ChangeSet::ReceivedDossier &item : items) {
        const Dossier &d = item.dossier;
        const QString code = d.code();
        if (superseded->contains(code)) {
            ++m_run.report.unchanged;
            continue;
        }
        if (edited->contains(code)) {
            const StoreResult<StoredDossier> local = m_run.store->dossier(code);
            if (!local) {
                m_host.storeFailed(tr("reading dossier %1").arg(code), local.error());
                return false;
            }
            // Ours as we sent it: under a three-level profile the gateway's copy carries its district.
            const Dossier sent =
                m_run.client->profile().postReform.requestForm(local->dossier, m_run.now().date());
            if (wireForm(sent) == wireForm(d)) {
                ++m_run.report.unchanged;
                continue;
            }
        }
        changes.received.append(item); // prepared by PulledWindows, on a worker
    }
    if (changes.isEmpty())
        return true;
    const StoreResult<ChangeResult> outcome = m_run.store->apply(changes);
    if (!outcome) {
        m_host.storeFailed(tr("storing received dossiers"), outcome.error());
        return false;
    }
    for (qsizetype i = 0; i < outcome->received.size(); ++i) {
        switch (outcome->received.at(i)) {
        case ChangeOutcome::Created:
            ++m_run.report.created;
            break;
        case ChangeOutcome::Updated:
            ++m_run.report.updated;
            break;
        case ChangeOutcome::Unchanged:
            ++m_run.report.unchanged;
            break;
        case ChangeOutcome::Conflict:
            ++m_run.report.conflicts;
            m_run.report.messages
                << tr("%1: changed on the server while local changes were waiting; both copies "
                      "are kept until someone chooses.")
                       .arg(changes.received.at(i).dossier.code());
            break;
        }
    }
    return true;
}

bool PulledItems::writeSteps(const PullResult &result) {
    QStringList codes;
    QSet<QString> seenCodes;
    qsizetype withoutCode = 0;
    for (const ProcessingStep &s : result.payload.steps) {
        const QString code = s.dossierCode();
        if (code.isEmpty())
            ++withoutCode;
        else if (!seenCodes.contains(code)) {
            seenCodes.insert(code);
            codes << code;
        }
    }
    if (withoutCode > 0) // kept aside by quarantine()
        qCInfo(lcSync) << withoutCode << "step(s) without a MaHoSo";
    // Steps entered here come back from the server once pushed, in its spelling: recognise them as ours.
    const StoreResult<QSet<QString>> withLocal = m_run.store->reader().codesWithLocalSteps(codes);
    if (!withLocal) {
        m_host.storeFailed(tr("reading the stored steps"), withLocal.error());
        return false;
    }
    QHash<QString, QSet<QString>> localKeys;
    for (const QString &code : *withLocal) {
        const StoreResult<QList<StoredStep>> steps = m_run.store->steps(code);
        if (!steps) {
            m_host.storeFailed(tr("reading the steps of %1").arg(code), steps.error());
            return false;
        }
        QSet<QString> &keys = localKeys[code];
        for (const StoredStep &s : *steps) {
            if (s.local)
                keys.insert(SyncRun::stepWireKey(s.step));
        }
    }

    ChangeSet changes;
    changes.receivedSteps.reserve(result.payload.steps.size());
    for (const ProcessingStep &s : result.payload.steps) {
        const QString code = s.dossierCode();
        if (code.isEmpty())
            continue;
        const auto it = localKeys.constFind(code);
        if (it != localKeys.constEnd() && it->contains(SyncRun::stepWireKey(s))) {
            ++m_run.report.unchanged;
            continue;
        }
        changes.receivedSteps.append({s, QByteArray()});
    }
    if (changes.isEmpty())
        return true;
    const StoreResult<ChangeResult> outcome = m_run.store->apply(changes);
    if (!outcome) {
        m_host.storeFailed(tr("storing received steps"), outcome.error());
        return false;
    }
    for (const ChangeOutcome o : outcome->receivedSteps) {
        if (o == ChangeOutcome::Created)
            ++m_run.report.created;
        else if (o == ChangeOutcome::Updated)
            ++m_run.report.updated;
        else if (o == ChangeOutcome::Conflict)
            ++m_run.report.conflicts;
        else
            ++m_run.report.unchanged;
    }
    return true;
}

} // namespace btxh
