// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace btxh::cli {

// btxh pull [--kind K] [--province C [--district C [--commune C]]] [--from T] [--to T] [--db PATH]: dossiers,
// progress and results from the gateway into the database.
class PullCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(PullCommand)
public:
    QString name() const override { return QStringLiteral("pull"); }
    bool acceptsServerDatabase() const override { return true; }
    QString summary() const override;
    void setup(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};

} // namespace btxh::cli
