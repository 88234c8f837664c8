// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GsoDirectory.h"
#include "ListQuery.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <functional>
#include <optional>

class QThread;

namespace btxh {
class Store;
}

namespace btxh::app {

class CaseQueryWorker;

// The case list over the store, lazily: only the number of matching dossiers is asked up front; rows come in
// pages of 256 when the view paints them, and at most a bounded number of pages stays in memory. A province's
// million dossiers scroll without loading a million rows (shared/MEASURED.md: QSqlQueryModel keeps every row
// it fetched, 1.1 GB at the bottom of a million).
//
// A page is read with the cheapest query available: after the previous page's last row (keyset), before the
// next page's first row (keyset, reversed), or by offset from whichever end of the list is nearer, so that
// jumping to the bottom is as quick as the top.
class CaseListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        NameColumn,
        ProcedureColumn,
        CommuneColumn,
        ReceivedColumn,
        DeadlineColumn,
        StatusColumn,
        SyncColumn,
        ColumnCount
    };
    enum Role { CodeRole = Qt::UserRole + 1, SyncStateRole, DeadlineStateRole };
    static constexpr int PageSize = 256;

    // The store is not owned and must outlive the model.
    CaseListModel(Store *store, std::function<QDateTime()> clock, QObject *parent = nullptr);
    ~CaseListModel() override;

    // Counts large results in a worker thread on a connection of its own (the app does; tests may not): the
    // first page shows at once, the full count follows (countChanged(), isCountExact()).
    void setCountInBackground(bool on);
    bool isCountExact() const { return m_exact; }
    // Changes the filter without waiting: the rows shown stay until the new first page has been read in the
    // worker (searching() meanwhile). Falls back to setFilter() when counting in the background is off.
    void setFilterInBackground(const ListFilter &filter);
    bool isSearching() const { return m_searching; }
    // Stops the worker thread, closing its connection to the database (before the file is replaced by a
    // restore); the next background query opens a new one.
    void releaseConnection();

    const ListFilter &filter() const { return m_filter; }
    void setFilter(const ListFilter &filter);
    // Counts again and drops the loaded pages (after a save or a sync).
    void refresh();

    qint64 totalCount() const { return m_count; }
    QString codeAt(int row) const;
    // The row of a dossier among the pages in memory, or -1.
    int rowOfCode(const QString &code) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }
    static QString sortKey(int column); // the store's name of the column to sort by
    // The name column sorts by the full name (họ, tên đệm, tên) or, as Vietnamese lists of people usually
    // are, by the given name first (tên, then họ and tên đệm).
    void setSortByGivenName(bool on);
    bool sortsByGivenName() const { return m_byGivenName; }

    // For tests and the benchmark.
    int loadedPages() const { return int(m_pages.size()); }
    int pageLoads() const { return m_loads; }
    void setMaxPages(int pages) { m_maxPages = qMax(2, pages); }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void countChanged(qint64 count);
    void searchingChanged(bool searching);
    void loadFailed(const QString &message);

private:
    struct Page {
        QList<ListRow> rows;
        std::optional<ListCursor> forwardNext;  // continues after the page's last row
        std::optional<ListCursor> backwardNext; // continues before the page's first row (reversed order)
        quint64 used = 0;
    };

    ListQuery baseQuery() const;
    const ListRow *rowAt(int row) const;
    bool loadPage(int page) const;
    void evict(int keep) const;
    void reportError(const QString &message) const;
    bool startWorker();
    void onPageRead(quint64 generation, const ListPage &page, const QString &error);
    void onCounted(quint64 generation, qint64 count, const QString &error);
    QString text(const ListRow &row, int column) const;

    Store *m_store;
    std::function<QDateTime()> m_clock;
    ListFilter m_filter;
    int m_sortColumn = ReceivedColumn;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    bool m_byGivenName = false;
    qint64 m_count = 0;
    bool m_exact = true;
    bool m_background = false;
    quint64 m_generation = 0;
    bool m_searching = false;
    QThread *m_workerThread = nullptr;
    CaseQueryWorker *m_worker = nullptr;
    int m_maxPages = 64;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_tick = 0;
    mutable int m_loads = 0;
    mutable QString m_error;
    mutable QDateTime m_now; // one "now" per refresh, so deadline marks do not flicker while scrolling
};

} // namespace btxh::app
