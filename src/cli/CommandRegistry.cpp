// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandRegistry.h"

namespace btxh::cli {

const Command *CommandRegistry::find(const QString &name) const {
    for (const auto &c : m_commands)
        if (c->name() == name)
            return c.get();
    return nullptr;
}

} // namespace btxh::cli
