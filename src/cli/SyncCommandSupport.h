// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "SyncEngine.h"

#include <QCommandLineParser>
#include <functional>
#include <memory>
#include <optional>

namespace btxh {
class Store;
}

namespace btxh::cli {

// What `btxh pull`, `btxh push` and `btxh sync` share (--db is StoreCommandSupport's): the office's settings,
// the key pair, the gateway client and the engine, the progress line, Ctrl-C, the summary and the exit code.
class SyncCommandSupport {
    Q_DECLARE_TR_FUNCTIONS(SyncCommandSupport)

public:
    enum class Mode { Push, Pull, Sync };

    // --kind, --province, --district, --commune, --from, --to.
    static void addPullOptions(QCommandLineParser &parser);
    static void addWaitOption(QCommandLineParser &parser); // --wait S (in addPullOptions already)
    static QString exitCodesHelp();

    // Runs one sync run to its end and prints what happened; returns the exit code.
    static int run(Mode mode, const QCommandLineParser &parser, CliContext &context);

    // The pull a command line asks for, on top of the configured area. std::nullopt with a message printed.
    static std::optional<PullSpec> pullSpec(const QCommandLineParser &parser, const SyncArea &configured,
                                            const QString &command, CliContext &context);
    static int exitCodeFor(const SyncReport &report);
};

} // namespace btxh::cli
