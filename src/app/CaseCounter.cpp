#include "CaseCounter.h"

#include "AppLog.h"
#include "Store.h"

#include <QMetaObject>

namespace btxh::app {

CaseCounter::CaseCounter(const QString &path)
    : m_path(path) {}

CaseCounter::~CaseCounter() = default;

void CaseCounter::request(quint64 generation, const ListFilter &filter) {
    QMetaObject::invokeMethod(
        this,
        [this, generation, filter] {
            m_generation = generation;
            m_filter = filter;
            if (m_scheduled)
                return; // the waiting run will take the latest filter
            m_scheduled = true;
            QMetaObject::invokeMethod(this, &CaseCounter::run, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void CaseCounter::run() {
    m_scheduled = false;
    if (!m_store) {
        Store::Options options;
        options.readOnly = true;
        m_store = std::make_unique<Store>(options);
        if (!m_store->open(m_path)) {
            const QString error = m_store->lastError().message;
            m_store.reset();
            Q_EMIT counted(m_generation, -1, error);
            return;
        }
    }
    const quint64 generation = m_generation;
    const std::optional<qint64> n = m_store->count(m_filter);
    Q_EMIT counted(generation, n.value_or(-1), n ? QString() : m_store->lastError().message);
}

} // namespace btxh::app
