// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseListModel.h"

#include "AppLog.h"
#include "CaseQueryWorker.h"
#include "Catalogues.h"
#include "DeadlineMarks.h"
#include "DisplayText.h"
#include "ListQuery.h"
#include "PlaceCalendar.h"
#include "Store.h"

#include <QBrush>
#include <QFont>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <climits>

namespace btxh::app {

CaseListModel::CaseListModel(Store *store, std::function<QDateTime()> clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock(std::move(clock)) {}

CaseListModel::~CaseListModel() {
    if (m_workerThread) {
        m_workerThread->quit();
        m_workerThread->wait();
    }
}

void CaseListModel::setCountInBackground(bool on) {
    m_background = on;
}

bool CaseListModel::startWorker() {
    if (m_worker)
        return true;
    const QString path = m_store->path();
    if (!m_background || path.isEmpty() || path == u":memory:")
        return false;
    m_workerThread = new QThread(this);
    m_workerThread->setObjectName(QStringLiteral("case list queries"));
    m_worker = new CaseQueryWorker(path, m_store->options());
    m_worker->moveToThread(m_workerThread);
    connect(m_workerThread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CaseQueryWorker::pageRead, this, &CaseListModel::onPageRead, Qt::QueuedConnection);
    connect(m_worker, &CaseQueryWorker::counted, this, &CaseListModel::onCounted, Qt::QueuedConnection);
    m_workerThread->start();
    return true;
}

void CaseListModel::releaseConnection() {
    if (!m_workerThread)
        return;
    ++m_generation; // answers still on their way are of no use any more
    m_workerThread->quit();
    m_workerThread->wait(); // the worker, and its Store, are deleted as the thread finishes
    delete m_workerThread;
    m_workerThread = nullptr;
    m_worker = nullptr;
    if (m_searching) {
        m_searching = false;
        Q_EMIT searchingChanged(false);
    }
}

void CaseListModel::setFilterInBackground(const ListFilter &filter) {
    if (!startWorker()) {
        setFilter(filter);
        return;
    }
    m_filter = filter;
    ++m_generation; // whatever was asked before is of no use any more
    m_worker->request(m_generation, baseQuery(), true);
    if (!m_searching) {
        m_searching = true;
        Q_EMIT searchingChanged(true);
    }
}

void CaseListModel::onPageRead(quint64 generation, const ListPage &page, const QString &error) {
    if (generation != m_generation)
        return;
    beginResetModel();
    m_pages.clear();
    m_error = error;
    m_now = m_clock ? m_clock() : QDateTime::currentDateTime();
    m_count = error.isEmpty() ? page.rows.size() : 0;
    m_exact = !page.next.has_value();
    if (error.isEmpty())
        m_pages.insert(0, Page{page.rows, page.next, std::nullopt, ++m_tick});
    endResetModel();
    m_searching = false;
    Q_EMIT searchingChanged(false);
    if (!error.isEmpty())
        reportError(error);
    Q_EMIT countChanged(m_count);
}

void CaseListModel::onCounted(quint64 generation, qint64 count, const QString &error) {
    if (generation != m_generation)
        return; // a later filter already replaced this one
    if (count < 0) {
        reportError(error);
        return;
    }
    m_exact = true;
    if (count > m_count) {
        beginInsertRows(QModelIndex(), int(std::min<qint64>(m_count, INT_MAX)),
                        int(std::min<qint64>(count, INT_MAX)) - 1);
        m_count = count;
        endInsertRows();
    } else if (count < m_count) {
        // Fewer than already shown: the data changed meanwhile; read it again.
        refresh();
        return;
    }
    Q_EMIT countChanged(m_count);
}

void CaseListModel::setFilter(const ListFilter &filter) {
    m_filter = filter;
    refresh();
}

QString CaseListModel::sortKey(int column) {
    switch (column) {
    case CodeColumn:
        return QStringLiteral("code");
    case NameColumn:
        return QStringLiteral("HoVaTen");
    case ProcedureColumn:
        return QStringLiteral("MaTTHC");
    case CommuneColumn:
        return QStringLiteral("MaXa");
    case ReceivedColumn:
        return QStringLiteral("NgayTiepNhan");
    case DeadlineColumn:
        return QStringLiteral("deadline");
    case StatusColumn:
        return QStringLiteral("StatusId");
    case SyncColumn:
        return QStringLiteral("sync_state");
    default:
        break;
    }
    return QStringLiteral("NgayTiepNhan");
}

ListQuery CaseListModel::baseQuery() const {
    ListQuery q;
    q.filter = m_filter;
    q.sortColumn = m_sortColumn == NameColumn && m_byGivenName ? ListQuerySql::givenNameSortColumn()
                                                               : sortKey(m_sortColumn);
    q.descending = m_order == Qt::DescendingOrder;
    q.limit = PageSize;
    return q;
}

void CaseListModel::refresh() {
    beginResetModel();
    m_pages.clear();
    m_error.clear();
    m_now = m_clock ? m_clock() : QDateTime::currentDateTime();
    // The first page answers most searches on its own: when it holds every match there is nothing to count.
    m_count = 0;
    m_exact = true;
    ++m_generation; // a count still running for an older filter is of no use any more
    if (m_searching) {
        m_searching = false;
        Q_EMIT searchingChanged(false);
    }
    const StoreResult<ListPage> first = m_store->list(baseQuery());
    ++m_loads;
    if (!first) {
        m_error = first.error().message;
    } else if (!first->next) {
        m_count = first->rows.size();
        m_pages.insert(0, Page{first->rows, std::nullopt, std::nullopt, ++m_tick});
    } else if (startWorker()) {
        m_count = first->rows.size();
        m_exact = false;
        m_pages.insert(0, Page{first->rows, first->next, std::nullopt, ++m_tick});
        m_worker->request(m_generation, baseQuery(), false);
    } else {
        const StoreResult<qint64> n = m_store->count(m_filter);
        if (n) {
            m_count = *n;
            m_pages.insert(0, Page{first->rows, first->next, std::nullopt, ++m_tick});
        } else {
            m_error = n.error().message;
        }
    }
    endResetModel();
    if (!m_error.isEmpty())
        reportError(m_error);
    Q_EMIT countChanged(m_count);
}

void CaseListModel::reportError(const QString &message) const {
    qCWarning(lcApp) << "case list: cannot read the store";
    auto *self = const_cast<CaseListModel *>(this);
    // Never emit from inside data(): views do not expect it.
    QTimer::singleShot(0, self, [self, message] { Q_EMIT self->loadFailed(message); });
}

bool CaseListModel::loadPage(int page) const {
    const qint64 start = qint64(page) * PageSize;
    const qint64 size = std::min<qint64>(PageSize, m_count - start);
    if (size <= 0)
        return false;
    ListQuery q = baseQuery();
    q.limit = int(size);
    bool reversed = false;
    const auto previous = m_pages.constFind(page - 1);
    const auto following = m_pages.constFind(page + 1);
    if (previous != m_pages.cend() && previous->forwardNext) {
        q.after = previous->forwardNext;
    } else if (following != m_pages.cend() && following->backwardNext) {
        q.descending = !q.descending;
        q.after = following->backwardNext;
        reversed = true;
    } else if (start <= m_count - (start + size)) {
        q.offset = start;
    } else {
        // Nearer the end: read the list backwards, so the last page costs what the first does.
        q.descending = !q.descending;
        q.offset = m_count - (start + size);
        reversed = true;
    }
    const StoreResult<ListPage> result = m_store->list(q);
    ++m_loads;
    if (!result) {
        m_error = result.error().message;
        reportError(m_error);
        return false;
    }
    Page p;
    p.rows = result->rows;
    p.used = ++m_tick;
    if (reversed) {
        std::reverse(p.rows.begin(), p.rows.end());
        p.backwardNext = result->next;
    } else {
        p.forwardNext = result->next;
    }
    m_pages.insert(page, p);
    evict(page);
    return true;
}

void CaseListModel::evict(int keep) const {
    while (m_pages.size() > m_maxPages) {
        auto oldest = m_pages.end();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
            if (it.key() != keep && (oldest == m_pages.end() || it->used < oldest->used))
                oldest = it;
        if (oldest == m_pages.end())
            return;
        m_pages.erase(oldest);
    }
}

const ListRow *CaseListModel::rowAt(int row) const {
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (!loadPage(page))
            return nullptr;
        it = m_pages.find(page);
    }
    it->used = ++m_tick;
    const int inPage = row % PageSize;
    return inPage < it->rows.size() ? &it->rows.at(inPage) : nullptr;
}

QString CaseListModel::codeAt(int row) const {
    const ListRow *r = rowAt(row);
    return r ? r->code : QString();
}

int CaseListModel::rowOfCode(const QString &code) const {
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        for (qsizetype i = 0; i < it->rows.size(); ++i)
            if (it->rows.at(i).code == code)
                return it.key() * PageSize + int(i);
    return -1;
}

int CaseListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(std::min<qint64>(m_count, INT_MAX));
}

int CaseListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseListModel::text(const ListRow &row, int column) const {
    switch (column) {
    case CodeColumn:
        return row.code;
    case NameColumn:
        return row.fields.value(int(DossierField::HoVaTen));
    case ProcedureColumn: {
        const QString code = row.fields.value(int(DossierField::MaTTHC));
        const QString name = Catalogues::instance().name(u"procedure", code);
        return name.isEmpty() ? row.fields.value(int(DossierField::TenTTHC)) : name;
    }
    case CommuneColumn:
        // The code beside its name on the received date: 03127 names two places across the reform.
        return PlaceCalendar::codeAndName(PlaceLevel::Commune, row.fields.value(int(DossierField::MaXa)),
                                          PlaceCalendar::dossierList(row.fields, QDate()));
    case ReceivedColumn:
        return DisplayText::dateTime(row.fields.value(int(DossierField::NgayTiepNhan)));
    case DeadlineColumn:
        return row.due.due.isValid() ? row.due.due.toString(QStringLiteral("dd/MM/yyyy")) : QString();
    case StatusColumn:
        return DisplayText::status(row.fields.value(int(DossierField::StatusId)));
    case SyncColumn:
        return DisplayText::syncState(row.syncState);
    default:
        break;
    }
    return {};
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const ListRow *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ProcedureColumn)
            return QString(row->fields.value(int(DossierField::MaTTHC)) + QStringLiteral(" — ") +
                           text(*row, index.column()));
        if (index.column() == DeadlineColumn && row->due.due.isValid())
            return DossierDeadline::sourceLabel(row->due.source);
        if (index.column() == SyncColumn && row->syncState == SyncState::Conflict)
            return tr("The server changed this dossier while your edits were waiting: open it to choose.");
        return {};
    case Qt::ForegroundRole:
    case Qt::BackgroundRole: {
        if (index.column() != DeadlineColumn)
            return {};
        const DeadlineState s = DeadlineMarks::ofDossier(row->due, m_now.date());
        const QColor c =
            role == Qt::ForegroundRole ? DeadlineMarks::foreground(s) : DeadlineMarks::background(s);
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    case Qt::FontRole:
        if (index.column() == SyncColumn &&
            (row->syncState == SyncState::Conflict || row->syncState == SyncState::Failed)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case CodeRole:
        return row->code;
    case SyncStateRole:
        return int(row->syncState);
    case DeadlineStateRole:
        return int(DeadlineMarks::ofDossier(row->due, m_now.date()));
    default:
        break;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Dossier code");
    case NameColumn:
        return tr("Applicant");
    case ProcedureColumn:
        return tr("Procedure");
    case CommuneColumn:
        return tr("Commune");
    case ReceivedColumn:
        return tr("Received");
    case DeadlineColumn:
        return tr("Legal deadline");
    case StatusColumn:
        return tr("Status");
    case SyncColumn:
        return tr("Sync");
    default:
        break;
    }
    return {};
}

void CaseListModel::setSortByGivenName(bool on) {
    if (on == m_byGivenName)
        return;
    m_byGivenName = on;
    if (m_sortColumn == NameColumn)
        refresh();
}

void CaseListModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_order && (m_count > 0 || !m_pages.isEmpty()))
        return;
    m_sortColumn = column;
    m_order = order;
    refresh();
}

} // namespace btxh::app
