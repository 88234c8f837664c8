// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace btxh {

// How often and how patiently a call is tried again after a network error, a 5xx or a 429.
struct RetryPolicy {
    int maxAttempts = 4;            // including the first one
    int baseDelayMs = 1000;         // before the second attempt, doubled for each further one
    int maxDelayMs = 30000;         // cap of the exponential part
    int maxRetryAfterSeconds = 120; // a Retry-After longer than this ends the call instead of waiting

    // The wait before attempt `failedAttempts + 1`, given a uniform random number in [0, 1): half the
    // exponential delay plus a random share of the other half ("equal jitter"), so that clients that failed
    // together do not come back together.
    qint64 backoffMs(int failedAttempts, double random01) const;

    // Short delays for tests.
    static RetryPolicy fast(int attempts = 3);
};

} // namespace btxh
