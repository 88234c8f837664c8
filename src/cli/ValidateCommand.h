// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "ValidationOptions.h"

namespace btxh::cli {

// btxh validate FILE...: one line per problem, `MaHoSo FIELD severity: message`.
class ValidateCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)
public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override;
    void setup(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;

private:
    ValidationOptions m_validation;
};

} // namespace btxh::cli
