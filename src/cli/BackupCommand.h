// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace btxh::cli {

// btxh backup FILE [--db PATH]: a consistent copy of the database, taken through SQLite's online backup API
// (the desktop app may keep working meanwhile), checked, and put in place only when complete.
class BackupCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString serverRefusal() const override;
    QString summary() const override;
    void setup(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};

} // namespace btxh::cli
