// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for the reader of push replies ({"error_code", "message"}, also inside "result"):
// any bytes must give an accepted push, a business error or a reply we cannot read, with words for the
// officer; never a crash.

#include "PushJob.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const btxh::PushResult r = btxh::PushJob::parseReply(body);
    const bool accepted = !r.error.isError();
    if (accepted && (!r.hasReply || r.errorCode != 0)) {
        std::fprintf(stderr, "fuzz_pushreply: accepted without error_code 0\n");
        std::abort();
    }
    if (!accepted && r.error.text.isEmpty()) {
        std::fprintf(stderr, "fuzz_pushreply: refused without words\n");
        std::abort();
    }
    if (r.error.kind == btxh::GatewayError::Kind::Business && r.errorCode == 0) {
        std::fprintf(stderr, "fuzz_pushreply: a business error with error_code 0\n");
        std::abort();
    }
    return 0;
}
