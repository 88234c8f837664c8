// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace btxh::cli {

// btxh convert FILE...: the request form (what would be pushed) of whatever the files hold, as JSON.
class ConvertCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ConvertCommand)
public:
    QString name() const override { return QStringLiteral("convert"); }
    QString summary() const override;
    void setup(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};

} // namespace btxh::cli
