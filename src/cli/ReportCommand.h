// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace btxh::cli {

// btxh report --from DATE --to DATE [--province CODE | --commune CODE] --by procedure|commune|month|status
// [--format table|csv|json] [--overdue] [--today DATE] [--db PATH]: the dashboard's counts (received,
// finished on time and late, in progress within the deadline and overdue, the on-time rate), counted in the
// store's SQL, on a file or an office's PostgreSQL database; --overdue lists the overdue dossiers instead.
class ReportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
public:
    QString name() const override { return QStringLiteral("report"); }
    bool acceptsServerDatabase() const override { return true; }
    QString summary() const override;
    void setup(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};

} // namespace btxh::cli
