// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppServices.h"
#include "BackupActions.h"
#include "ListQuery.h"

#include <QObject>

namespace btxh::app {

// File > Export the list…: the case list as it is filtered and sorted, to .xlsx or CSV (DossierExport), on
// a worker thread with its own database connection, with progress and Cancel. The file appears only when
// complete; a cancelled export leaves nothing behind.
class ListExportAction : public QObject {
    Q_OBJECT
public:
    ListExportAction(QWidget *window, const AppServices &services);

    void setSaveFileChooser(BackupActions::FileChooser chooser) { m_chooseSave = std::move(chooser); }

    // True when the file was written.
    bool exportList(const ListQuery &query);

Q_SIGNALS:
    void exported(const QString &path, qint64 rows);

private:
    QWidget *m_window;
    AppServices m_services;
    BackupActions::FileChooser m_chooseSave;
};

} // namespace btxh::app
