// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyncOptions.h"

#include <QDateTime>

namespace btxh {

// Cuts a pull's time range [from, to] (inclusive, to the second, as the gateway reads it) into windows, one
// request each, oldest first. Consecutive windows touch without overlapping: [a, b] then [b + 1 s, ...].
//
// The gateway has no paging, so a window's size is all the control there is: the next window is sized from
// the last one's density to bring about SyncOptions::targetItemsPerWindow items (growing at most twofold per
// window, and not at all after the first window with items that follows an empty one: its items may have
// begun late in it, as work begins in the morning), and a window that failed for its size (timeout, reply
// over the profile's limit) is split in halves.
class PullWindowPlanner {
public:
    struct Window {
        QDateTime from;
        QDateTime to;
        qint64 seconds() const { return from.secsTo(to) + 1; }
    };

    PullWindowPlanner(const QDateTime &from, const QDateTime &to, const SyncOptions &options);

    bool atEnd() const { return m_cursor > m_to; }
    // The window to fetch next, starting where the last accepted one ended.
    Window next() const;
    // `window` (the one next() gave) came back with `items` items: move past it and adapt the size.
    void accepted(const Window &window, qsizetype items) {
        received(window);
        sized(window, items);
    }
    // The two halves of accepted(), for a caller that asks for the next window before it has counted this
    // one's items: the size then follows one window behind. A window is sized once: sizing it again, or one
    // older than the last sized, changes nothing.
    void received(const Window &window);
    void sized(const Window &window, qsizetype items);
    // Whether next() may be asked for before the windows received are sized: only while the density in hand
    // can be trusted a window ahead (it came from a window with items that followed another with items). An
    // empty stretch, or the first window with items after one, makes a guess: asked ahead of its size, a
    // window twice too long would reach the gateway's limit and be refused, after the gateway made it whole.
    bool mayAskAhead() const;
    // Back to the start of `window`, received but unusable after all: it is asked for again (or the pull of
    // this kind ends there).
    void rewind(const Window &window) { m_cursor = window.from; }
    // `window` timed out or was too large: halve the size. False when it is a single second already.
    bool split(const Window &window);

    qint64 windowSeconds() const { return m_size; }
    qint64 totalSeconds() const;
    qint64 coveredSeconds() const;

private:
    QDateTime m_from;
    QDateTime m_to;
    QDateTime m_cursor;
    QDateTime m_sizedTo; // the end of the last window sized
    qint64 m_size;
    qint64 m_maxSize;
    int m_target;
    bool m_lastEmpty = false; // the last window sized was empty
    bool m_trusted = false;   // the size in hand comes from a window with items that followed another
};

} // namespace btxh
