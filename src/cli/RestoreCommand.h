// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace btxh::cli {

// btxh restore FILE [--db PATH] [--yes]: replaces the database with a backup once the backup has passed its
// check, keeping the database as it was in a safety copy beside it. Asks first on a terminal; without one,
// only with --yes.
class RestoreCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString serverRefusal() const override;
    QString summary() const override;
    void setup(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};

} // namespace btxh::cli
