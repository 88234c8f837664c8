// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Payload.h"

#include <QString>
#include <QTextStream>
#include <optional>

namespace btxh::cli {

// Reads a JSON file given on the command line into a Payload, or says in one line on err why it cannot
// ("PATH: why").
std::optional<Payload> readPayloadFile(const QString &path, QTextStream &err);

} // namespace btxh::cli
