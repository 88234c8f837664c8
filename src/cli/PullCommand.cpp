// SPDX-License-Identifier: GPL-3.0-or-later
#include "PullCommand.h"

#include "StoreCommandSupport.h"
#include "SyncCommandSupport.h"

namespace btxh::cli {

QString PullCommand::summary() const {
    return tr("receive dossiers, processing progress and final results from the gateway");
}

void PullCommand::setup(QCommandLineParser &parser) const {
    parser.setApplicationDescription(
        tr("Pulls from the gateway (NDXP or the province's LGSP, see btxh config) into the database: "
           "registered "
           "dossiers, processing progress and final results of the office's area, by time window. By default "
           "each kind continues where its last pull in that area ended, reaching back sync.overlap-minutes "
           "so "
           "that nothing between two pulls is missed; what was already stored counts as unchanged. A dossier "
           "the server changed while local changes are waiting becomes a conflict (both copies kept), never "
           "an "
           "overwrite. The consumer key and secret come from BTXH_CONSUMER_KEY and BTXH_CONSUMER_SECRET when "
           "both are set, else from the keychain (btxh keys); BTXH_ENDPOINT overrides the gateway's "
           "address.\n") +
        SyncCommandSupport::exitCodesHelp());
    SyncCommandSupport::addPullOptions(parser);
    StoreCommandSupport::addDatabaseOption(parser);
}

int PullCommand::run(const QCommandLineParser &parser, CliContext &context) const {
    return SyncCommandSupport::run(SyncCommandSupport::Mode::Pull, parser, context);
}

} // namespace btxh::cli
