// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppServices.h"

#include <QWidget>
#include <memory>

namespace Ui {
class TimelineWidget;
}

namespace btxh::app {

class TimelineModel;
class TimelineView;

// The selected dossier's processing timeline, drawn (TimelineView) or as a table (TimelineModel), with "Add
// step…" and "Record final result…" when the officer's role allows them.
class TimelineWidget : public QWidget {
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget *parent = nullptr);
    ~TimelineWidget() override;

    void setServices(const AppServices &services);
    // Shows a dossier's steps (empty code: nothing).
    void showDossier(const QString &code);
    void reload() { showDossier(m_code); }
    TimelineModel *model() const { return m_model; }
    TimelineView *cards() const { return m_cards; } // the drawn timeline; the table is the second view
    const QString &code() const { return m_code; }

    // What the officer's role allows for the dossier shown.
    bool canAddStep() const;
    bool canRecordResult() const;
    void addStep();
    void recordResult();

Q_SIGNALS:
    // A step or the final result was stored for the dossier.
    void changed(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateSummary();

    std::unique_ptr<Ui::TimelineWidget> m_ui;
    TimelineModel *m_model;
    TimelineView *m_cards = nullptr;
    AppServices m_services;
    QString m_code;
    QString m_status;
    bool m_enteredHere = false;
};

} // namespace btxh::app
