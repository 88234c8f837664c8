// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace btxh::cli {

// btxh push [--db PATH]: sends the queued dossiers, steps and results, in dependency order.
class PushCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(PushCommand)
public:
    QString name() const override { return QStringLiteral("push"); }
    bool acceptsServerDatabase() const override { return true; }
    QString summary() const override;
    void setup(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};

} // namespace btxh::cli
