// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace btxh::app {

// Keeps the rows whose text contains what was typed, ignoring tone marks, đ/d and case: "ha noi" finds
// "Thành phố Hà Nội", and so does "Hà Nội". Used under the type-to-filter completers of the pickers.
class FoldingFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FoldingFilterModel(QObject *parent = nullptr);

    void setNeedle(const QString &typed);
    const QString &needle() const { return m_needle; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_needle; // folded
};

} // namespace btxh::app
