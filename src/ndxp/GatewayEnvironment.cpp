// SPDX-License-Identifier: GPL-3.0-or-later
#include "GatewayEnvironment.h"

#include <QRandomGenerator>

namespace btxh {

QDateTime GatewayEnvironment::now() const {
    return clock ? clock() : QDateTime::currentDateTimeUtc();
}

double GatewayEnvironment::nextRandom() const {
    return random ? random() : QRandomGenerator::global()->generateDouble();
}

} // namespace btxh
