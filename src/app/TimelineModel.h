// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeadlineMarks.h"
#include "StoredDossier.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace btxh::app {

// A dossier's processing steps in time order, each marked when it ran (or is running) past its legal deadline
// or is due within two days. Field columns take their headers from the progress field table.
class TimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        HandledAtColumn,
        StatusColumn,
        HandlerColumn,
        PositionColumn,
        UnitColumn,
        ContentColumn,
        StartColumn,
        DeadlineColumn,
        MarkColumn,
        SyncColumn,
        ColumnCount
    };
    static constexpr int DeadlineStateRole = Qt::UserRole + 1;

    explicit TimelineModel(QObject *parent = nullptr);

    void setSteps(const QList<StoredStep> &steps, const QString &dossierStatus, const QDateTime &now);
    const QList<StoredStep> &steps() const { return m_steps; }
    DeadlineState stateOf(int row) const { return m_states.value(row, DeadlineState::None); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static int fieldOf(int column); // the ProgressField a column shows, or -1

    QList<StoredStep> m_steps;
    QList<DeadlineState> m_states;
};

} // namespace btxh::app
