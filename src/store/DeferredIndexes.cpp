// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeferredIndexes.h"

#include "SearchTextFeed.h"
#include "SqlDialect.h"
#include "SqliteRow.h"
#include "StoreConnection.h"
#include "StoreLog.h"
#include "StoreSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#if defined(__ELF__)
// gperftools' tcmalloc, when the program links it (cmake/Allocator.cmake): a weak reference, so that this
// library needs no link to it and a program without it finds none.
extern "C" void MallocExtension_ReleaseFreeMemory(void) __attribute__((weak));
#endif

namespace btxh {

namespace {

const QString NameKey = QStringLiteral("name");
const QString SqlKey = QStringLiteral("sql");
const QString IndexesKey = QStringLiteral("indexes");
const QString PidKey = QStringLiteral("pid");
const QString HostKey = QStringLiteral("host");

// While the indexes are made again the database file is read through a mapping of it: each index reads the
// whole table once more, and the system's read calls would copy every page again for every index, where a
// mapping reads the pages in place. Only for that while, so that an error reading the disk can stop the
// program (a mapped page that cannot be read is a signal, not an error code) only there, and the mapped pages
// are given back to the system at its end. Bounded, as the mapped pages count in the program's resident
// memory while it reads them (they are the system's file cache, which it takes back when it needs the room).
constexpr qint64 RestoreMappedBytes = qint64(256) << 20;

// Each index made again, and the search text's fill in order, sorts every row of its table, and SQLite lets a
// sort hold as much memory as the connection's page cache before it writes out what it holds: with an
// import's larger cache (Store::Options::cacheKiB), each sort would hold that much more, the more dossiers
// the load brought, up to the cache's size. A smaller cache while the indexes are made keeps their memory
// below the load's own, and the imports took no longer (bench/README.md). A connection with a smaller cache
// keeps it.
constexpr qint64 RestoreCacheKiB = 8 * 1024;

// FTS5 writes the terms it holds as a new segment of the search index whenever they pass its hash size,
// 1 MiB unless set, and merges the segments as they pile up: a fill of every dossier's text in one
// transaction writes and merges many small ones. It holds more while it fills (whatever the number of
// dossiers filled), then gets FTS5's default back before the transaction ends, so that every other write is
// as before. Larger sizes gained little more for the memory they hold (bench/README.md).
constexpr qint64 FillHashBytes = qint64(8) << 20;
constexpr qint64 DefaultHashBytes = qint64(1) << 20;

// What the load freed (its windows of dossiers, parsed on other threads, and the rows it wrote) the allocator
// keeps for later allocations of the same sizes rather than give back; the sorts that make the indexes ask
// for other sizes, so without this their memory would come on top of the load's. The allocator is the
// program's: tcmalloc's when it links it, else glibc's.
void releaseFreedMemory() {
#if defined(__ELF__)
    if (MallocExtension_ReleaseFreeMemory) {
        MallocExtension_ReleaseFreeMemory();
        return;
    }
#endif
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

QString quotedName(const QString &name) {
    return QLatin1Char('"') + QString(name).replace(u'"', QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace

QString DeferredIndexes::settingKey() {
    return QStringLiteral("store.deferred-indexes");
}

DeferredIndexes::DeferredIndexes(StoreConnection &connection)
    : m_connection(connection) {}

StoreResult<QString> DeferredIndexes::recorded() {
    QSqlQuery q(m_connection.db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.bindValue(0, settingKey());
    if (!q.exec())
        return m_connection.fail(q.lastError());
    return q.next() ? q.value(0).toString() : QString();
}

QString DeferredIndexes::recordInWrite() {
    StoreResult<QString> record = recorded();
    if (!record)
        throw WriteFailure{record.error()};
    return std::move(*record);
}

StoreResult<bool> DeferredIndexes::pending() {
    if (!m_connection.dialect.isSqlite())
        return false;
    const StoreResult<QString> record = recorded();
    if (!record)
        return record.error();
    return !record->isEmpty();
}

StoreResult<int> DeferredIndexes::defer() {
    if (!m_connection.dialect.isSqlite())
        return 0;
    int count = 0;
    const StoreResult<void> written = m_connection.write([&] {
        const QString record = recordInWrite();
        if (!record.isEmpty())
            return; // another load's: it makes them again
        QSqlQuery q(m_connection.db);
        // The unique index on MaHoSo is SQLite's own (no SQL text): it stays.
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT "
                                   "NULL AND tbl_name IN ('dossiers', 'dossier_sort_keys') ORDER BY name")))
            m_connection.raise(q);
        QJsonArray indexes;
        while (q.next())
            indexes.append(QJsonObject{{NameKey, q.value(0).toString()}, {SqlKey, q.value(1).toString()}});
        q.finish();
        if (indexes.isEmpty())
            return;
        const QJsonObject entry{{IndexesKey, indexes},
                                {PidKey, QCoreApplication::applicationPid()},
                                {HostKey, StoreConnection::hostName()}};
        m_connection.run(
            QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
            {settingKey(), QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact))});
        for (const QJsonValue &index : std::as_const(indexes)) {
            if (!q.exec(QStringLiteral("DROP INDEX %1").arg(quotedName(index[NameKey].toString()))))
                m_connection.raise(q);
        }
        count = int(indexes.size());
    });
    if (!written)
        return written.error();
    if (count > 0) {
        m_connection.searchDeferred = true;
        qCInfo(lcStore) << "indexes deferred for a bulk load:" << count;
    }
    return count;
}

StoreResult<int> DeferredIndexes::restore(const std::function<void(int, int)> &progress) {
    return restore(false, progress);
}

StoreResult<int> DeferredIndexes::restoreAbandoned(const std::function<void(int, int)> &progress) {
    return restore(true, progress);
}

StoreResult<int> DeferredIndexes::restore(bool onlyAbandoned, const std::function<void(int, int)> &progress) {
    if (!m_connection.dialect.isSqlite())
        return 0;
    // Reading first, outside the write: a database with nothing deferred (nearly always) is not locked.
    const StoreResult<QString> seen = recorded();
    if (!seen)
        return seen.error();
    // This load's search text is filled in even when another program made the indexes again meanwhile (it
    // took this load for gone).
    const bool ownSearch = m_connection.searchDeferred;
    if (seen->isEmpty() && !ownSearch)
        return 0;
    int count = 0;
    qint64 filled = 0;
    const qint64 mapped = pragma(MmapSize);
    setPragma(MmapSize, RestoreMappedBytes);
    const qint64 cache = pragma(CacheSize);
    const bool smallerCache = cacheKiB(cache) > RestoreCacheKiB;
    if (smallerCache)
        setPragma(CacheSize, -RestoreCacheKiB);
    releaseFreedMemory();
    const StoreResult<void> written = m_connection.write([&] {
        const QString record = recordInWrite();
        if (record.isEmpty()) {
            if (ownSearch) {
                SearchTextFeed feed(feedPath(), RestoreCacheKiB);
                filled = fillSearch(feed);
            }
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(record.toUtf8(), &parseError);
        if (!doc.isObject() || !doc.object()[IndexesKey].isArray())
            throw WriteFailure{StoreError::make(
                StoreError::Kind::Corrupt,
                tr("The record of the indexes a bulk load set aside (setting %1) cannot be read: %2")
                    .arg(settingKey(), parseError.errorString()))};
        // The program that deferred them runs on (on this machine: where it cannot be told, it is taken
        // for gone, as a load cannot be left without its indexes for ever).
        const QJsonObject loader = doc.object();
        if (onlyAbandoned && loader[HostKey].toString() == StoreConnection::hostName() &&
            loader[PidKey].toInteger() != QCoreApplication::applicationPid() &&
            m_connection.processRuns(loader[PidKey].toInteger()).value_or(false)) {
            qCInfo(lcStore) << "indexes deferred by a bulk load that still runs: left to it";
            return;
        }
        const QJsonArray indexes = doc.object()[IndexesKey].toArray();
        QSqlQuery q(m_connection.db);
        if (!q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")))
            m_connection.raise(q);
        const bool analyzed = q.next();
        q.finish();
        const int steps = int(indexes.size()) + 1;
        if (progress)
            progress(0, steps);
        // Reads the search text while the indexes are made.
        SearchTextFeed feed(feedPath(), RestoreCacheKiB);
        QSqlQuery exists(m_connection.db);
        exists.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"));
        for (const QJsonValue &index : indexes) {
            const QString name = index[NameKey].toString();
            // Another program may have made it again already (it opened the database mid-load).
            exists.bindValue(0, name);
            m_connection.exec(exists);
            const bool there = exists.next();
            exists.finish();
            if (!there && !q.exec(index[SqlKey].toString()))
                m_connection.raise(q);
            if (analyzed && !q.exec(QStringLiteral("ANALYZE %1").arg(quotedName(name))))
                m_connection.raise(q);
            ++count;
            if (progress)
                progress(count, steps);
        }
        filled = fillSearch(feed);
        if (progress)
            progress(steps, steps);
        m_connection.run(QStringLiteral("DELETE FROM settings WHERE key = ?"), {settingKey()});
    });
    if (smallerCache)
        setPragma(CacheSize, cache);
    setPragma(MmapSize, mapped);
    if (!written)
        return written.error();
    m_connection.searchDeferred = false;
    if (count > 0 || filled > 0)
        qCInfo(lcStore) << "deferred indexes made again:" << count << "search texts filled in:" << filled;
    return count;
}

QString DeferredIndexes::feedPath() {
    // Only a file can be opened a second time, and only beside a write-ahead log: in SQLite's older journal
    // modes a reader holds back the writer's spilling of its cache to the file.
    if (!StoreConnection::isFile(m_connection.path))
        return QString();
    QSqlQuery q(m_connection.db);
    const bool wal = q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() &&
                     q.value(0).toString().compare(u"wal", Qt::CaseInsensitive) == 0;
    return wal ? m_connection.path : QString();
}

qint64 DeferredIndexes::pragma(QLatin1StringView name) {
    QSqlQuery q(m_connection.db);
    return q.exec(QStringLiteral("PRAGMA ") + name) && q.next() ? q.value(0).toLongLong() : 0;
}

void DeferredIndexes::setPragma(QLatin1StringView name, qint64 value) {
    // Only faster or slower, or more or less memory: SQLite reads and writes the same pages either way, so a
    // refusal is no error.
    QSqlQuery q(m_connection.db);
    if (!q.exec(QStringLiteral("PRAGMA %1 = %2").arg(name).arg(value)))
        qCInfo(lcStore) << "PRAGMA" << name << "could not be set:" << q.lastError().text();
}

qint64 DeferredIndexes::cacheKiB(qint64 cacheSize) {
    // A negative cache_size is in KiB, a positive one in pages.
    return cacheSize < 0 ? -cacheSize : cacheSize * pragma(PageSize) / 1024;
}

void DeferredIndexes::setSearchHashBytes(qint64 bytes) {
    m_connection.run(
        QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('hashsize', ?)").arg(SqlDialect::searchTable()),
        {bytes});
}

qint64 DeferredIndexes::fillSearch(SearchTextFeed &feed) {
    setSearchHashBytes(FillHashBytes);
    QSqlError error;
    const std::unique_ptr<SqliteRow> insert = SqliteRow::prepare(
        m_connection.db, QStringLiteral("INSERT INTO dossier_search (rowid, text) VALUES (?, ?)"), &error);
    if (!insert)
        m_connection.raise(error);
    qint64 filled = 0;
    const auto write = [&](const QVariant &rowid, const QString &text) {
        insert->bindValue(0, rowid);
        insert->bindValue(1, text);
        if (!insert->exec())
            m_connection.raise(insert->lastError());
        ++filled;
    };
    while (std::optional<SearchTextFeed::Text> t = feed.next())
        write(t->rowid, t->text);
    // What the feed did not give (it could not open the database a second time, or stopped short) is read
    // here; in the index's rowid order, as FTS5 writes out what it holds whenever a rowid comes below the
    // last.
    const QString failed = feed.failed();
    if (!failed.isEmpty())
        qCInfo(lcStore) << "the search text is read on the writing thread:" << failed;
    if (!feed.isReading() || !failed.isEmpty()) {
        QSqlQuery select(m_connection.db);
        select.setForwardOnly(true);
        if (!select.exec(SearchTextFeed::unfilledSql()))
            m_connection.raise(select);
        while (select.next())
            write(select.value(0), StoreSchema::searchText(select, 1));
        if (select.lastError().isValid())
            m_connection.raise(select);
    }
    setSearchHashBytes(DefaultHashBytes); // a failure above unwinds the write, this setting with it
    return filled;
}

} // namespace btxh
