// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetPreviewModel.h"

#include "Fields.h"

#include <QBrush>
#include <QColor>

namespace btxh::app {

SheetPreviewModel::SheetPreviewModel(const SheetImport &sheet, QObject *parent)
    : QAbstractTableModel(parent)
    , m_sheet(sheet) {
    setProblemsOnly(false);
}

void SheetPreviewModel::setProblemsOnly(bool only) {
    beginResetModel();
    m_lines.clear();
    const QList<SheetImport::Row> &rows = m_sheet.rows();
    for (int r = 0; r < int(rows.size()); ++r) {
        const Problems &problems = rows.at(r).problems;
        if (problems.isEmpty() && !only)
            m_lines << Line{r, -1};
        for (int p = 0; p < int(problems.size()); ++p)
            m_lines << Line{r, p};
    }
    endResetModel();
}

QString SheetPreviewModel::stateText(SheetImport::RowState state) {
    switch (state) {
    case SheetImport::RowState::Ready:
        return tr("ready");
    case SheetImport::RowState::HasErrors:
        return tr("has errors: draft only if kept");
    case SheetImport::RowState::Rejected:
        return tr("cannot be imported");
    }
    return {};
}

int SheetPreviewModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_lines.size());
}

int SheetPreviewModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SheetPreviewModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &line = m_lines.at(index.row());
    const SheetImport::Row &row = m_sheet.rows().at(line.row);
    const Problem *problem = line.problem >= 0 ? &row.problems.at(line.problem) : nullptr;
    if (role == Qt::ForegroundRole && index.column() == ProblemColumn && problem)
        return QBrush(problem->isError() ? QColor(0xa0, 0x1c, 0x1c) : QColor(0x8a, 0x5a, 0x00));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case RowColumn:
        return row.line;
    case CodeColumn:
        return row.dossier.code();
    case NameColumn:
        return row.dossier.value(DossierField::HoVaTen);
    case StateColumn:
        return stateText(row.state);
    case CellColumn:
        return problem ? m_sheet.columnOf(*problem) : QString();
    case ProblemColumn:
        if (!problem)
            return QString();
        return QString((problem->isError() ? tr("Error: ") : tr("Warning: ")) +
                       m_sheet.problemText(*problem));
    }
    return {};
}

QVariant SheetPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case CodeColumn:
        return tr("MaHoSo");
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("Import");
    case CellColumn:
        return tr("Column");
    case ProblemColumn:
        return tr("Problem");
    }
    return {};
}

} // namespace btxh::app
