// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace btxh {

// The search text of every dossier a bulk load left without one, in the search index's order, read on a
// thread of its own through a read-only connection of its own, for DeferredIndexes to write on the store's:
// reading the rows and folding their words takes about as long as FTS5 takes to index them, and the end of a
// load is otherwise one thread's work. Begun inside the load's closing transaction, before the indexes are
// made again, it reads while they are made, and sees what that transaction saw when it began (WAL).
//
// At most Capacity texts wait to be taken, whatever the number of dossiers.
class SearchTextFeed {
public:
    struct Text {
        qint64 rowid = 0;
        QString text;
    };
    static constexpr size_t Capacity = 16384;

    // The rows whose text is missing, in the index's order: their search rowid, then the searched columns.
    static QString unfilledSql();

    // Begins reading `path` (a database file; nothing when empty). `cacheKiB`: the reading
    // connection's page cache, which also bounds the memory of its sort before it writes it out.
    SearchTextFeed(const QString &path, qint64 cacheKiB);
    ~SearchTextFeed(); // stops the reading and waits for it
    SearchTextFeed(const SearchTextFeed &) = delete;
    SearchTextFeed &operator=(const SearchTextFeed &) = delete;

    // Whether it reads: false when it was given no file; the caller then reads the rows itself, as it does
    // the rest when the reading fails (failed()).
    bool isReading() const { return m_thread.joinable(); }
    // The next text, waiting for it; nothing after the last one, or when the reading failed (failed()).
    std::optional<Text> next();
    // Why the reading stopped short (SQLite's words), empty when it did not.
    QString failed() const;

private:
    void read(const QString &path, qint64 cacheKiB);

    mutable std::mutex m_lock;
    std::condition_variable m_changed;
    std::deque<Text> m_texts;
    bool m_done = false;
    bool m_stop = false;
    QString m_failure;
    std::thread m_thread;
};

} // namespace btxh
