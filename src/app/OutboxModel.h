// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoredDossier.h"

#include <QAbstractTableModel>

namespace btxh::app {

// The outbox as the sync panel lists it: what is waiting to go, what the gateway refused and why (its own
// words), what went through lately.
class OutboxModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        KindColumn,
        StateColumn,
        AttemptsColumn,
        NextAttemptColumn,
        MessageColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int StateRole = Qt::UserRole + 2;

    explicit OutboxModel(QObject *parent = nullptr);

    void setEntries(const QList<OutboxEntry> &entries);
    const QList<OutboxEntry> &entries() const { return m_entries; }
    std::optional<OutboxEntry> entry(int row) const;

    static QString kindLabel(OutboxEntry::Kind kind);
    static QString stateLabel(OutboxEntry::State state);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OutboxEntry> m_entries;
};

} // namespace btxh::app
