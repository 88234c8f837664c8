// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace btxh::cli {

// btxh show MAHOSO [--json]: one dossier whole, with its documents, result papers and steps in time order.
class ShowCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ShowCommand)
public:
    QString name() const override { return QStringLiteral("show"); }
    bool acceptsServerDatabase() const override { return true; }
    QString summary() const override;
    void setup(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};

} // namespace btxh::cli
