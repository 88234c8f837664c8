#include "SyncCommand.h"

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
    StoreCommandSupport::addDatabaseOption(parser);
}

int SyncCommand::run(const QCommandLineParser &parser, CliContext &context) const {
    return SyncCommandSupport::run(SyncCommandSupport::Mode::Sync, parser, context);
}

} // namespace btxh::cli
