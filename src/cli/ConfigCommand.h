// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <optional>

namespace btxh::cli {

// btxh config get [KEY] | set KEY VALUE [--db PATH]: the endpoint profile and the office's area, kept in the
// database's settings table (see SyncSettings for the keys and why there), the deadline rules
// (DeadlineSettings: processing times, days off and make-up days) and the role (app.role). An administrator's
// settings are refused to the other roles, as in the app's Settings (AdministratorSettings).
class ConfigCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ConfigCommand)
public:
    QString name() const override { return QStringLiteral("config"); }
    QString summary() const override;
    void setup(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;

private:
    // The deadline rules' keys (DeadlineSettings): one, or all when `key` is empty.
    static bool printDeadlineSettings(const QString &path, const QString &key, CliContext &context);
    // A role's stored name (app.role), or std::nullopt with the names it may be.
    static std::optional<QString> normaliseRole(const QString &value, QString *error);
};

} // namespace btxh::cli
