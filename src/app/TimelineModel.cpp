// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineModel.h"

#include "DisplayText.h"
#include "WireDate.h"

#include <QBrush>
#include <algorithm>

namespace btxh::app {

namespace {

QDateTime timeOf(const ProcessingStep &step, ProgressField field) {
    const WireDate::Parsed p = WireDate::parse(step.value(field));
    return p.isValid() ? p.dateTime() : QDateTime();
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int TimelineModel::fieldOf(int column) {
    switch (column) {
    case HandledAtColumn:
        return int(ProgressField::ThoiDiemXuLy);
    case StatusColumn:
        return int(ProgressField::StatusId);
    case HandlerColumn:
        return int(ProgressField::NguoiXuLy);
    case PositionColumn:
        return int(ProgressField::ChucDanh);
    case UnitColumn:
        return int(ProgressField::DonViXuLy);
    case ContentColumn:
        return int(ProgressField::NoiDungXuLy);
    case StartColumn:
        return int(ProgressField::NgayBatDau);
    case DeadlineColumn:
        return int(ProgressField::NgayKetThucTheoQuyDinh);
    default:
        break;
    }
    return -1;
}

void TimelineModel::setSteps(const QList<StoredStep> &steps, const QString &dossierStatus,
                             const QDateTime &now) {
    beginResetModel();
    m_steps = steps;
    std::stable_sort(m_steps.begin(), m_steps.end(), [](const StoredStep &a, const StoredStep &b) {
        const QDateTime ta = timeOf(a.step, ProgressField::ThoiDiemXuLy);
        const QDateTime tb = timeOf(b.step, ProgressField::ThoiDiemXuLy);
        if (ta.isValid() != tb.isValid())
            return ta.isValid(); // undated steps last
        return ta < tb;
    });
    m_states.clear();
    const bool finished = DeadlineMarks::isFinished(dossierStatus);
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        const QDateTime deadline = timeOf(m_steps.at(i).step, ProgressField::NgayKetThucTheoQuyDinh);
        const QDateTime doneAt = i + 1 < m_steps.size()
                                     ? timeOf(m_steps.at(i + 1).step, ProgressField::ThoiDiemXuLy)
                                     : QDateTime();
        m_states << DeadlineMarks::ofStep(deadline, doneAt, finished, now);
    }
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_steps.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_steps.size())
        return {};
    const StoredStep &s = m_steps.at(index.row());
    const DeadlineState state = m_states.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const int field = fieldOf(index.column());
        if (field >= 0) {
            const QString v = s.step.fields.value(field);
            if (index.column() == StatusColumn)
                return DisplayText::status(v);
            if (index.column() == HandledAtColumn || index.column() == StartColumn ||
                index.column() == DeadlineColumn)
                return DisplayText::dateTime(v);
            return v;
        }
        if (index.column() == MarkColumn)
            return DeadlineMarks::label(state);
        if (index.column() == SyncColumn)
            return s.local ? DisplayText::syncState(s.syncState) : tr("Received");
        return {};
    }
    case Qt::ToolTipRole:
        if (index.column() == ContentColumn)
            return s.step.value(ProgressField::NoiDungXuLy);
        return {};
    case Qt::BackgroundRole: {
        const QColor c = DeadlineMarks::background(state);
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    case Qt::ForegroundRole: {
        if (index.column() != MarkColumn && index.column() != DeadlineColumn)
            return {};
        const QColor c = DeadlineMarks::foreground(state);
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    case DeadlineStateRole:
        return int(state);
    default:
        break;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const int field = fieldOf(section);
    if (field >= 0)
        return FieldTable::progress().at(field).label();
    if (section == MarkColumn)
        return tr("Deadline");
    if (section == SyncColumn)
        return tr("Sync");
    return {};
}

} // namespace btxh::app
