#include "CaseQueryWorker.h"

#include "Store.h"

#include <QMetaObject>

namespace btxh::app {

CaseQueryWorker::CaseQueryWorker(const QString &path)
    : m_path(path) {
    qRegisterMetaType<btxh::ListPage>();
}

CaseQueryWorker::~CaseQueryWorker() = default;

void CaseQueryWorker::request(quint64 generation, const ListQuery &query, bool withPage) {
    m_latest.store(generation);
    QMetaObject::invokeMethod(
        this,
        [this, generation, query, withPage] {
            m_generation = generation;
            m_query = query;
            m_withPage = withPage;
            if (m_scheduled)
                return; // the run already waiting takes the latest request
            m_scheduled = true;
            QMetaObject::invokeMethod(this, &CaseQueryWorker::run, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

bool CaseQueryWorker::open(QString *error) {
    if (m_store)
        return true;
    Store::Options options;
    options.readOnly = true;
    m_store = std::make_unique<Store>(options);
    if (m_store->open(m_path))
        return true;
    *error = m_store->lastError().message;
    m_store.reset();
    return false;
}

void CaseQueryWorker::run() {
    m_scheduled = false;
    const quint64 generation = m_generation;
    const ListQuery query = m_query;
    QString error;
    if (!open(&error)) {
        if (m_withPage)
            Q_EMIT pageRead(generation, ListPage(), error);
        else
            Q_EMIT counted(generation, -1, error);
        return;
    }
    if (m_withPage) {
        const std::optional<ListPage> page = m_store->list(query);
        Q_EMIT pageRead(generation, page.value_or(ListPage()),
                        page ? QString() : m_store->lastError().message);
        if (!page || !page->next)
            return; // the page holds every match: nothing to count
    }
    if (m_latest.load() != generation)
        return; // typing went on: a newer request is waiting, this count would be thrown away
    const std::optional<qint64> n = m_store->count(query.filter);
    Q_EMIT counted(generation, n.value_or(-1), n ? QString() : m_store->lastError().message);
}

} // namespace btxh::app
