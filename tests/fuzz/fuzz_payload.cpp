// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for the JSON payload reader: any bytes must give a payload or a message, never a
// crash, a hang or unbounded memory.

#include "Payload.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<btxh::Payload> payload = btxh::PayloadReader::read(json, &error);
    if (!payload && error.isEmpty()) {
        std::fprintf(stderr, "fuzz_payload: refused without a message\n");
        std::abort();
    }
    return 0;
}
