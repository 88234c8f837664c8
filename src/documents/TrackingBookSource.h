// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierDeadline.h"
#include "ListQuery.h"

#include <QDateTime>
#include <QString>

namespace btxh {
class Store;
}

namespace btxh::documents {

// One line of the tracking book: the listed dossier and when it was finished (invalid while it is not).
struct BookEntry {
    ListRow row;
    DossierDeadline due; // the store's deadline of the dossier (the list's row does not carry it)
};

// Where the tracking book's lines come from, one at a time, so a long book never holds its list in memory.
class TrackingBookSource {
public:
    virtual ~TrackingBookSource() = default;
    // The next line; false at the end, or when reading failed (error() then says why).
    virtual bool next(BookEntry *entry) = 0;
    // How many lines there will be, for progress; -1 when not known.
    virtual qint64 total() const = 0;
    virtual QString error() const = 0;
};

// The case list as a query filters and sorts it, read from the store page by page.
class StoreBookSource : public TrackingBookSource {
public:
    StoreBookSource(Store &store, const ListQuery &query, qint64 limit = 0);

    bool next(BookEntry *entry) override;
    qint64 total() const override { return m_total; }
    QString error() const override { return m_error; }

private:
    bool fetch();

    Store &m_store;
    ListQuery m_query;
    qint64 m_limit;
    qint64 m_total = -1;
    qint64 m_read = 0;
    QList<ListRow> m_page;
    qsizetype m_next = 0;
    bool m_more = true;
    QString m_error;
};

} // namespace btxh::documents
