// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "Store.h"

#include <QCommandLineParser>
#include <optional>

namespace btxh::cli {

// --indexes for the commands that load many dossiers at once (import, pull, sync): whether the database's
// indexes are set aside while they write and made again at the end (DeferredIndexes). "auto", the default,
// defers them when the load is large against the database: an import expected to bring at least MinItems
// dossiers and no fewer than the database holds, or a pull into a database of fewer than SmallDatabase (a
// first pull, whose size is unknown until it ends).
class IndexDeferral {
    Q_DECLARE_TR_FUNCTIONS(IndexDeferral)
public:
    enum class When { Auto, Defer, Keep };
    static constexpr qint64 MinItems = 5000;
    static constexpr qint64 SmallDatabase = 5000;
    // A pull-dialect dossier is 3 KB of JSON or more: counting one per 2 KB over-estimates an import.
    static constexpr qint64 BytesPerItemEstimate = 2048;

    static void addOption(QCommandLineParser &parser);
    // The option's value; nothing, with the message printed, when it is not one of the three.
    static std::optional<When> when(const QCommandLineParser &parser, const QString &command,
                                    CliContext &context);

    // Defers when `when` asks for it, for a load of about `expectedItems` dossiers (-1: not known). False,
    // with the message printed, when the store fails.
    bool begin(Store &store, When when, qint64 expectedItems, const QString &command, CliContext &context);
    // Makes the deferred indexes again (nothing when begin() deferred none). False, with the message printed,
    // when that fails: the next opening of the database makes them.
    bool finish(Store &store, const QString &command, CliContext &context);

private:
    bool m_deferred = false;
};

} // namespace btxh::cli
