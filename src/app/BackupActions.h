// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppServices.h"

#include <QObject>
#include <QString>
#include <functional>

class QWidget;

namespace btxh::app {

class MainWindow;

// File > Back up… and File > Restore from backup…: the dialogs, the progress (with Cancel) and the messages
// around StoreBackup, which copies on a worker thread (BackgroundJob). A backup is taken while the app keeps
// its database open. A restore is confirmed by the officer (the backup's date and dossier count shown), then
// the window's connections are closed (its Store, the case list's worker), the database is replaced (the old
// one kept as a safety copy beside it), reopened (an older schema is migrated then), and the window shows the
// restored data.
class BackupActions : public QObject {
    Q_OBJECT
public:
    // Asks for a file: (parent, title, suggested path, filter) -> the chosen path, empty when cancelled.
    // Tests answer with a function; the app asks with QFileDialog.
    using FileChooser = std::function<QString(QWidget *parent, const QString &title, const QString &suggested,
                                              const QString &filter)>;

    BackupActions(MainWindow *window, const AppServices &services);

    void setSaveFileChooser(FileChooser chooser) { m_chooseSave = std::move(chooser); }
    void setOpenFileChooser(FileChooser chooser) { m_chooseOpen = std::move(chooser); }

    // True when a backup was written / a backup was restored.
    bool backUp();
    bool restoreFromBackup();

Q_SIGNALS:
    void backedUp(const QString &path);
    // The database was replaced and reopened: everything shown from it must be read again.
    void storeReplaced();
    void restored(const QString &safetyCopyPath);

private:
    QString suggestedBackupPath() const;
    bool closeForms();
    // On an office server: says who backs it up, and true.
    bool refuseOnServer(const QString &boxName);
    void showStatus(const QString &text, int timeoutMs = 0);

    MainWindow *m_window;
    AppServices m_services;
    FileChooser m_chooseSave;
    FileChooser m_chooseOpen;
};

} // namespace btxh::app
