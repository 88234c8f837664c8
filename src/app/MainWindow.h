// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppServices.h"
#include "Language.h"
#include "ListQuery.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QTableView;
class QTimer;
class QDockWidget;

namespace Ui {
class MainWindow;
}

namespace btxh::app {

class CaseListFilters;
class CaseListModel;
class ConflictDialog;
class DashboardDialog;
class DossierActions;
class DossierDetailView;
class DossierForm;
class PrintActions;
class SyncController;
class SyncPanel;
class TimelineWidget;

// The officer's day: the case list over the whole store (lazy, sortable by any column) with its filter bar
// and search as you type, the selected dossier beside it (fields and processing timeline), menus, toolbar
// and shortcuts, the sync panel, and a status bar that says whether the gateway answered, how much is waiting
// to go and when the last sync succeeded.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const AppServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    CaseListModel *caseModel() const { return m_model; }
    QTableView *caseTable() const;
    SyncPanel *syncPanel() const { return m_syncPanel; }
    QDockWidget *syncDock() const { return m_syncDock; }
    SyncController *syncController() const { return m_sync; }
    TimelineWidget *timeline() const { return m_timeline; }
    DossierDetailView *detailView() const { return m_detail; }
    PrintActions *printActions() const { return m_print; }

    DossierForm *newDossier();
    DossierForm *editDossier(const QString &code);
    bool queueDossier(const QString &code);
    ConflictDialog *resolveConflict(const QString &code);
    void selectDossier(const QString &code);
    QString currentCode() const;
    // The list as shown: its filter and sort order (what printing the book and exporting take).
    ListQuery currentListQuery() const;

    void setLanguage(Language language);
    // Delay between the last keystroke and the search (the benchmark sets 0).
    void setSearchDelay(int milliseconds);
    void applyFilters();
    void refreshList();
    void refreshStatus();
    void updateTitle();

Q_SIGNALS:
    void listRefreshed();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void setupActions();
    void watchOtherDesktops();
    void onCurrentChanged();
    void updateActions();
    void openSettings();
    void openReports();
    void showReportDossiers(const btxh::ListFilter &filter, const QString &description);
    void showAbout();
    void sortByGivenName(bool on);
    void retranslate();
    void updateCount();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppServices m_services;
    CaseListModel *m_model;
    DossierDetailView *m_detail;
    TimelineWidget *m_timeline;
    SyncController *m_sync;
    DossierActions *m_dossiers;
    SyncPanel *m_syncPanel;
    QDockWidget *m_syncDock;
    DashboardDialog *m_reports = nullptr;
    CaseListFilters *m_filters = nullptr;
    QTimer *m_statusTimer;
    QLabel *m_connectionLabel;
    QLabel *m_queuedLabel;
    QLabel *m_lastSyncLabel;
    QString m_current;
    PrintActions *m_print = nullptr;
};

} // namespace btxh::app
