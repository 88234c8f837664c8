// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "ValidationOptions.h"

namespace btxh::cli {

// btxh export --format xlsx|csv|json --out FILE [list filters]: the listed dossiers to a file, written page
// by page and put in place only when complete.
class ExportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    bool acceptsServerDatabase() const override { return true; }
    QString summary() const override;
    void setup(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;

private:
    ValidationOptions m_validation; // --places and --ethnicity say how codes are named
};

} // namespace btxh::cli
