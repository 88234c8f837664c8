// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppServices.h"
#include "ReportQuery.h"

#include <QDialog>
#include <memory>
#include <optional>

class QBarSet;
class QChart;
class QStandardItemModel;
class QThread;

namespace Ui {
class DashboardDialog;
}

namespace btxh::app {

class ReportWorker;

// Reports and a dashboard: for a period and an area, the dossiers received, finished (on time, late) and in
// progress (within the deadline, overdue) by procedure, commune, month or status, as a chart and a table,
// with the overdue dossiers. Counted by the store in a worker thread (ReportWorker), with progress and
// Cancel. Activating a count or clicking a bar asks the main window to show those dossiers (showDossiers).
class DashboardDialog : public QDialog {
    Q_OBJECT
public:
    explicit DashboardDialog(const AppServices &services, QWidget *parent = nullptr);
    ~DashboardDialog() override;

    void setPeriod(const QDate &from, const QDate &to);
    void setGrouping(ReportGrouping by);
    // Picks the area to count: an AreaFilterChoices value (a unit tied to its GSO list), or "" for the whole
    // database. False when the dialog does not offer it.
    bool setArea(const QString &choice);
    void count(); // with the dialog's choices
    void cancel();
    bool isCounting() const { return m_counting; }
    const std::optional<ReportResult> &result() const { return m_result; }
    QStandardItemModel *countsModel() const { return m_counts; }
    // What activating the counts table's cell (row, column) shows, as showDossiers() would get it.
    void activateCell(int row, int column);

Q_SIGNALS:
    void showDossiers(const btxh::ListFilter &filter, const QString &description);
    void counted(); // a result or a failure is shown

private:
    void fillChoices();
    ReportQuery currentQuery() const;
    void showResult(const ReportResult &result);
    void showFailure(const QString &message, bool cancelled);
    void setCounting(bool counting);
    void fillChart(const ReportResult &result);
    void barClicked(int set, int index);

    AppServices m_services;
    std::unique_ptr<Ui::DashboardDialog> m_ui;
    QThread *m_thread = nullptr;
    ReportWorker *m_worker = nullptr;
    QStandardItemModel *m_counts = nullptr;
    QStandardItemModel *m_overdue = nullptr;
    QChart *m_chart = nullptr;
    QList<QBarSet *> m_sets;
    std::optional<ReportResult> m_result;
    bool m_counting = false;
};

} // namespace btxh::app
