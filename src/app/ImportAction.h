// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppServices.h"
#include "BackupActions.h"

#include <QObject>
#include <functional>

namespace btxh::app {

class SheetPreviewDialog;

// File > Import…: an exported dossier file (JSON, as `btxh import` reads) or a sheet in the import template
// (CSV, SheetImport). The file is read and judged on a worker thread (progress, Cancel); a sheet's rows are
// then shown with their problems (SheetPreviewDialog), a JSON file's summary asked about; nothing is stored
// until the officer agrees, and the write goes on a worker thread with its own connection, in one
// transaction. File > Save the import template… writes the template's header row.
class ImportAction : public QObject {
    Q_OBJECT
public:
    ImportAction(QWidget *window, const AppServices &services);

    void setOpenFileChooser(BackupActions::FileChooser chooser) { m_chooseOpen = std::move(chooser); }
    void setSaveFileChooser(BackupActions::FileChooser chooser) { m_chooseSave = std::move(chooser); }
    // Tests look at (and answer) the preview: called once it is shown, before it is run.
    void setPreviewHook(std::function<void(SheetPreviewDialog *)> hook) { m_previewHook = std::move(hook); }

    // True when something was stored.
    bool importFile();
    bool importSheet(const QString &path);
    bool importJson(const QString &path);
    bool saveTemplate();

Q_SIGNALS:
    void storeChanged();

private:
    void warn(const QString &title, const QString &text);
    void inform(const QString &text);

    QWidget *m_window;
    AppServices m_services;
    BackupActions::FileChooser m_chooseOpen;
    BackupActions::FileChooser m_chooseSave;
    std::function<void(SheetPreviewDialog *)> m_previewHook;
};

} // namespace btxh::app
