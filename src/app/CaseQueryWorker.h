// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ListQuery.h"

#include "StoreOptions.h"

#include <QMetaType>
#include <QObject>
#include <atomic>
#include <memory>
#include <mutex>

namespace btxh {
class Store;
}

Q_DECLARE_METATYPE(btxh::ListPage)

namespace btxh::app {

// Reads the case list's first page and counts the matching dossiers on a connection of its own, in a worker
// thread, so that typing in the search box never waits for the database: a search that matches a few hundred
// thousand dossiers costs the store time in proportion to the matches (its full-text result is gathered
// before it can be ordered), and that time is spent here while the officer keeps typing. Only the latest
// request matters: one asked while another runs replaces any still waiting, and stops the one running (its
// page or count would be thrown away), so the newest key never waits for an older key's query.
class CaseQueryWorker : public QObject {
    Q_OBJECT
public:
    // Lives in the worker thread; opens `path` read-only there on first use.
    // Opens `path` with the window store's `options` (Store::options()), read-only.
    CaseQueryWorker(const QString &path, const StoreOptions &options);
    ~CaseQueryWorker() override;

    // Thread-safe. With `withPage`, pageRead() comes first, then counted() when the page did not hold every
    // match; without, only counted().
    void request(quint64 generation, const ListQuery &query, bool withPage);

Q_SIGNALS:
    void pageRead(quint64 generation, const btxh::ListPage &page, const QString &error);
    void counted(quint64 generation, qint64 count, const QString &error);

private:
    void run();
    bool open(QString *error);
    // Runs `read` (a list or a count of request `generation`); a read stopped though it is still the latest
    // request (an interrupt meant for the one before that landed as this one started) runs once more.
    template <typename Read> auto runLatest(quint64 generation, Read read);

    QString m_path;
    StoreOptions m_options;
    std::mutex m_storeMutex; // m_store's creation and deletion (worker thread) vs interrupt() (any thread)
    std::unique_ptr<Store> m_store;
    std::atomic<quint64> m_running{0}; // the request whose query runs now; 0 when none
    bool m_scheduled = false;
    quint64 m_generation = 0;
    std::atomic<quint64> m_latest{0}; // the newest request, as soon as it is asked (any thread)
    ListQuery m_query;
    bool m_withPage = false;
};

} // namespace btxh::app
