// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <functional>

namespace btxh {

// How the sync engine paces itself. The defaults suit an office laptop against NDXP.
struct SyncOptions {
    std::function<QDateTime()> clock; // empty = the system clock; times are used as local wall-clock times

    // Pulls start this long before the stored watermark, so that a record the server stamped just before the
    // previous pull ended (its clock, its commit order) is not missed. Records seen twice are recognised by
    // MaHoSo (dossiers) or content (steps) and count as unchanged.
    int overlapSeconds = 600;
    // With no watermark yet (the first pull of a service in an area), how far back to start.
    int initialLookbackDays = 30;

    // The server has no paging (§3): a window is all there is, so the engine keeps each one small. It starts
    // at initialWindowSeconds; each next window is sized from the last one's density to bring about
    // targetItemsPerWindow items (growing at most twofold); a window that times out or exceeds the profile's
    // reply size (EndpointProfile::maxResponseBytes; SyncSettings sets it from sync.max-window-mb) is split
    // in halves and tried again, down to one second. Memory follows the window, not the number of dossiers.
    qint64 initialWindowSeconds = 6 * 3600;
    qint64 maxWindowSeconds = 31LL * 86400;
    int targetItemsPerWindow = 1000;
    // A window whose reply could not be read (an HTML error page, cut JSON: the client does not retry an HTTP
    // 200) is asked for again, up to this many attempts in all, before its kind stops for this run.
    int pullWindowAttempts = 3;

    // Pushes: a queued item that failed for a transient reason waits before the next automatic attempt
    // (base * 2^(attempts-1), capped; base 0: none). A manual run (`btxh push`, "Sync now") sets
    // honourBackoff = false and tries every queued item at once.
    bool honourBackoff = true;
    int pushBackoffBaseSeconds = 60;
    int pushBackoffMaxSeconds = 3600;
    // After this many transient failures in a row (5xx, 429, unreadable replies after the client's own
    // retries), the push phase stops and the rest stays queued for the next run.
    int maxConsecutivePushFailures = 3;

    // One pusher per database (store.outbox().acquireLease): who this engine is, for "another sync is
    // running", how long the lease lasts unless renewed (it is renewed at a third of that while the run goes
    // on), and how long to wait for another run to finish before giving up (0: give up at once).
    QString leaseOwner = QStringLiteral("btxh");
    int leaseSeconds = 30;
    int leaseWaitSeconds = 0;
    // An uncertain step (its outcome unknown) is looked for in TienTrinhXuLy from this long before it was
    // sent, for the gateway's clock.
    int readBackMarginSeconds = 600;
};

} // namespace btxh
