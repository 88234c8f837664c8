// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportQuery.h"

#include "StoreOptions.h"

#include <QMetaType>
#include <QObject>
#include <atomic>
#include <memory>
#include <mutex>

namespace btxh {
class Store;
}

Q_DECLARE_METATYPE(btxh::ReportResult)

namespace btxh::app {

// Counts a report on a connection of its own in a worker thread (as CaseQueryWorker reads the case list), so
// that a report over a whole province never freezes the window; cancel() stops it from the window's thread.
class ReportWorker : public QObject {
    Q_OBJECT
public:
    // Lives in the worker thread; opens `path` read-only there on first use.
    // Opens `path` with the window store's `options` (Store::options()), read-only.
    ReportWorker(const QString &path, const StoreOptions &options);
    ~ReportWorker() override;

    // Thread-safe: counts `query` in the worker thread, then finished() or failed().
    void request(const ReportQuery &query);
    // Thread-safe: stops the report running now (failed() says it was cancelled).
    void cancel();

Q_SIGNALS:
    void progressed(int done, int total);
    void finished(const btxh::ReportResult &result);
    void failed(const QString &message, bool cancelled);

private:
    void run(const ReportQuery &query);

    QString m_path;
    StoreOptions m_options;
    std::mutex m_storeMutex; // m_store's creation and deletion (worker thread) vs cancel() (any thread)
    std::unique_ptr<Store> m_store;
    std::atomic<bool> m_cancelled{false};
};

} // namespace btxh::app
