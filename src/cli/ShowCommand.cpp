// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShowCommand.h"

#include "JsonCodec.h"
#include "PlaceCalendar.h"
#include "ProblemPrinter.h"
#include "StoreCommandSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace btxh::cli {

namespace {

// Place codes are printed beside their names in `places`, the list in force on the dossier's received date.
void printRecord(QTextStream &out, const Record &record, const QString &indent,
                 GsoList places = GsoList::Units2025) {
    for (const FieldSpec &f : record.table().fields()) {
        if (f.kind == FieldKind::Xml || !record.has(f.id))
            continue;
        const QString value = f.kind == FieldKind::Place
                                  ? PlaceCalendar::codeAndName(f.placeLevel, record.value(f.id), places)
                                  : record.value(f.id);
        out << indent << f.label() << " (" << f.wireName << "): " << value << '\n';
    }
    for (auto it = record.extras().begin(); it != record.extras().end(); ++it)
        out << indent << it.key() << ": " << JsonCodec::scalarText(it.value()) << '\n';
}

} // namespace

QString ShowCommand::summary() const {
    return tr("show one stored dossier with its documents, result papers and processing steps");
}

void ShowCommand::setup(QCommandLineParser &parser) const {
    parser.setApplicationDescription(
        tr("Shows the dossier MAHOSO: every field, its submitted documents and result papers, and its "
           "processing steps in time order. --json prints {\"dossier\": the request form, \"steps\": [...]}. "
           "Exit status: 0 ok, 1 no such dossier, 2 bad usage, 3 the database cannot be read."));
    parser.addPositionalArgument(QStringLiteral("MAHOSO"), tr("The dossier's code."));
    StoreCommandSupport::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("json"), tr("Print the request form and its steps as JSON.")});
}

int ShowCommand::run(const QCommandLineParser &parser, CliContext &context) const {
    if (parser.positionalArguments().size() != 1) {
        context.err << tr("btxh show: give exactly one MAHOSO") << Qt::endl;
        return ExitBadInput;
    }
    const QString code = parser.positionalArguments().constFirst().trimmed();
    Store store(StoreCommandSupport::options());
    if (!StoreCommandSupport::open(store, parser, name(), context, false))
        return ExitStoreError;
    const StoreResult<StoredDossier> stored = store.dossier(code);
    if (!stored) {
        context.err << StoreCommandSupport::storeErrorLine(name(), stored.error()) << Qt::endl;
        return stored.error().kind == StoreError::Kind::NotFound ? ExitProblems : ExitStoreError;
    }
    const StoreResult<QList<StoredStep>> steps = store.steps(code);
    if (!steps) {
        context.err << StoreCommandSupport::storeErrorLine(name(), steps.error()) << Qt::endl;
        return ExitStoreError;
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray stepArray;
        for (const StoredStep &s : *steps)
            stepArray.append(JsonCodec::writeStep(s.step));
        const QJsonObject o{{QStringLiteral("dossier"), JsonCodec::writeDossier(stored->dossier)},
                            {QStringLiteral("steps"), stepArray},
                            {QStringLiteral("syncState"), syncStateName(stored->syncState)}};
        context.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        context.out.flush();
        return ExitOk;
    }

    QTextStream &out = context.out;
    out << tr("Dossier %1").arg(stored->dossier.code()) << " — " << syncStateLabel(stored->syncState) << " ("
        << syncStateName(stored->syncState) << ")\n";
    if (!stored->lastMessage.isEmpty())
        out << tr("Server's last message: %1").arg(stored->lastMessage) << '\n';
    if (stored->syncState == SyncState::Conflict)
        out << tr("The server's copy changed while local edits were pending; both are kept until someone "
                  "chooses.")
            << '\n';
    if (!stored->deadline.isEmpty())
        out << tr("Legal deadline (latest step): %1").arg(stored->deadline) << '\n';
    if (stored->due.due.isValid())
        out << tr("Legal deadline of the dossier: %1, %2")
                   .arg(stored->due.due.toString(QStringLiteral("dd/MM/yyyy")),
                        DossierDeadline::sourceLabel(stored->due.source))
            << '\n';
    for (const Problem &p : stored->problems)
        out << "  " << formatProblem(p) << '\n';
    const GsoList places = PlaceCalendar::dossierList(stored->dossier.fields, QDate::currentDate());
    out << tr("Place codes read against %1.").arg(PlaceCalendar::listName(places)) << '\n';
    out << '\n';
    printRecord(out, stored->dossier.fields, QStringLiteral("  "), places);
    const auto &documents = stored->dossier.extent.documents;
    out << '\n' << tr("Submitted documents: %1").arg(documents.size()) << '\n';
    for (qsizetype i = 0; i < documents.size(); ++i) {
        out << "  " << (i + 1) << ".\n";
        printRecord(out, documents.at(i), QStringLiteral("     "));
    }
    const auto &papers = stored->dossier.extent.resultPapers;
    out << '\n' << tr("Result papers: %1").arg(papers.size()) << '\n';
    for (qsizetype i = 0; i < papers.size(); ++i) {
        out << "  " << (i + 1) << ".\n";
        printRecord(out, papers.at(i), QStringLiteral("     "));
    }
    out << '\n' << tr("Processing steps: %1").arg(steps->size()) << '\n';
    for (qsizetype i = 0; i < steps->size(); ++i) {
        const StoredStep &s = steps->at(i);
        out << "  " << (i + 1) << ". " << s.step.value(ProgressField::ThoiDiemXuLy) << " — "
            << (s.local ? tr("entered here") : tr("from the server")) << ", " << syncStateName(s.syncState)
            << '\n';
        printRecord(out, s.step.fields, QStringLiteral("     "));
    }
    out.flush();
    return ExitOk;
}

} // namespace btxh::cli
