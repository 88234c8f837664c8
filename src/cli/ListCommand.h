// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace btxh::cli {

// btxh list [filters] [--json]: the stored dossiers, one line each, fetched page by page.
class ListCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ListCommand)
public:
    QString name() const override { return QStringLiteral("list"); }
    bool acceptsServerDatabase() const override { return true; }
    QString summary() const override;
    void setup(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};

} // namespace btxh::cli
