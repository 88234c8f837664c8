// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace btxh::cli {

// btxh print receipt|sheet MAHOSO / btxh print book [filters]: the documents the app prints, to a PDF file
// (--pdf FILE) or to the default printer. Runs under a QGuiApplication on the offscreen platform (main.cpp).
class PrintCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(PrintCommand)
public:
    QString name() const override { return QStringLiteral("print"); }
    QString summary() const override;
    bool needsGui() const override { return true; }
    void setup(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};

} // namespace btxh::cli
