// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetryPolicy.h"

#include <algorithm>

namespace btxh {

qint64 RetryPolicy::backoffMs(int failedAttempts, double random01) const {
    const int exponent = std::clamp(failedAttempts - 1, 0, 30);
    const qint64 exponential =
        std::min<qint64>(qint64(std::max(baseDelayMs, 0)) << exponent, std::max(maxDelayMs, 0));
    const double r = std::clamp(random01, 0.0, 1.0);
    return exponential / 2 + qint64(double(exponential - exponential / 2) * r);
}

RetryPolicy RetryPolicy::fast(int attempts) {
    RetryPolicy p;
    p.maxAttempts = attempts;
    p.baseDelayMs = 20;
    p.maxDelayMs = 200;
    p.maxRetryAfterSeconds = 5;
    return p;
}

} // namespace btxh
