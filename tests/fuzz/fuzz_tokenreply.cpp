// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for the reader of token replies (the MToken: access_token, expires_in, ...): any
// bytes must give a token or a reason, and a usable lifetime; never a crash.

#include "JsonCodec.h"
#include "TokenProvider.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return 0;
    QString problem;
    const std::optional<btxh::TokenResponse> token = btxh::JsonCodec::readToken(doc.object(), &problem);
    if (!token) {
        if (problem.isEmpty()) {
            std::fprintf(stderr, "fuzz_tokenreply: refused without a reason\n");
            std::abort();
        }
        return 0;
    }
    const qint64 lifetime = std::max<qint64>(token->expiresInSeconds, 0);
    const qint64 margin = btxh::TokenProvider::refreshMarginSeconds(lifetime);
    if (margin < 0 || margin > lifetime) {
        std::fprintf(stderr, "fuzz_tokenreply: refresh margin %lld for a lifetime of %lld\n",
                     static_cast<long long>(margin), static_cast<long long>(lifetime));
        std::abort();
    }
    return 0;
}
