// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace btxh::cli {

class CommandRegistry {
public:
    void add(std::unique_ptr<Command> command) { m_commands.push_back(std::move(command)); }
    const Command *find(const QString &name) const;
    const std::vector<std::unique_ptr<Command>> &commands() const { return m_commands; }

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

// Adds every command `btxh` knows. Defined in Commands.cpp: one line per command.
void registerCommands(CommandRegistry &registry);

} // namespace btxh::cli
