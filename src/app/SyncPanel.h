// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppServices.h"
#include "SyncArea.h"
#include "SyncProgress.h"
#include "SyncReport.h"

#include <QWidget>
#include <memory>

namespace Ui {
class SyncPanel;
}

namespace btxh::app {

class FieldEditor;
class OutboxModel;
class PlacePicker;
class SyncController;

// Sync now, for an area and (optionally) a time window, with the run's progress and a Cancel button; the
// outbox with each item's state and the gateway's own message, to retry or discard; the dossiers in conflict,
// to compare and settle.
class SyncPanel : public QWidget {
    Q_OBJECT
public:
    explicit SyncPanel(QWidget *parent = nullptr);
    ~SyncPanel() override;

    void setup(const AppServices &services, SyncController *controller);
    SyncArea area() const;
    void setArea(const SyncArea &area);
    OutboxModel *outbox() const { return m_outbox; }

    void syncNow();
    void refresh();
    void retrySelected();
    void discardSelected();
    void dismissSelected();

Q_SIGNALS:
    void resolveRequested(const QString &code);
    // The store changed (a run ended, an item was retried or discarded): the list should show it.
    void storeChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onStarted();
    void onProgress(const SyncProgress &progress);
    void onFinished(const SyncReport &report);
    void updateButtons();
    void refreshQuarantine();
    void buildArea();

    std::unique_ptr<Ui::SyncPanel> m_ui;
    AppServices m_services;
    SyncController *m_controller = nullptr;
    OutboxModel *m_outbox;
    FieldEditor *m_province = nullptr;
    FieldEditor *m_district = nullptr;
    FieldEditor *m_commune = nullptr;
    PlacePicker *m_picker = nullptr;
    QString m_resultText;
};

} // namespace btxh::app
