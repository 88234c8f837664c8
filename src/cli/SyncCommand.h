// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace btxh::cli {

// btxh sync [pull options] [--db PATH]: push, then pull.
class SyncCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)
public:
    QString name() const override { return QStringLiteral("sync"); }
    bool acceptsServerDatabase() const override { return true; }
    QString summary() const override;
    void setup(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};

} // namespace btxh::cli
