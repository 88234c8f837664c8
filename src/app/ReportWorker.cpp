// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportWorker.h"

#include "Store.h"

#include <QMetaObject>

namespace btxh::app {

ReportWorker::ReportWorker(const QString &path, const StoreOptions &options)
    : m_path(path)
    , m_options(options) {
    qRegisterMetaType<btxh::ReportResult>();
}

ReportWorker::~ReportWorker() {
    const std::lock_guard<std::mutex> lock(m_storeMutex);
    m_store.reset();
}

void ReportWorker::request(const ReportQuery &query) {
    m_cancelled.store(false);
    QMetaObject::invokeMethod(
        this, [this, query] { run(query); }, Qt::QueuedConnection);
}

void ReportWorker::cancel() {
    m_cancelled.store(true);
    const std::lock_guard<std::mutex> lock(m_storeMutex);
    if (m_store)
        m_store->interrupt();
}

void ReportWorker::run(const ReportQuery &query) {
    if (!m_store) {
        Store::Options options = m_options;
        options.readOnly = true;
        auto store = std::make_unique<Store>(options);
        if (const StoreResult<void> opened = store->open(m_path); !opened) {
            Q_EMIT failed(opened.error().message, false);
            return;
        }
        const std::lock_guard<std::mutex> lock(m_storeMutex);
        m_store = std::move(store);
    }
    const StoreResult<ReportResult> result = m_store->report(query, [this](int done, int total) {
        Q_EMIT progressed(done, total);
        return !m_cancelled.load();
    });
    if (result && !m_cancelled.load()) {
        Q_EMIT finished(*result);
        return;
    }
    const bool cancelled = m_cancelled.load() || result.error().kind == StoreError::Kind::Interrupted;
    Q_EMIT failed(cancelled ? tr("The report was cancelled.") : result.error().message, cancelled);
}

} // namespace btxh::app
