// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for Retry-After (delta-seconds or an HTTP date): any header value must give -1 or a
// wait between 0 and a day; never a crash.

#include "HttpCall.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray value(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime now(QDate(2024, 3, 1), QTime(9, 0), QTimeZone::utc());
    const int seconds = btxh::HttpCall::parseRetryAfter(value, now);
    if (seconds < -1 || seconds > 24 * 3600) {
        std::fprintf(stderr, "fuzz_retryafter: %d seconds\n", seconds);
        std::abort();
    }
    return 0;
}
