// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "ValidationOptions.h"

namespace btxh::cli {

// btxh import FILE...: a pull response becomes the server's copy; request-form dossiers and steps become
// local records, queued for push when valid and kept as drafts (problems printed) when not. Bad items are
// reported one by one and the good ones imported; --strict imports nothing if anything is bad.
class ImportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    bool acceptsServerDatabase() const override { return true; }
    QString summary() const override;
    void setup(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;

    static constexpr int BatchSize = 500; // items per transaction

private:
    ValidationOptions m_validation;
};

} // namespace btxh::cli
