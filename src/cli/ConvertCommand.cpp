// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConvertCommand.h"

#include "InputFile.h"
#include "JsonCodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace btxh::cli {

QString ConvertCommand::summary() const {
    return tr("print the request form (what would be pushed) of dossiers and steps in JSON files");
}

void ConvertCommand::setup(QCommandLineParser &parser) const {
    parser.setApplicationDescription(
        tr("Reads each FILE (request form, an array, or a pull response, in any of the spellings the gateway "
           "uses) and prints one JSON array of the dossiers and processing steps in request form: PascalCase "
           "keys, text values, dd/MM/yyyy dates and a well-formed CertificateExtentData XML document."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("JSON files to convert."),
                                 QStringLiteral("FILE..."));
    parser.addOption({QStringLiteral("out"), tr("Write to this file instead of standard output."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("keep-unknown"),
                      tr("Also write keys the specification does not know (as received).")});
}

int ConvertCommand::run(const QCommandLineParser &parser, CliContext &context) const {
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        context.err << tr("btxh convert: give at least one FILE") << Qt::endl;
        return ExitBadInput;
    }
    JsonCodec::WriteOptions options;
    options.includeUnknownKeys = parser.isSet(QStringLiteral("keep-unknown"));
    QJsonArray out;
    for (const QString &path : files) {
        const std::optional<Payload> payload = readPayloadFile(path, context.err);
        if (!payload)
            return ExitBadInput;
        for (const Dossier &d : payload->dossiers)
            out.append(JsonCodec::writeDossier(d, options));
        for (const ProcessingStep &s : payload->steps)
            out.append(JsonCodec::writeStep(s, options));
        for (const Query &q : payload->queries)
            out.append(JsonCodec::writeQuery(q));
    }
    const QByteArray json = QJsonDocument(out).toJson(QJsonDocument::Indented);
    if (parser.isSet(QStringLiteral("out"))) {
        QSaveFile file(parser.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
            context.err << tr("btxh convert: cannot write %1: %2").arg(file.fileName(), file.errorString())
                        << Qt::endl;
            return ExitBadInput;
        }
        return ExitOk;
    }
    context.out << QString::fromUtf8(json);
    return ExitOk;
}

} // namespace btxh::cli
