// SPDX-License-Identifier: GPL-3.0-or-later
#include "PushCommand.h"

#include "StoreCommandSupport.h"
#include "SyncCommandSupport.h"

namespace btxh::cli {

QString PushCommand::summary() const {
    return tr("send queued dossiers, processing steps and final results to the gateway");
}

void PushCommand::setup(QCommandLineParser &parser) const {
    parser.setApplicationDescription(
        tr("Sends everything queued in the database's outbox, a dossier before its processing steps before "
           "its "
           "final result. An item whose answer was lost is sent again, which the gateway takes as a repeat, "
           "never as a second dossier. Items the gateway refuses are marked failed with its message; when "
           "the "
           "gateway cannot be reached, everything stays queued (working offline). The consumer key and "
           "secret "
           "come from BTXH_CONSUMER_KEY and BTXH_CONSUMER_SECRET when both are set, else from the keychain "
           "(btxh keys); BTXH_ENDPOINT overrides the gateway's address.\n") +
        SyncCommandSupport::exitCodesHelp());
    SyncCommandSupport::addWaitOption(parser);
    StoreCommandSupport::addDatabaseOption(parser);
}

int PushCommand::run(const QCommandLineParser &parser, CliContext &context) const {
    return SyncCommandSupport::run(SyncCommandSupport::Mode::Push, parser, context);
}

} // namespace btxh::cli
