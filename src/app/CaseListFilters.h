// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppServices.h"

#include <QCoreApplication>
#include <QObject>
#include <functional>

class QTimer;

namespace Ui {
class MainWindow;
}

namespace btxh::app {

class CaseListModel;

// The main window's filter bar over the case list: the search as you type (after a pause, in the background,
// so typing never waits for the database; Return searches at once and goes to the first row), the status,
// procedure, area and sync-state choices, the received-date range and the overdue switch. What they say
// becomes the list model's filter.
class CaseListFilters : public QObject {
    Q_DECLARE_TR_FUNCTIONS(btxh::app::MainWindow)
public:
    // The widgets are the window's (`ui`), which outlives this. `applied` is told after each new filter.
    CaseListFilters(const Ui::MainWindow &ui, CaseListModel *model, const AppServices &services,
                    std::function<void()> applied, QObject *parent);

    // The choices again, from the catalogues and the office's settings, in the current language; what was
    // chosen stays chosen when it is still offered.
    void fillChoices();
    // Delay between the last keystroke and the search (the benchmark sets 0).
    void setSearchDelay(int milliseconds);
    // The filter the bar shows, now.
    void apply() { apply(false); }

private:
    void apply(bool inBackground);

    const Ui::MainWindow &m_ui;
    CaseListModel *m_model;
    AppServices m_services;
    std::function<void()> m_applied;
    QTimer *m_searchTimer;
};

} // namespace btxh::app
