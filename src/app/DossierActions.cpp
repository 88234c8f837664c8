// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierActions.h"

#include "AppLog.h"
#include "ChangeSet.h"
#include "ConflictDialog.h"
#include "DisplayText.h"
#include "DossierForm.h"
#include "Store.h"
#include "Validator.h"

#include <QMessageBox>

namespace btxh::app {

DossierActions::DossierActions(const AppServices &services, QWidget *window)
    : QObject(window)
    , m_services(services)
    , m_window(window) {}

DossierForm *DossierActions::show(DossierForm *form, const QString &code) {
    form->setWindowFlag(Qt::Window);
    form->setAttribute(Qt::WA_DeleteOnClose);
    m_forms.insert(code, form);
    connect(form, &DossierForm::saved, this, &DossierActions::saved);
    Q_EMIT formOpened(form);
    form->show();
    // The keys go to the form, not to the list behind it (not every window system activates a shown window
    // by itself).
    form->activateWindow();
    return form;
}

DossierForm *DossierActions::newDossier() {
    if (!m_services.policy().canCreateDossiers())
        return nullptr;
    QString error;
    DossierForm *form = DossierForm::createNew(m_services, m_window, &error);
    if (!form) {
        QMessageBox::warning(m_window, tr("Cannot start a new dossier"), error);
        return nullptr;
    }
    return show(form, form->code());
}

DossierForm *DossierActions::editDossier(const QString &code) {
    if (code.isEmpty())
        return nullptr;
    if (QPointer<DossierForm> open = m_forms.value(code); open) {
        open->raise();
        open->activateWindow();
        return open;
    }
    const StoreResult<StoredDossier> stored = m_services.store->dossier(code);
    if (!stored) {
        QMessageBox::warning(m_window, tr("Cannot open the dossier"), stored.error().message);
        return nullptr;
    }
    const bool editable =
        m_services.policy().canEditDossier(stored->enteredHere()) && stored->syncState != SyncState::Conflict;
    return show(new DossierForm(m_services, stored->dossier, false, editable, m_window), code);
}

bool DossierActions::queueDossier(const QString &code) {
    const StoreResult<StoredDossier> stored = m_services.store->dossier(code);
    if (!stored)
        return false;
    if (stored->syncState != SyncState::Draft && stored->syncState != SyncState::Failed) {
        Q_EMIT message(tr("%1 is not a draft: %2").arg(code, DisplayText::syncState(stored->syncState)));
        return false;
    }
    if (!m_services.policy().canEditDossier(stored->enteredHere())) {
        Q_EMIT message(m_services.policy().readOnlyReason(stored->enteredHere()));
        return false;
    }
    Problems problems = Validator(m_services.validationContext()).validate(stored->dossier);
    if (hasErrors(problems)) {
        QStringList lines;
        for (const Problem &p : std::as_const(problems))
            if (p.isError() && lines.size() < 8)
                lines << QStringLiteral("• ") +
                             (p.label.isEmpty() ? p.message : p.label + QStringLiteral(": ") + p.message);
        QMessageBox box(QMessageBox::Warning, tr("Not ready to be queued"),
                        tr("The dossier %1 still has problems; open it to correct them:\n\n%2")
                            .arg(code, lines.join(u'\n')),
                        QMessageBox::Ok, m_window);
        box.setObjectName(QStringLiteral("notReadyBox"));
        box.exec();
        return false;
    }
    for (Problem &p : problems)
        p.recordKey = code;
    ChangeSet changes;
    changes.local << ChangeSet::LocalDossier{stored->dossier, problems};
    if (const StoreResult<ChangeResult> written = m_services.store->apply(changes); !written) {
        QMessageBox::critical(m_window, tr("Cannot queue"), written.error().message);
        return false;
    }
    qCInfo(lcApp) << "queued dossier" << code;
    Q_EMIT message(tr("%1 is queued: it goes at the next sync.").arg(code));
    Q_EMIT queued(code);
    return true;
}

ConflictDialog *DossierActions::resolveConflict(const QString &code) {
    if (code.isEmpty())
        return nullptr;
    const StoreResult<StoredDossier> stored = m_services.store->dossier(code);
    if (!stored || stored->syncState != SyncState::Conflict) {
        Q_EMIT message(tr("%1 is not in conflict.").arg(code));
        return nullptr;
    }
    if (!m_services.policy().canResolveConflict(stored->enteredHere())) {
        Q_EMIT message(m_services.policy().readOnlyReason(stored->enteredHere()));
        return nullptr;
    }
    auto *dialog = new ConflictDialog(m_services, code, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConflictDialog::resolved, this, &DossierActions::resolved);
    dialog->open();
    return dialog;
}

bool DossierActions::closeForms() {
    for (const QPointer<DossierForm> &form : std::as_const(m_forms)) {
        if (!form)
            continue;
        form->close();
        if (form && form->isVisible())
            return false;
    }
    return true;
}

} // namespace btxh::app
