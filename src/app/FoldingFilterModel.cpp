// SPDX-License-Identifier: GPL-3.0-or-later
#include "FoldingFilterModel.h"

#include "SearchText.h"

namespace btxh::app {

FoldingFilterModel::FoldingFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {}

void FoldingFilterModel::setNeedle(const QString &typed) {
    const QString folded = SearchText::fold(typed).simplified();
    if (folded == m_needle)
        return;
    m_needle = folded;
    invalidateFilter();
}

bool FoldingFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (m_needle.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, filterKeyColumn(), sourceParent);
    const QString folded = SearchText::fold(index.data(filterRole()).toString());
    return folded.contains(m_needle);
}

} // namespace btxh::app
