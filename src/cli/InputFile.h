#pragma once

#include "Payload.h"

#include <QString>
#include <optional>

namespace btxh::cli {

// Reads a JSON file given on the command line into a Payload, or says in one line why it cannot.
std::optional<Payload> readPayloadFile(const QString &path, QString *error);

} // namespace btxh::cli
