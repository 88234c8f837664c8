// SPDX-License-Identifier: GPL-3.0-or-later
#include "PullWindowPlanner.h"

#include <algorithm>

namespace btxh {

PullWindowPlanner::PullWindowPlanner(const QDateTime &from, const QDateTime &to, const SyncOptions &options)
    : m_from(from)
    , m_to(to)
    , m_cursor(from)
    , m_size(std::max<qint64>(1, options.initialWindowSeconds))
    , m_maxSize(std::max<qint64>(1, options.maxWindowSeconds))
    , m_target(std::max(1, options.targetItemsPerWindow)) {
    m_size = std::min(m_size, m_maxSize);
}

PullWindowPlanner::Window PullWindowPlanner::next() const {
    Window w;
    w.from = m_cursor;
    w.to = std::min(m_cursor.addSecs(m_size - 1), m_to);
    return w;
}

void PullWindowPlanner::received(const Window &window) {
    m_cursor = window.to.addSecs(1);
}

void PullWindowPlanner::sized(const Window &window, qsizetype items) {
    if (m_sizedTo.isValid() && window.to <= m_sizedTo)
        return;
    m_sizedTo = window.to;
    const qint64 seconds = window.seconds();
    // Aim the next window at the target from this one's density; grow at most twofold (the data ahead may be
    // denser), and when this one was empty, simply double. The first with items after an empty one does not
    // grow: its density is an underestimate when its items began late in it.
    const bool afterEmpty = items > 0 && m_lastEmpty;
    const qint64 limit = afterEmpty ? seconds : std::max(m_size, seconds) * 2;
    const qint64 ideal = items > 0 ? seconds * m_target / items : limit;
    m_size = std::clamp<qint64>(std::min(ideal, limit), 1, m_maxSize);
    m_trusted = items > 0 && !afterEmpty;
    m_lastEmpty = items == 0;
}

bool PullWindowPlanner::mayAskAhead() const {
    const QDateTime unsizedFrom = m_sizedTo.isValid() ? m_sizedTo.addSecs(1) : m_from;
    return m_trusted || m_cursor <= unsizedFrom;
}

bool PullWindowPlanner::split(const Window &window) {
    if (window.seconds() <= 1)
        return false;
    m_size = std::max<qint64>(1, window.seconds() / 2);
    return true;
}

qint64 PullWindowPlanner::totalSeconds() const {
    return std::max<qint64>(0, m_from.secsTo(m_to) + 1);
}

qint64 PullWindowPlanner::coveredSeconds() const {
    return std::clamp<qint64>(m_from.secsTo(m_cursor), 0, totalSeconds());
}

} // namespace btxh
