// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "ValidationOptions.h"

namespace btxh::cli {

// btxh import-sheet FILE.csv [--yes] [--drafts]: many new dossiers from the spreadsheet template, as the
// app's File > Import does. Every row is judged and its problems printed (row and column named); only with
// --yes is anything stored, and rows with errors only with --drafts (as drafts). --template FILE writes the
// empty template instead.
class ImportSheetCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ImportSheetCommand)
public:
    QString name() const override { return QStringLiteral("import-sheet"); }
    bool acceptsServerDatabase() const override { return true; }
    QString summary() const override;
    void setup(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;

private:
    ValidationOptions m_validation;
};

} // namespace btxh::cli
