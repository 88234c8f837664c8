// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppServices.h"
#include "PageSetup.h"
#include "PrintJob.h"

#include <QObject>
#include <functional>
#include <memory>

class QAction;
class QMenu;
class QPrintPreviewDialog;
class QWidget;

namespace btxh::app {

class DossierForm;

// The Print menu: the selected dossier's receipt (A4 or A5) and sheet, and the tracking book of the list as
// filtered, each in print preview (and on to a printer from there) or saved as a PDF file. Without a printer
// the preview and PDF still work, and the status bar says so. A long book shows its progress and can be
// cancelled.
class PrintActions : public QObject {
    Q_OBJECT
public:
    using Kind = documents::PrintJob::Kind;
    using Paper = documents::Paper;

    struct Sources {
        std::function<QString()> currentCode;
        std::function<ListQuery()> listQuery; // the case list's filter and order
        std::function<void(const QString &)> showMessage;
    };

    PrintActions(QWidget *window, const AppServices &services, Sources sources);
    ~PrintActions() override;

    // The Print menu, to put in the window's menu bar.
    QMenu *menu() const { return m_menu; }
    // Ctrl+P on a form for a new dossier prints its receipt once it is saved.
    void attachTo(DossierForm *form);
    void updateActions(bool hasDossier);
    void retranslate();

    // Opens the print preview (null, with a message, when there is nothing to print).
    QPrintPreviewDialog *preview(Kind kind, Paper paper = Paper::A4, const QString &code = QString(),
                                 QWidget *parent = nullptr);
    // Writes the PDF (asks where when `path` is empty); false when cancelled or it failed (a message says
    // why).
    bool saveAsPdf(Kind kind, Paper paper = Paper::A4, QString path = QString());

private:
    std::unique_ptr<documents::PrintJob> job(Kind kind, Paper paper, const QString &code, QWidget *parent);
    documents::PrintContext context() const;
    documents::PrintJob::Outcome paint(const documents::PrintJob &job, QPagedPaintDevice *device,
                                       const QString &pdfPath, QString *error);
    QAction *addAction(QMenu *menu, const QKeySequence &shortcut, const std::function<void()> &slot);

    QWidget *m_window;
    AppServices m_services;
    Sources m_sources;
    QMenu *m_menu;
    QMenu *m_pdfMenu;
    QList<QAction *> m_dossierActions;
    QList<QAction *> m_actions; // in retranslate()'s order
};

} // namespace btxh::app
