// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncCommand.h"

#include "QuarantineReport.h"
#include "Store.h"
#include "StoreCommandSupport.h"
#include "SyncCommandSupport.h"

namespace btxh::cli {

QString SyncCommand::summary() const {
    return tr("push the queued changes, then pull (btxh push, then btxh pull)");
}

void SyncCommand::setup(QCommandLineParser &parser) const {
    parser.setApplicationDescription(
        tr("Sends the outbox (as btxh push), then pulls (as btxh pull, with the same options). When the "
           "gateway "
           "cannot be reached, nothing is lost: everything stays queued and the run says \"working "
           "offline\". "
           "Ctrl-C stops the run; what was stored is kept and the rest stays queued.\n") +
        SyncCommandSupport::exitCodesHelp());
    SyncCommandSupport::addPullOptions(parser);
    parser.addOption(QCommandLineOption(
        QStringLiteral("report"),
        tr("Do not sync: show what is queued and the pulled items that could not be read (kept verbatim; "
           "their windows are pulled again until dismissed).")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("dismiss"), tr("Do not sync: dismiss the unreadable pulled item ID (see --report)."),
        QStringLiteral("ID")));
    StoreCommandSupport::addDatabaseOption(parser);
}

int SyncCommand::run(const QCommandLineParser &parser, CliContext &context) const {
    const bool report = parser.isSet(QStringLiteral("report"));
    const bool dismiss = parser.isSet(QStringLiteral("dismiss"));
    if (!report && !dismiss)
        return SyncCommandSupport::run(SyncCommandSupport::Mode::Sync, parser, context);
    Store store(StoreCommandSupport::options());
    if (const StoreResult<void> opened = store.open(StoreCommandSupport::databasePath(parser)); !opened) {
        context.err << "btxh sync: " << opened.error().message << Qt::endl;
        return ExitStoreError;
    }
    if (dismiss)
        return QuarantineReport::dismiss(store, parser.value(QStringLiteral("dismiss")), context);
    return QuarantineReport::print(store, context);
}

} // namespace btxh::cli
