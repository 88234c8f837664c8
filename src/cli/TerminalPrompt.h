// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace btxh::cli {

// Asks for a secret on the terminal without echoing what is typed (the consumer secret, a database
// password), restoring the terminal even when Ctrl-C interrupts. Returns the line typed, trimmed.
QString promptWithoutEcho(CliContext &context, const QString &prompt);

} // namespace btxh::cli
