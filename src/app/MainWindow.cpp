// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AboutDialog.h"
#include "AppLog.h"
#include "AppStyle.h"
#include "BackupActions.h"
#include "CaseListFilters.h"
#include "CaseListModel.h"
#include "Catalogues.h"
#include "ChangeWatch.h"
#include "ConflictDialog.h"
#include "DashboardDialog.h"
#include "DisplayText.h"
#include "DossierActions.h"
#include "DossierDetailView.h"
#include "DossierForm.h"
#include "ImportAction.h"
#include "ListExportAction.h"
#include "PrintActions.h"
#include "SettingsDialog.h"
#include "Store.h"
#include "SyncController.h"
#include "SyncPanel.h"
#include "TimelineWidget.h"
#include "Translations.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QStyle>
#include <QTimer>
#include <climits>

namespace btxh::app {

MainWindow::MainWindow(const AppServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_services(services)
    , m_model(new CaseListModel(services.store, services.clock, this))
    , m_detail(new DossierDetailView)
    , m_timeline(new TimelineWidget)
    , m_sync(new SyncController(services, this))
    , m_dossiers(new DossierActions(services, this))
    , m_syncPanel(new SyncPanel)
    , m_syncDock(new QDockWidget(this))
    , m_statusTimer(new QTimer(this))
    , m_connectionLabel(new QLabel)
    , m_queuedLabel(new QLabel)
    , m_lastSyncLabel(new QLabel) {
    m_ui->setupUi(this);
    m_ui->filterBar->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_ui->filterRow->addStretch(1);
    m_ui->centralLayout->setStretch(1, 1);
    setWindowIcon(QIcon(QStringLiteral(":/icons/btxh.svg")));
    m_ui->summaryLayout->addWidget(m_detail);
    m_ui->timelineLayout->addWidget(m_timeline);
    m_timeline->setServices(services);
    m_model->setCountInBackground(true);
    connect(m_model, &CaseListModel::countChanged, this, &MainWindow::updateCount);
    connect(m_model, &CaseListModel::searchingChanged, this, &MainWindow::updateCount);

    QTableView *table = m_ui->caseTable;
    table->setModel(m_model);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    // In characters, so the columns grow with the system font.
    const int widths[] = {24, 24, 32, 19, 15, 15, 18, 15};
    const int character = table->fontMetrics().averageCharWidth();
    for (int c = 0; c < CaseListModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c] * character);
    header->setSortIndicator(CaseListModel::ReceivedColumn, Qt::DescendingOrder);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    connect(header, &QHeaderView::sortIndicatorChanged, m_model, &CaseListModel::sort);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        // Keep the officer's place: the dossier they were on stays selected when it is still listed.
        const int row = m_current.isEmpty() ? -1 : m_model->rowOfCode(m_current);
        if (row >= 0) {
            m_ui->caseTable->selectRow(row);
            return;
        }
        // Otherwise a new list starts at its top. Left where the old list was scrolled to, the view would
        // show rows past the first page as soon as the count arrives, and read them on this thread: at a
        // million dossiers, 12-130 ms a keystroke (bench/README.md).
        m_ui->caseTable->scrollToTop();
    });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentChanged);
    connect(table, &QTableView::doubleClicked, this, [this] { editDossier(currentCode()); });
    connect(m_model, &CaseListModel::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Cannot read the list: %1").arg(message), 10000);
    });
    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 2);

    m_syncDock->setObjectName(QStringLiteral("syncDock"));
    m_syncDock->setWidget(m_syncPanel);
    m_syncDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_syncDock);
    m_syncDock->hide();
    m_syncPanel->setup(services, m_sync);
    connect(m_syncPanel, &SyncPanel::resolveRequested, this, &MainWindow::resolveConflict);
    connect(m_syncPanel, &SyncPanel::storeChanged, this, [this] {
        refreshList();
        refreshStatus();
    });
    connect(m_sync, &SyncController::connectionChanged, this, &MainWindow::refreshStatus);
    connect(m_sync, &SyncController::started, this, [this] {
        statusBar()->showMessage(tr("Syncing…"));
        updateActions();
    });
    connect(m_sync, &SyncController::finished, this, [this](const SyncReport &report) {
        const QString stop = report.stopText();
        statusBar()->showMessage(stop.isEmpty() ? report.summary() : stop, 15000);
        updateActions();
    });
    connect(m_timeline, &TimelineWidget::changed, this, [this](const QString &code) {
        refreshList();
        refreshStatus();
        selectDossier(code);
    });

    m_connectionLabel->setObjectName(QStringLiteral("connectionStatus"));
    m_queuedLabel->setObjectName(QStringLiteral("queuedStatus"));
    m_lastSyncLabel->setObjectName(QStringLiteral("lastSyncStatus"));
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_queuedLabel);
    statusBar()->addPermanentWidget(m_lastSyncLabel);
    m_statusTimer->setInterval(60 * 1000);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    m_statusTimer->start();
    watchOtherDesktops();

    connect(m_dossiers, &DossierActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_dossiers, &DossierActions::saved, this, [this](const QString &code) {
        refreshList();
        refreshStatus();
        selectDossier(code);
    });
    connect(m_dossiers, &DossierActions::queued, this, [this] {
        refreshList();
        refreshStatus();
        m_syncPanel->refresh();
    });
    connect(m_dossiers, &DossierActions::resolved, this, [this](const QString &code) {
        refreshList();
        refreshStatus();
        m_syncPanel->refresh();
        selectDossier(code);
    });

    setupActions();
    connect(m_dossiers, &DossierActions::formOpened, m_print, &PrintActions::attachTo);
    AppStyle::showShortcutsInToolTips(this);
    m_filters = new CaseListFilters(
        *m_ui, m_model, services, [this] { Q_EMIT listRefreshed(); }, this);
    m_detail->showDossier(std::nullopt, services.validationContext());
    retranslate();
    applyFilters();
    refreshStatus();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::watchOtherDesktops() {
    // Another desktop on the office's server, btxh on the same file or this app's background import changed
    // the database: the list shows it within seconds, read once however many changes come together (a
    // sync's batches).
    auto *changes = new ChangeWatch(*m_services.store, std::chrono::seconds(2), this);
    changes->setObjectName(QStringLiteral("changeWatch"));
    auto *settle = new QTimer(this);
    settle->setSingleShot(true);
    settle->setInterval(300);
    connect(changes, &ChangeWatch::changedElsewhere, settle, qOverload<>(&QTimer::start));
    connect(settle, &QTimer::timeout, this, [this] {
        refreshList();
        refreshStatus();
        m_syncPanel->refresh();
    });
}

