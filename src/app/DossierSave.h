// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppServices.h"
#include "Dossier.h"
#include "Problem.h"
#include "Validator.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace btxh::app {

// Writes what a dossier form holds to the store. Each save names the stored version the form's edits were
// made from, so that a save finding another one in between (StoreError::Kind::Stale) asks the officer how to
// merge (StaleEditDialog) instead of overwriting it; what the officer keeps there is saved, checked again
// the same way. A failure says why in a message box over the form, which stays as it was: nothing is lost.
class DossierSave {
    Q_DECLARE_TR_FUNCTIONS(btxh::app::DossierForm)
public:
    struct Outcome {
        bool saved = false;
        bool merged = false; // the officer merged it with another save: the form shows `dossier` again
        bool queued = false; // put in the outbox (a merge that kept errors is stored as a draft)
        Dossier dossier;     // what was stored
    };

    explicit DossierSave(const AppServices &services);

    // The stored version of a dossier the form was given, read after the caller read the dossier itself:
    // should another save have come between the two, the form's base is the content it was given, which the
    // store no longer holds, so that its save is found stale instead of overwriting that other save.
    void readBase(const Dossier &given);
    QString baseVersion() const { return m_version; }

    Outcome write(Dossier dossier, bool queue, const Validator &validator, QWidget *parent);

    // The problem that keeps a valid dossier a draft until the officer queues it.
    static QString heldAsDraftCode() { return QStringLiteral("held-as-draft"); }

private:
    Problems problemsToSave(const Dossier &dossier, bool queue, const Validator &validator) const;

    const AppServices &m_services;
    QString m_version;     // the stored version the form's dossier is (ChangeSet::LocalDossier::base)
    QString m_versionCode; // the code it is the version of: a form that changed its MaHoSo saves another
};

} // namespace btxh::app
