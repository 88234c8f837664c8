// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupCommand.h"
#include "CommandRegistry.h"
#include "ConfigCommand.h"
#include "ConvertCommand.h"
#include "DbCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "ImportSheetCommand.h"
#include "KeysCommand.h"
#include "ListCommand.h"
#include "PrintCommand.h"
#include "PullCommand.h"
#include "PushCommand.h"
#include "ReportCommand.h"
#include "RestoreCommand.h"
#include "ShowCommand.h"
#include "SyncCommand.h"
#include "ValidateCommand.h"

namespace btxh::cli {

void registerCommands(CommandRegistry &registry) {
    registry.add(std::make_unique<ValidateCommand>());
    registry.add(std::make_unique<ConvertCommand>());
    registry.add(std::make_unique<KeysCommand>());
    registry.add(std::make_unique<ConfigCommand>());
    registry.add(std::make_unique<PullCommand>());
    registry.add(std::make_unique<PushCommand>());
    registry.add(std::make_unique<SyncCommand>());
    registry.add(std::make_unique<ImportCommand>());
    registry.add(std::make_unique<ImportSheetCommand>());
    registry.add(std::make_unique<ListCommand>());
    registry.add(std::make_unique<ShowCommand>());
    registry.add(std::make_unique<ExportCommand>());
    registry.add(std::make_unique<BackupCommand>());
    registry.add(std::make_unique<RestoreCommand>());
    registry.add(std::make_unique<DbCommand>());
    registry.add(std::make_unique<ReportCommand>());
    registry.add(std::make_unique<PrintCommand>());
}

} // namespace btxh::cli
