// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for the streaming reader of large payload files (PayloadStream): any bytes must be
// refused with a message or cut into windows that each read as a document, never a crash, a hang or
// unbounded memory.

#include "Payload.h"
#include "PayloadStream.h"

#include <QTemporaryFile>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    QTemporaryFile file;
    if (!file.open())
        return 0;
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();
    // A small chunk makes the reader cross chunk boundaries inside strings, escapes and nesting.
    btxh::PayloadStream stream(file.fileName(), 16);
    const btxh::PayloadStream::Status status = stream.open();
    if (status != btxh::PayloadStream::Status::Streamable) {
        if (stream.errorString().isEmpty()) {
            std::fprintf(stderr, "fuzz_payloadstream: refused without a message\n");
            std::abort();
        }
        return 0;
    }
    btxh::PayloadStream::Window window;
    qsizetype items = 0;
    for (int windows = 0; stream.next(3, &window); ++windows) {
        if (window.items < 0 || window.items > 3 || windows > stream.itemCount() + 1) {
            std::fprintf(stderr, "fuzz_payloadstream: window of %lld items\n",
                         static_cast<long long>(window.items));
            std::abort();
        }
        items += window.items;
        QString error;
        (void)btxh::PayloadReader::read(window.document, &error, window.firstItem);
    }
    if (stream.errorString().isEmpty() && items != stream.itemCount()) {
        std::fprintf(stderr, "fuzz_payloadstream: %lld items in windows, %lld counted\n",
                     static_cast<long long>(items), static_cast<long long>(stream.itemCount()));
        std::abort();
    }
    return 0;
}
