// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "CommandRegistry.h"

#include <QStringList>

namespace btxh::cli {

// Parses `btxh [--lang vi|en] [--version] [--help] COMMAND [options]`, installs the language and runs the
// command. Streams are injected so tests can run it in-process.
class CliApplication {
    Q_DECLARE_TR_FUNCTIONS(CliApplication)
public:
    explicit CliApplication(CliContext &context);

    int run(QStringList arguments);
    // Whether the command these arguments name paints (main.cpp then starts a QGuiApplication).
    static bool needsGui(QStringList arguments);

private:
    // Takes --lang and --verbose out of the arguments, wherever they stand.
    static void takeGlobalOptions(QStringList &args, QString *lang, bool *verbose);
    void printUsage(QTextStream &stream) const;

    CliContext &m_context;
    CommandRegistry m_registry;
};

} // namespace btxh::cli
