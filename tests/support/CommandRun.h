// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

namespace btxh::test {

// One `btxh` sub-command run inside the test's own process, with `input` as its standard input (not a
// terminal) and what it printed: for the tests that inject fakes (a memory keychain) into a command.
// Bad usage that the parser itself rejects comes back as ExitBadInput with the parser's words.
struct CommandRun {
    int code = -1;
    QString out;
    QString err;

    static CommandRun run(const cli::Command &command, const QStringList &args, const QString &input = {},
                          const QProcessEnvironment &env = {}) {
        QString out, err, in = input;
        QTextStream outStream(&out), errStream(&err), inStream(&in);
        cli::CliContext context{outStream, errStream, inStream, env, false};
        QCommandLineParser parser;
        command.setup(parser);
        if (!parser.parse(QStringList{QStringLiteral("btxh ") + command.name()} + args))
            return {cli::ExitBadInput, {}, parser.errorText()};
        CommandRun r;
        r.code = command.run(parser, context);
        outStream.flush();
        errStream.flush();
        r.out = out;
        r.err = err;
        return r;
    }
};

} // namespace btxh::test
