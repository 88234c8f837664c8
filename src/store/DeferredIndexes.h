// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoreResult.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace btxh {

class SearchTextFeed;
class StoreConnection;

// A bulk load's indexes (SQLite only): while a large import or a first pull writes, the indexes on dossiers
// and on their sort keys are dropped, and each is made again in one pass when the load ends. Keeping every
// one of them in order row by row is most of what writing a dossier costs the store; making an index at the
// end sorts its rows once. The unique index on MaHoSo stays: every write looks a dossier up by it. The
// load's own writes also leave out each dossier's search text, and its end fills in the text of every dossier
// that has none, in the search index's order: FTS5 takes its rows far faster all at once, in order, than
// window by window.
//
// The dropped indexes' definitions are kept in the settings table (SettingKey), written in the same
// transaction as the drops, so a load that is killed leaves a database that says what it lacks: the next
// Store::open makes them again before anything reads it. Reading while they are deferred gives the same
// answers, more slowly, except that a search does not find the dossiers the load has written yet.
class DeferredIndexes {
    Q_DECLARE_TR_FUNCTIONS(Store)
public:
    static QString settingKey();

    explicit DeferredIndexes(StoreConnection &connection);

    // Drops the indexes and records them, and this connection's writes leave the search text out; how many
    // indexes. Does nothing (0) on an office's server (PostgreSQL keeps its own) or when they are deferred
    // already: by another load, which makes them again at its end.
    StoreResult<int> defer();
    // Makes again every index recorded as deferred, with its statistics when the database keeps them, fills
    // in the search text of every dossier without one, and forgets the record, in one transaction; how many
    // indexes. `progress(done, total)` before the first and after each, the search text the last step.
    StoreResult<int> restore(const std::function<void(int done, int total)> &progress = {});
    // The same, unless the program that deferred them still runs on this machine (its load will restore
    // them): for Store::open, which finds them deferred when a load was killed, or runs beside one.
    StoreResult<int> restoreAbandoned(const std::function<void(int done, int total)> &progress = {});
    // Whether indexes are deferred now (by this or another program, or one that was killed).
    StoreResult<bool> pending();

private:
    StoreResult<QString> recorded(); // the JSON, empty when none
    QString recordInWrite();         // the same inside a write, which a failure unwinds
    StoreResult<int> restore(bool onlyAbandoned, const std::function<void(int, int)> &progress);
    qint64 fillSearch(SearchTextFeed &feed); // inside a write; how many dossiers it gave their text
    QString feedPath(); // the file a SearchTextFeed may read beside this connection, or none
    static constexpr QLatin1StringView MmapSize{"mmap_size"};
    static constexpr QLatin1StringView CacheSize{"cache_size"};
    static constexpr QLatin1StringView PageSize{"page_size"};
    qint64 pragma(QLatin1StringView name); // a PRAGMA's value on this connection, 0 when unread
    void setPragma(QLatin1StringView name, qint64 value);
    qint64 cacheKiB(qint64 cacheSize);     // cache_size's value in KiB
    void setSearchHashBytes(qint64 bytes); // FTS5's hashsize on the search index, inside a write

    StoreConnection &m_connection;
};

} // namespace btxh
