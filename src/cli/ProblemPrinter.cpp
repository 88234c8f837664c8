// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemPrinter.h"

#include <QCoreApplication>

namespace btxh::cli {

QString severityName(Severity severity) {
    return severity == Severity::Error ? QCoreApplication::translate("ProblemPrinter", "error")
                                       : QCoreApplication::translate("ProblemPrinter", "warning");
}

QString formatProblem(const Problem &p) {
    const QString key = p.recordKey.isEmpty() ? QStringLiteral("-") : p.recordKey;
    const QString field = p.field.isEmpty() ? QStringLiteral("-") : p.field;
    const QString message = p.label.isEmpty() ? p.message : p.label + QStringLiteral(": ") + p.message;
    return key + u' ' + field + u' ' + severityName(p.severity) + QStringLiteral(": ") + message;
}

} // namespace btxh::cli
