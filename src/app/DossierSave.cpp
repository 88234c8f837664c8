// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierSave.h"

#include "AppLog.h"
#include "ChangeSet.h"
#include "StaleEditDialog.h"
#include "Store.h"
#include "StoreSchema.h"

#include <QMessageBox>

namespace btxh::app {

DossierSave::DossierSave(const AppServices &services)
    : m_services(services) {}

void DossierSave::readBase(const Dossier &given) {
    const StoreResult<StoredDossier> stored = m_services.store->dossier(given.code());
    if (!stored)
        return;
    m_versionCode = given.code();
    const QString givenHash = StoreSchema::contentHash(given);
    m_version = StoreSchema::contentHash(stored->dossier) == givenHash ? stored->version : givenHash;
}

Problems DossierSave::problemsToSave(const Dossier &dossier, bool queue, const Validator &validator) const {
    Problems problems = validator.validate(dossier);
    if (!queue) {
        Problem hold;
        hold.code = heldAsDraftCode();
        hold.severity = Severity::Error;
        hold.message = tr("saved as a draft: not queued for sync yet");
        problems << hold;
    }
    for (Problem &p : problems)
        p.recordKey = dossier.code();
    return problems;
}

DossierSave::Outcome DossierSave::write(Dossier d, bool queue, const Validator &validator, QWidget *parent) {
    Outcome outcome;
    QString base = d.code() == m_versionCode ? m_version : QString();
    auto write = [&] {
        ChangeSet changes;
        changes.local << ChangeSet::LocalDossier{d, problemsToSave(d, queue, validator), base};
        return m_services.store->apply(changes);
    };
    StoreResult<ChangeResult> written = write();
    while (!written && written.error().kind == StoreError::Kind::Stale) {
        qCInfo(lcApp) << "saving dossier" << d.code() << "refused: changed by someone else since it was read";
        // Cancelled: the form stays as it was, nothing saved, nothing lost.
        const std::optional<StaleEditDialog::Resolution> r =
            StaleEditDialog::resolve(m_services, d, written.error().message, parent);
        if (!r)
            return outcome;
        d = r->dossier;
        base = r->base;
        outcome.merged = true;
        written = write();
    }
    if (!written) {
        qCWarning(lcApp) << "saving dossier" << d.code() << "failed";
        QMessageBox box(QMessageBox::Critical, tr("Cannot save"),
                        tr("The dossier %1 could not be saved: %2\n\nNothing was lost: the form stays open.")
                            .arg(d.code(), written.error().message),
                        QMessageBox::Ok, parent);
        box.setObjectName(QStringLiteral("saveFailedBox"));
        box.exec();
        return Outcome{};
    }
    m_version = written->localVersions.value(0);
    m_versionCode = d.code();
    outcome.saved = true;
    outcome.queued = queue && !btxh::hasErrors(validator.validate(d));
    qCInfo(lcApp) << "saved dossier" << d.code() << (outcome.queued ? "queued" : "as a draft");
    outcome.dossier = std::move(d);
    return outcome;
}

} // namespace btxh::app
