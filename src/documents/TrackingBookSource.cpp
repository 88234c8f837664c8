// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrackingBookSource.h"

#include "CaseTiming.h"
#include "Store.h"

namespace btxh::documents {

namespace {

constexpr int PageRows = 500;

} // namespace

StoreBookSource::StoreBookSource(Store &store, const ListQuery &query, qint64 limit)
    : m_store(store)
    , m_query(query)
    , m_limit(limit) {
    m_query.offset = 0;
    m_query.after.reset();
    if (const StoreResult<qint64> n = m_store.count(m_query.filter))
        m_total = m_limit > 0 ? std::min(*n, m_limit) : *n;
}

bool StoreBookSource::fetch() {
    m_query.limit = m_limit > 0 ? int(std::min<qint64>(PageRows, m_limit - m_read)) : PageRows;
    const StoreResult<ListPage> page = m_store.list(m_query);
    if (!page) {
        m_error = page.error().message;
        return false;
    }
    m_page = page->rows;
    m_next = 0;
    m_more = page->next.has_value();
    if (m_more)
        m_query.after = page->next;
    return true;
}

bool StoreBookSource::next(BookEntry *entry) {
    if (m_limit > 0 && m_read >= m_limit)
        return false;
    if (m_next >= m_page.size()) {
        if (!m_more || !fetch() || m_page.isEmpty())
            return false;
    }
    entry->row = m_page.at(m_next++);
    const StoreResult<StoredDossier> stored = m_store.dossier(entry->row.code);
    if (!stored) {
        m_error = stored.error().message;
        return false;
    }
    entry->due = stored->due;
    ++m_read;
    return true;
}

} // namespace btxh::documents
