// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchTextFeed.h"

#include "Fields.h"
#include "SearchOrder.h"
#include "StoreSchema.h"

#include <QFile>
#include <sqlite3.h>

namespace btxh {

QString SearchTextFeed::unfilledSql() {
    return QStringLiteral(
               "SELECT * FROM (SELECT %1 AS search_rowid, %2 FROM dossiers) AS d WHERE NOT EXISTS "
               "(SELECT 1 FROM dossier_search WHERE dossier_search.rowid = d.search_rowid) ORDER BY "
               "search_rowid")
        .arg(SearchOrder::rowidOfRow(), StoreSchema::searchColumns().join(u','));
}

SearchTextFeed::SearchTextFeed(const QString &path, qint64 cacheKiB) {
    if (path.isEmpty()) {
        m_done = true; // nothing to give: next() says so at once
        return;
    }
    m_thread = std::thread([this, path, cacheKiB] { read(path, cacheKiB); });
}

SearchTextFeed::~SearchTextFeed() {
    {
        const std::lock_guard<std::mutex> lock(m_lock);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

std::optional<SearchTextFeed::Text> SearchTextFeed::next() {
    std::unique_lock<std::mutex> lock(m_lock);
    m_changed.wait(lock, [this] { return !m_texts.empty() || m_done; });
    if (m_texts.empty())
        return std::nullopt;
    Text t = std::move(m_texts.front());
    m_texts.pop_front();
    if (m_texts.size() == Capacity - 1)
        m_changed.notify_all(); // room again for the reader
    return t;
}

QString SearchTextFeed::failed() const {
    const std::lock_guard<std::mutex> lock(m_lock);
    return m_failure;
}

void SearchTextFeed::read(const QString &path, qint64 cacheKiB) {
    QString failure;
    sqlite3 *db = nullptr;
    sqlite3_stmt *select = nullptr;
    const auto sqliteError = [&db] { return QString::fromUtf8(sqlite3_errmsg(db)); };
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                             SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc == SQLITE_OK) {
        const QByteArray pragma = "PRAGMA cache_size = " + QByteArray::number(-cacheKiB);
        sqlite3_exec(db, pragma.constData(), nullptr, nullptr, nullptr); // only more or less memory
        rc = sqlite3_prepare_v2(db, unfilledSql().toUtf8().constData(), -1, &select, nullptr);
    }
    const QList<DossierField> fields = StoreSchema::searchFields();
    Record row(FieldTable::dossier());
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(select);
        if (rc != SQLITE_ROW)
            break;
        for (int i = 0; i < fields.size(); ++i) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(select, i + 1));
            row.setValue(int(fields.at(i)), QString::fromUtf8(text, sqlite3_column_bytes(select, i + 1)));
        }
        Text t{sqlite3_column_int64(select, 0), StoreSchema::searchText(row)};
        std::unique_lock<std::mutex> lock(m_lock);
        m_changed.wait(lock, [this] { return m_texts.size() < Capacity || m_stop; });
        if (m_stop)
            break;
        m_texts.push_back(std::move(t));
        if (m_texts.size() == 1)
            m_changed.notify_all();
    }
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        failure = db ? sqliteError() : QStringLiteral("out of memory");
    sqlite3_finalize(select);
    sqlite3_close(db);
    {
        const std::lock_guard<std::mutex> lock(m_lock);
        m_done = true;
        m_failure = failure;
    }
    m_changed.notify_all();
}

} // namespace btxh
