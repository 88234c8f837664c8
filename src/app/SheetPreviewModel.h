// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SheetImport.h"

#include <QAbstractTableModel>

namespace btxh::app {

// The import preview's lines: one per problem of each row (row, MaHoSo, name, what happens to it, column,
// problem), and one for a row without problems; optionally only the rows with problems.
class SheetPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RowColumn, CodeColumn, NameColumn, StateColumn, CellColumn, ProblemColumn, ColumnCount };

    explicit SheetPreviewModel(const SheetImport &sheet, QObject *parent = nullptr);

    void setProblemsOnly(bool only);
    static QString stateText(SheetImport::RowState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Line {
        int row;
        int problem; // -1: the row has none
    };
    const SheetImport &m_sheet;
    QList<Line> m_lines;
};

} // namespace btxh::app
