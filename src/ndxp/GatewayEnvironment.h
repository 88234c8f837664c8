// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EndpointProfile.h"
#include "RetryPolicy.h"

#include <QDateTime>
#include <functional>

class QNetworkAccessManager;

namespace btxh {

// The clock used for token lifetimes; tests pass a fake one.
using Clock = std::function<QDateTime()>;
// Uniform random numbers in [0, 1) for retry jitter; tests pass a fixed one.
using RandomSource = std::function<double()>;

// Everything a gateway call depends on from outside, injected rather than global (CONTRIBUTING.md).
// The QNetworkAccessManager is not owned and must outlive the client and its jobs.
struct GatewayEnvironment {
    QNetworkAccessManager *network = nullptr;
    EndpointProfile profile;
    RetryPolicy retry;
    Clock clock;         // empty = QDateTime::currentDateTimeUtc
    RandomSource random; // empty = QRandomGenerator::global()

    QDateTime now() const;
    double nextRandom() const;
};

} // namespace btxh
