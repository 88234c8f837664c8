// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndexDeferral.h"

#include "StoreCommandSupport.h"

namespace btxh::cli {

namespace {

const QString OptionName = QStringLiteral("indexes");

} // namespace

void IndexDeferral::addOption(QCommandLineParser &parser) {
    parser.addOption(
        {OptionName,
         tr("Whether the database's indexes are set aside while the dossiers are written and made "
            "again at the end, which is faster for a large load (meanwhile a search does not find the "
            "dossiers being loaded): auto (default: a large load into a small database), defer or keep."),
         QStringLiteral("WHEN"), QStringLiteral("auto")});
}

std::optional<IndexDeferral::When> IndexDeferral::when(const QCommandLineParser &parser,
                                                       const QString &command, CliContext &context) {
    const QString value = parser.value(OptionName);
    if (value == u"auto")
        return When::Auto;
    if (value == u"defer")
        return When::Defer;
    if (value == u"keep")
        return When::Keep;
    context.err << tr("btxh %1: --indexes is auto, defer or keep, not \"%2\".").arg(command, value)
                << Qt::endl;
    return std::nullopt;
}

bool IndexDeferral::begin(Store &store, When when, qint64 expectedItems, const QString &command,
                          CliContext &context) {
    if (when == When::Keep || store.isServer() || store.isReadOnly())
        return true;
    if (when == When::Auto) {
        const StoreResult<qint64> stored = store.count(ListFilter());
        if (!stored) {
            context.err << StoreCommandSupport::storeErrorLine(command, stored.error()) << Qt::endl;
            return false;
        }
        const bool large = expectedItems < 0 ? *stored < SmallDatabase
                                             : expectedItems >= MinItems && expectedItems >= *stored;
        if (!large)
            return true;
    }
    const StoreResult<int> deferred = store.deferredIndexes().defer();
    if (!deferred) {
        context.err << StoreCommandSupport::storeErrorLine(command, deferred.error()) << Qt::endl;
        return false;
    }
    m_deferred = *deferred > 0;
    return true;
}

bool IndexDeferral::finish(Store &store, const QString &command, CliContext &context) {
    if (!m_deferred)
        return true;
    m_deferred = false;
    // Indexing a province's dossiers takes a while: a terminal sees how far it is.
    bool shown = false;
    const StoreResult<int> restored = store.deferredIndexes().restore([&](int done, int total) {
        if (!context.interactive)
            return;
        context.err
            << '\r'
            << tr("btxh %1: making the database's indexes again: %2 of %3").arg(command).arg(done).arg(total)
            << "\033[K";
        context.err.flush();
        shown = true;
    });
    if (shown) {
        context.err << "\r\033[K";
        context.err.flush();
    }
    if (!restored) {
        context.err << StoreCommandSupport::storeErrorLine(command, restored.error()) << Qt::endl;
        context.err
            << tr("btxh %1: the database's indexes are made again the next time it is opened.").arg(command)
            << Qt::endl;
        return false;
    }
    return true;
}

} // namespace btxh::cli
