// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxModel.h"

#include <QBrush>

namespace btxh::app {

OutboxModel::OutboxModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void OutboxModel::setEntries(const QList<OutboxEntry> &entries) {
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

std::optional<OutboxEntry> OutboxModel::entry(int row) const {
    if (row < 0 || row >= m_entries.size())
        return std::nullopt;
    return m_entries.at(row);
}

QString OutboxModel::kindLabel(OutboxEntry::Kind kind) {
    switch (kind) {
    case OutboxEntry::Kind::NewDossier:
        return tr("Dossier");
    case OutboxEntry::Kind::Progress:
        return tr("Processing step");
    case OutboxEntry::Kind::FinalResult:
        return tr("Final result");
    }
    return {};
}

QString OutboxModel::stateLabel(OutboxEntry::State state) {
    switch (state) {
    case OutboxEntry::State::Pending:
        return tr("Waiting");
    case OutboxEntry::State::Sent:
        return tr("Sent, no answer yet");
    case OutboxEntry::State::Done:
        return tr("Accepted");
    case OutboxEntry::State::Failed:
        return tr("Refused");
    }
    return {};
}

int OutboxModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const OutboxEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return e.dossierCode;
        case KindColumn:
            return kindLabel(e.kind);
        case StateColumn:
            return stateLabel(e.state);
        case AttemptsColumn:
            return e.attempts;
        case NextAttemptColumn:
            return e.state == OutboxEntry::State::Pending && e.nextAttemptAt.isValid()
                       ? e.nextAttemptAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                       : QString();
        case MessageColumn:
            return e.lastMessage;
        default:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? e.lastMessage : QString();
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && e.state == OutboxEntry::State::Failed)
            return QBrush(QColor(0xa4, 0x1c, 0x1c));
        if (index.column() == StateColumn && e.state == OutboxEntry::State::Done)
            return QBrush(QColor(0x1e, 0x6b, 0x30));
        return {};
    case IdRole:
        return e.id;
    case StateRole:
        return int(e.state);
    default:
        break;
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Dossier code");
    case KindColumn:
        return tr("What");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case NextAttemptColumn:
        return tr("Next attempt");
    case MessageColumn:
        return tr("Gateway's message");
    default:
        break;
    }
    return {};
}

} // namespace btxh::app
