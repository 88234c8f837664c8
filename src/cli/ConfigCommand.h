#pragma once

#include "Command.h"

namespace btxh::cli {

// btxh config get [KEY] | set KEY VALUE [--db PATH]: the endpoint profile and the office's area, kept in the
// database's settings table (see SyncSettings for the keys and why there).
class ConfigCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ConfigCommand)
public:
    QString name() const override { return QStringLiteral("config"); }
    QString summary() const override;
    void setup(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;
};

} // namespace btxh::cli
