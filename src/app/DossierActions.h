// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppServices.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace btxh::app {

class ConflictDialog;
class DossierForm;

// What the officer does to one dossier from the main window: start a new one, open one (its form, one per
// dossier: opening it again brings the open form forward), queue a draft for the next sync, and resolve a
// conflict. Each checks the officer's role first and says why when it does nothing; what it changed in the
// store is told by a signal, for the window to show.
class DossierActions : public QObject {
    Q_OBJECT
public:
    DossierActions(const AppServices &services, QWidget *window);

    DossierForm *newDossier();
    DossierForm *editDossier(const QString &code);
    bool queueDossier(const QString &code);
    ConflictDialog *resolveConflict(const QString &code);
    // Closes every open form; each asks about its own unsaved changes. False when one was kept open.
    bool closeForms();

Q_SIGNALS:
    void formOpened(btxh::app::DossierForm *form);
    void saved(const QString &code);    // by a form
    void queued(const QString &code);   // by queueDossier
    void resolved(const QString &code); // by a conflict dialog
    void message(const QString &text);  // for the status bar

private:
    DossierForm *show(DossierForm *form, const QString &code);

    const AppServices m_services;
    QWidget *m_window;
    QHash<QString, QPointer<DossierForm>> m_forms;
};

} // namespace btxh::app
