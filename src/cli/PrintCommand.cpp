// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintCommand.h"

#include "PageSetup.h"
#include "Payload.h"
#include "PrintJob.h"
#include "Printers.h"
#include "StoreCommandSupport.h"
#include "ValidationOptions.h"

#include <QDir>
#include <QPrinter>
#include <QPrinterInfo>

namespace btxh::cli {

using documents::PrintJob;

namespace {

const ValidationOptions &readingOptions() {
    static const ValidationOptions options;
    return options;
}

} // namespace

QString PrintCommand::summary() const {
    return tr("print a dossier's receipt or sheet, or the tracking book of the list, or save it as PDF");
}

void PrintCommand::setup(QCommandLineParser &parser) const {
    parser.setApplicationDescription(tr(
        "btxh print receipt MAHOSO: the citizen's receipt with its appointment date and QR code.\n"
        "btxh print sheet MAHOSO: every field, the documents, the result papers and the processing steps.\n"
        "btxh print book [filters]: the tracking book of the dossiers `btxh list` shows with the same "
        "filters.\n"
        "Goes to the default printer, or to a PDF file with --pdf FILE. Exit status: 0 ok, 1 no such "
        "dossier, 2 bad usage or the file cannot be written, 3 the database cannot be read, 5 no printer "
        "is installed (use --pdf)."));
    parser.addPositionalArgument(QStringLiteral("WHAT"), tr("receipt, sheet or book"));
    parser.addPositionalArgument(QStringLiteral("MAHOSO"), tr("The dossier's code (receipt and sheet)."),
                                 QStringLiteral("[MAHOSO]"));
    StoreCommandSupport::addDatabaseOption(parser);
    StoreCommandSupport::addListOptions(parser);
    readingOptions().addTo(parser);
    parser.addOptions({
        {QStringLiteral("pdf"), tr("Write a PDF file instead of printing."), QStringLiteral("FILE")},
        {QStringLiteral("paper"), tr("Paper of the receipt: A4 (default) or A5."), QStringLiteral("SIZE"),
         QStringLiteral("A4")},
        {QStringLiteral("officer"),
         tr("The receiving officer's name, when the dossier's first step does not name one."),
         QStringLiteral("NAME")},
        {QStringLiteral("office"),
         tr("The office's name, when the dossier does not give it (and atop the "
            "book)."),
         QStringLiteral("NAME")},
    });
}

int PrintCommand::run(const QCommandLineParser &parser, CliContext &context) const {
    const auto fail = [&](const QString &message, int code) {
        context.err << "btxh print: " << message << Qt::endl;
        return code;
    };
    const QStringList args = parser.positionalArguments();
    const std::optional<PrintJob::Kind> kind =
        args.isEmpty() ? std::nullopt : PrintJob::kindFromName(args[0]);
    if (!kind)
        return fail(tr("say what to print: receipt MAHOSO, sheet MAHOSO or book"), ExitBadInput);
    const bool book = *kind == PrintJob::Kind::Book;
    if (args.size() != (book ? 1 : 2))
        return fail(book ? tr("the book takes filters, not a MAHOSO") : tr("give exactly one MAHOSO"),
                    ExitBadInput);
    const std::optional<documents::Paper> paper =
        documents::PageSetup::paperFromName(parser.value(QStringLiteral("paper")));
    if (!paper)
        return fail(tr("--paper: use A4 or A5, not \"%1\"").arg(parser.value(QStringLiteral("paper"))),
                    ExitBadInput);
    ValidationContext reading;
    QString error;
    if (!readingOptions().contextFor(parser, Payload(), &reading, &error))
        return fail(error, ExitBadInput);
    ListQuery query;
    qint64 limit = 0;
    if (book && !StoreCommandSupport::listQuery(parser, &query, &limit, &error))
        return fail(error, ExitBadInput);
    const QString pdf = parser.value(QStringLiteral("pdf"));
    if (pdf.isEmpty() && !documents::Printers::available())
        return fail(documents::Printers::noPrinterMessage() + u' ' + tr("Use --pdf FILE."), ExitConfigError);

    Store store;
    if (!StoreCommandSupport::open(store, parser, name(), context, true))
        return ExitStoreError;
    documents::PrintContext print;
    print.places = reading.places;
    print.ethnicity = reading.ethnicity;
    print.now = QDateTime(reading.today, QTime::currentTime());
    print.officer = parser.value(QStringLiteral("officer"));
    print.office = parser.value(QStringLiteral("office"));
    PrintJob job(store, print);
    job.setPaper(*paper);
    if (book) {
        job.setBook(query, limit, PrintJob::describe(query.filter, print));
    } else if (const std::optional<StoreError> e = job.loadDossier(*kind, args[1])) {
        context.err << StoreCommandSupport::storeErrorLine(name(), *e) << Qt::endl;
        return e->kind == StoreError::Kind::NotFound ? ExitProblems : ExitStoreError;
    }

    // A long book says how far it is on a terminal.
    qint64 lastShown = 0;
    const auto progress = [&](qint64 done, qint64 total) {
        if (context.interactive && total > 0 && (done - lastShown >= 200 || done == total)) {
            context.err << '\r' << tr("%1 of %2 dossiers").arg(done).arg(total) << Qt::flush;
            lastShown = done;
        }
        return true;
    };
    PrintJob::Outcome outcome;
    if (!pdf.isEmpty()) {
        outcome = job.writePdf(pdf, progress, &error);
    } else {
        QPrinter printer(QPrinterInfo::defaultPrinter(), QPrinter::HighResolution);
        printer.setPageLayout(job.pageLayout());
        printer.setDocName(job.title());
        outcome = job.paint(&printer, progress, &error);
    }
    if (context.interactive && lastShown > 0)
        context.err << '\n';
    if (outcome != PrintJob::Outcome::Printed)
        return fail(error, ExitBadInput);
    if (!pdf.isEmpty())
        context.err << tr("Written: %1").arg(QDir::toNativeSeparators(pdf)) << Qt::endl;
    return ExitOk;
}

} // namespace btxh::cli
