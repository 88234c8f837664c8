// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidateCommand.h"

#include "InputFile.h"
#include "ProblemPrinter.h"
#include "Validator.h"

namespace btxh::cli {

QString ValidateCommand::summary() const {
    return tr("check dossiers and processing steps in JSON files against the specification");
}

void ValidateCommand::setup(QCommandLineParser &parser) const {
    parser.setApplicationDescription(
        tr("Checks each FILE: one dossier or processing step in request form, an array of them, or a pull "
           "response. Prints one line per problem: MaHoSo FIELD severity: message. Exit status: 0 no error, "
           "1 errors found, 2 a file cannot be read or is not JSON."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("JSON files to check."),
                                 QStringLiteral("FILE..."));
    m_validation.addTo(parser);
}

int ValidateCommand::run(const QCommandLineParser &parser, CliContext &context) const {
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        context.err << tr("btxh validate: give at least one FILE") << Qt::endl;
        return ExitBadInput;
    }
    int unreadable = 0, errors = 0, warnings = 0, records = 0;
    QString rules;
    for (const QString &path : files) {
        const QString prefix = files.size() > 1 ? path + QStringLiteral(": ") : QString();
        const std::optional<Payload> payload = readPayloadFile(path, context.err);
        if (!payload) {
            ++unreadable;
            continue;
        }
        ValidationContext vc;
        QString error;
        if (!m_validation.contextFor(parser, *payload, &vc, &error)) {
            context.err << "btxh validate: " << error << Qt::endl;
            return ExitBadInput;
        }
        Problems problems = payload->problems;
        if (payload->hasResult && payload->errorCode != 0) {
            Problem p;
            p.code = QStringLiteral("gateway-error");
            p.message =
                tr("the gateway answered error_code %1: %2").arg(payload->errorCode).arg(payload->message);
            problems.prepend(p);
        }
        if (rules.isEmpty()) {
            rules = ValidationOptions::rulesApplied(vc);
            context.err << rules << Qt::endl;
        }
        const Validator validator(vc);
        for (const Dossier &d : payload->dossiers)
            problems << validator.validate(d);
        for (const ProcessingStep &s : payload->steps)
            problems << validator.validate(s);
        for (const Query &q : payload->queries)
            problems << validator.validate(q);
        records += int(payload->dossiers.size() + payload->steps.size() + payload->queries.size());
        for (const Problem &p : std::as_const(problems)) {
            context.out << prefix << formatProblem(p) << '\n';
            (p.isError() ? errors : warnings) += 1;
        }
    }
    context.out.flush();
    context.err << tr("%n record(s) checked", nullptr, records) << ", " << tr("%n error(s)", nullptr, errors)
                << ", " << tr("%n warning(s)", nullptr, warnings) << Qt::endl;
    if (unreadable > 0)
        return ExitBadInput;
    return errors > 0 ? ExitProblems : ExitOk;
}

} // namespace btxh::cli
