// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseQueryWorker.h"

#include "Store.h"

#include <QMetaObject>

namespace btxh::app {

CaseQueryWorker::CaseQueryWorker(const QString &path, const StoreOptions &options)
    : m_path(path)
    , m_options(options) {
    qRegisterMetaType<btxh::ListPage>();
}

void CaseQueryWorker::request(quint64 generation, const ListQuery &query, bool withPage) {
    m_latest.store(generation);
    const quint64 running = m_running.load();
    if (running != 0 && running < generation) {
        const std::lock_guard<std::mutex> lock(m_storeMutex);
        if (m_store)
            m_store->interrupt();
    }
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
    Store::Options options = m_options;
    options.readOnly = true;
    // A wide search reads rows all over the search index: at a million dossiers, "001185" took 26 ms with
    // 64 MB of SQLite pages against 47 ms with its default 2 MB (bench/README.md).
    options.cacheKiB = 64 * 1024;
    auto store = std::make_unique<Store>(options);
    if (const StoreResult<void> opened = store->open(m_path); !opened) {
        *error = opened.error().message;
        return false;
    }
    const std::lock_guard<std::mutex> lock(m_storeMutex);
    m_store = std::move(store);
    return true;
}

CaseQueryWorker::~CaseQueryWorker() {
    const std::lock_guard<std::mutex> lock(m_storeMutex);
    m_store.reset();
}

template <typename Read> auto CaseQueryWorker::runLatest(quint64 generation, Read read) {
    m_running.store(generation);
    auto result = read();
    if (!result && result.error().kind == StoreError::Kind::Interrupted && m_latest.load() == generation)
        result = read();
    m_running.store(0);
    return result;
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
        const StoreResult<ListPage> page = runLatest(generation, [&] { return m_store->list(query); });
        if (!page && m_latest.load() != generation)
            return; // stopped for a newer request: nobody waits for this answer
        Q_EMIT pageRead(generation, page.value_or(ListPage()), page ? QString() : page.error().message);
        if (!page || !page->next)
            return; // the page holds every match: nothing to count
    }
    if (m_latest.load() != generation)
        return; // typing went on: a newer request is waiting, this count would be thrown away
    const StoreResult<qint64> n = runLatest(generation, [&] { return m_store->count(query.filter); });
    if (!n && m_latest.load() != generation)
        return;
    Q_EMIT counted(generation, n.value_or(-1), n ? QString() : n.error().message);
}

} // namespace btxh::app
