#pragma once

#include "ListQuery.h"

#include <QObject>
#include <memory>

namespace btxh {
class Store;
}

namespace btxh::app {

// Counts the dossiers a filter matches on a connection of its own, in a worker thread, so that the list can
// show its first page while a search that matches hundreds of thousands of dossiers is still being counted
// (shared/MEASURED.md: counting is what grows with the matches; the first page does not). Only the latest
// request matters: one asked while another runs replaces any still waiting.
class CaseCounter : public QObject {
    Q_OBJECT
public:
    // Lives in the worker thread; opens `path` read-only there on first use.
    explicit CaseCounter(const QString &path);
    ~CaseCounter() override;

    // Thread-safe: queues a count; counted() answers (in the counter's thread) for the latest request only.
    void request(quint64 generation, const ListFilter &filter);

Q_SIGNALS:
    void counted(quint64 generation, qint64 count, const QString &error);

private:
    void run();

    QString m_path;
    std::unique_ptr<Store> m_store;
    bool m_scheduled = false;
    quint64 m_generation = 0;
    ListFilter m_filter;
};

} // namespace btxh::app