QTableView *MainWindow::caseTable() const {
    return m_ui->caseTable;
}

void MainWindow::setupActions() {
    QStyle *s = style();
    m_ui->actionNewDossier->setIcon(s->standardIcon(QStyle::SP_FileIcon));
    m_ui->actionEditDossier->setIcon(s->standardIcon(QStyle::SP_DialogOpenButton));
    m_ui->actionQueueDossier->setIcon(s->standardIcon(QStyle::SP_ArrowUp));
    m_ui->actionAddStep->setIcon(s->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_ui->actionSyncNow->setIcon(s->standardIcon(QStyle::SP_BrowserReload));
    m_ui->actionShowSyncPanel->setIcon(s->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_ui->actionSettings->setIcon(s->standardIcon(QStyle::SP_FileDialogInfoView));

    // Return opens the dossier only from the list, never from the filter boxes.
    m_ui->actionEditDossier->setShortcutContext(Qt::WidgetShortcut);
    m_ui->caseTable->addAction(m_ui->actionEditDossier);
    m_ui->actionSettings->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Comma), QKeySequence::Preferences});

    connect(m_ui->actionNewDossier, &QAction::triggered, this, &MainWindow::newDossier);
    connect(m_ui->actionEditDossier, &QAction::triggered, this, [this] { editDossier(currentCode()); });
    connect(m_ui->actionQueueDossier, &QAction::triggered, this, [this] { queueDossier(currentCode()); });
    connect(m_ui->actionAddStep, &QAction::triggered, this, [this] {
        m_ui->detailTabs->setCurrentWidget(m_ui->timelineTab);
        m_timeline->addStep();
    });
    connect(m_ui->actionRecordResult, &QAction::triggered, this, [this] {
        m_ui->detailTabs->setCurrentWidget(m_ui->timelineTab);
        m_timeline->recordResult();
    });
    connect(m_ui->actionResolveConflict, &QAction::triggered, this,
            [this] { resolveConflict(currentCode()); });
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus();
        m_ui->searchEdit->selectAll();
    });
    connect(m_ui->actionSyncNow, &QAction::triggered, this, [this] {
        m_syncDock->show();
        m_syncPanel->syncNow();
    });
    connect(m_ui->actionShowSyncPanel, &QAction::toggled, m_syncDock, &QDockWidget::setVisible);
    connect(m_syncDock, &QDockWidget::visibilityChanged, this, [this] {
        const QSignalBlocker block(m_ui->actionShowSyncPanel);
        m_ui->actionShowSyncPanel->setChecked(m_syncDock->isVisible());
        if (m_syncDock->isVisible())
            m_syncPanel->refresh();
    });
    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] {
        refreshList();
        refreshStatus();
        m_syncPanel->refresh();
    });
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->actionSortByGivenName, &QAction::toggled, this, &MainWindow::sortByGivenName);
    m_ui->actionSortByGivenName->setChecked(
        QSettings().value(QStringLiteral("list/sortByGivenName")).toBool());
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    auto *backup = new BackupActions(this, m_services);
    connect(m_ui->actionBackUp, &QAction::triggered, backup, &BackupActions::backUp);
    connect(m_ui->actionRestoreBackup, &QAction::triggered, backup, &BackupActions::restoreFromBackup);
    connect(backup, &BackupActions::storeReplaced, this, [this] {
        // Everything shown was read from the database that has just been replaced.
        m_filters->fillChoices();
        m_syncPanel->setArea(m_services.settings().area());
        refreshList();
        refreshStatus();
        m_syncPanel->refresh();
        updateActions();
        onCurrentChanged();
    });
    auto *reports = new QAction(tr("&Reports and dashboard…"), this);
    reports->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_ui->menuView->addAction(reports);
    connect(reports, &QAction::triggered, this, &MainWindow::openReports);
    m_print =
        new PrintActions(this, m_services,
                         {[this] { return currentCode(); }, [this] { return currentListQuery(); },
                          [this](const QString &message) { statusBar()->showMessage(message, 10000); }});
    m_ui->menuBar->insertMenu(m_ui->menuView->menuAction(), m_print->menu());
    auto *importAction = new ImportAction(this, m_services);
    auto *exportAction = new ListExportAction(this, m_services);
    connect(m_ui->actionImport, &QAction::triggered, importAction, &ImportAction::importFile);
    connect(m_ui->actionSaveImportTemplate, &QAction::triggered, importAction, &ImportAction::saveTemplate);
    connect(importAction, &ImportAction::storeChanged, this, [this] {
        refreshList();
        refreshStatus();
    });
    connect(m_ui->actionExportList, &QAction::triggered, exportAction,
            [this, exportAction] { exportAction->exportList(currentListQuery()); });
    connect(exportAction, &ListExportAction::exported, this, [this](const QString &path, qint64 rows) {
        statusBar()->showMessage(
            tr("%n dossier(s) exported to %1", nullptr, int(rows)).arg(QDir::toNativeSeparators(path)),
            30000);
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    auto *languages = new QActionGroup(this);
    languages->addAction(m_ui->actionVietnamese);
    languages->addAction(m_ui->actionEnglish);
    m_ui->actionVietnamese->setChecked(currentLanguage() == Language::Vietnamese);
    m_ui->actionEnglish->setChecked(currentLanguage() == Language::English);
    connect(m_ui->actionVietnamese, &QAction::triggered, this, [this] { setLanguage(Language::Vietnamese); });
    connect(m_ui->actionEnglish, &QAction::triggered, this, [this] { setLanguage(Language::English); });
}

void MainWindow::sortByGivenName(bool on) {
    QSettings().setValue(QStringLiteral("list/sortByGivenName"), on);
    m_model->setSortByGivenName(on);
    if (on && m_model->sortColumn() != CaseListModel::NameColumn)
        m_ui->caseTable->horizontalHeader()->setSortIndicator(CaseListModel::NameColumn, Qt::AscendingOrder);
}

void MainWindow::setSearchDelay(int milliseconds) {
    m_filters->setSearchDelay(milliseconds);
}

void MainWindow::applyFilters() {
    m_filters->apply();
}

void MainWindow::refreshList() {
    m_model->refresh();
    if (!m_current.isEmpty())
        onCurrentChanged();
    Q_EMIT listRefreshed();
}

void MainWindow::updateCount() {
    const qint64 n = m_model->totalCount();
    if (m_model->isSearching()) {
        m_ui->countLabel->setText(tr("searching…"));
        return;
    }
    if (!m_model->isCountExact()) {
        m_ui->countLabel->setText(tr("more than %L1 dossiers, counting…").arg(n));
        return;
    }
    m_ui->countLabel->setText(tr("%Ln dossier(s)", "", int(std::min<qint64>(n, INT_MAX))));
}

void MainWindow::refreshStatus() {
    const SyncController::Connection c = m_sync->connection();
    m_connectionLabel->setText(m_sync->connectionText());
    m_connectionLabel->setStyleSheet(
        c == SyncController::Connection::Online    ? QStringLiteral("color: #1e6b30;")
        : c == SyncController::Connection::Offline ? QStringLiteral("color: #8a5a00;")
                                                   : QString());
    const qint64 queued = m_sync->queuedCount();
    m_queuedLabel->setText(tr("%n queued", "", int(std::max<qint64>(queued, 0))));
    m_lastSyncLabel->setText(
        tr("Last sync: %1")
            .arg(DisplayText::relative(m_services.settings().lastSuccessfulSync(), m_services.now())));
}

void MainWindow::updateTitle() {
    QString title = tr("BTXH Desktop");
    if (m_services.store)
        title += QStringLiteral(" — ") + (m_services.store->isServer()
                                              ? tr("office server %1").arg(m_services.store->path())
                                              : QFileInfo(m_services.store->path()).fileName());
    if (m_services.demo)
        title = tr("DEMO") + QStringLiteral(" — ") + title + QStringLiteral(" — ") +
                tr("demonstration data, not real");
    setWindowTitle(title);
}

QString MainWindow::currentCode() const {
    return m_current;
}

ListQuery MainWindow::currentListQuery() const {
    ListQuery query;
    query.filter = m_model->filter();
    query.sortColumn = CaseListModel::sortKey(m_model->sortColumn());
    query.descending = m_model->sortOrder() == Qt::DescendingOrder;
    return query;
}

void MainWindow::onCurrentChanged() {
    const QModelIndex index = m_ui->caseTable->currentIndex();
    if (index.isValid())
        m_current = m_model->codeAt(index.row());
    std::optional<StoredDossier> stored;
    if (!m_current.isEmpty()) {
        if (StoreResult<StoredDossier> read = m_services.store->dossier(m_current))
            stored = *std::move(read);
    }
    m_detail->showDossier(stored, m_services.validationContext());
    m_timeline->showDossier(stored ? m_current : QString());
    updateActions();
}

void MainWindow::updateActions() {
    const RolePolicy policy = m_services.policy();
    const bool has = !m_current.isEmpty();
    m_ui->actionNewDossier->setEnabled(policy.canCreateDossiers());
    m_ui->actionImport->setEnabled(policy.canCreateDossiers());
    m_ui->actionEditDossier->setEnabled(has);
    m_ui->actionQueueDossier->setEnabled(has);
    m_ui->actionAddStep->setEnabled(has && m_timeline->canAddStep());
    m_ui->actionRecordResult->setEnabled(has && m_timeline->canRecordResult());
    m_ui->actionResolveConflict->setEnabled(has);
    m_ui->actionSyncNow->setEnabled(!m_sync->isRunning());
    // An office's server is backed up by its administrator, with PostgreSQL's own tools.
    const bool onFile = m_services.store && !m_services.store->isServer();
    m_ui->actionBackUp->setEnabled(onFile);
    m_ui->actionRestoreBackup->setEnabled(onFile);
    if (m_print)
        m_print->updateActions(has);
}

void MainWindow::selectDossier(const QString &code) {
    m_current = code;
    int row = m_model->rowOfCode(code);
    if (row < 0) {
        // Not in the loaded pages: find it by searching for its code.
        m_ui->searchEdit->setText(code);
        applyFilters();
        row = m_model->rowOfCode(code);
    }
    if (row >= 0) {
        m_ui->caseTable->selectRow(row);
        m_ui->caseTable->scrollTo(m_model->index(row, 0));
    }
    onCurrentChanged();
}

DossierForm *MainWindow::newDossier() {
    return m_dossiers->newDossier();
}

DossierForm *MainWindow::editDossier(const QString &code) {
    return m_dossiers->editDossier(code);
}

bool MainWindow::queueDossier(const QString &code) {
    return m_dossiers->queueDossier(code);
}

ConflictDialog *MainWindow::resolveConflict(const QString &code) {
    return m_dossiers->resolveConflict(code);
}

void MainWindow::openReports() {
    if (!m_reports) {
        m_reports = new DashboardDialog(m_services, this);
        connect(m_reports, &DashboardDialog::showDossiers, this, &MainWindow::showReportDossiers);
    }
    m_reports->show();
    m_reports->raise();
    m_reports->activateWindow();
}

void MainWindow::showReportDossiers(const ListFilter &filter, const QString &description) {
    // Until a filter of the bar is changed, the list shows exactly the dossiers the report counted.
    m_model->setFilter(filter);
    statusBar()->showMessage(
        tr("The list shows a report's dossiers: %1. Change a filter to leave it.").arg(description));
    activateWindow();
}

void MainWindow::openSettings() {
    auto *dialog = new SettingsDialog(m_services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::languageChosen, this, &MainWindow::setLanguage);
    connect(dialog, &SettingsDialog::settingsSaved, this, [this] {
        m_filters->fillChoices();
        m_syncPanel->setArea(m_services.settings().area());
        refreshStatus();
        updateActions();
        onCurrentChanged();
    });
    dialog->open();
}

void MainWindow::showAbout() {
    auto *dialog = new AboutDialog(m_services.store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::setLanguage(Language language) {
    Translations::install(language); // every window gets a LanguageChange event
    QSettings().setValue(QStringLiteral("language"),
                         language == Language::English ? QStringLiteral("en") : QStringLiteral("vi"));
    m_ui->actionVietnamese->setChecked(language == Language::Vietnamese);
    m_ui->actionEnglish->setChecked(language == Language::English);
    qCInfo(lcApp) << "language switched to" << (language == Language::English ? "English" : "Vietnamese");
}

void MainWindow::retranslate() {
    if (m_filters)
        m_filters->fillChoices();
    updateTitle();
    updateCount();
    refreshStatus();
    m_syncDock->setWindowTitle(tr("Sync"));
    if (m_print)
        m_print->retranslate();
    m_ui->actionShowSyncPanel->setText(tr("Sync panel"));
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, CaseListModel::ColumnCount - 1);
    if (m_model->rowCount() > 0)
        Q_EMIT m_model->dataChanged(m_model->index(0, 0),
                                    m_model->index(m_model->rowCount() - 1, CaseListModel::ColumnCount - 1));
    onCurrentChanged();
}

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        AppStyle::showShortcutsInToolTips(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    // Each open form asks about its own unsaved changes; one "keep editing" keeps the app open.
    if (!m_dossiers->closeForms()) {
        event->ignore();
        return;
    }
    if (m_sync->isRunning())
        m_sync->cancel(); // what was done is kept, the rest stays queued
    event->accept();
}

} // namespace btxh::app
