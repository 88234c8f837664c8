// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportSheetCommand.h"

#include "SheetImport.h"
#include "StoreCommandSupport.h"

#include <QFileInfo>

namespace btxh::cli {

QString ImportSheetCommand::summary() const {
    return tr("check, then store, new dossiers from a spreadsheet (CSV) in the import template");
}

void ImportSheetCommand::setup(QCommandLineParser &parser) const {
    parser.setApplicationDescription(tr(
        "Reads FILE, a sheet in the import template saved as CSV UTF-8 (a list exported with btxh export "
        "--format csv reads too), judges every row and prints each problem with its row and column. Nothing "
        "is stored without --yes; then the valid rows are stored and queued for the next sync, and rows with "
        "errors only with --drafts, as drafts. Rows without MaHoSo, repeated in the file or already in the "
        "database are never stored. Exit status: 0 every row good (and stored with --yes), 1 some rows have "
        "problems, 2 the file cannot be used or bad usage, 3 the database cannot be read or written."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The CSV file to import."),
                                 QStringLiteral("FILE"));
    StoreCommandSupport::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("yes"), tr("Store the rows (without it, only check them).")});
    parser.addOption({QStringLiteral("drafts"), tr("Keep rows with errors as drafts.")});
    parser.addOption({QStringLiteral("template"),
                      tr("Write the empty template (.csv or .xlsx) to FILE and stop."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("user"), tr("Name recorded in the audit trail (default: $USER)."),
                      QStringLiteral("NAME")});
    m_validation.addTo(parser);
}

int ImportSheetCommand::run(const QCommandLineParser &parser, CliContext &context) const {
    const QString prefix = QStringLiteral("btxh import-sheet: ");
    if (parser.isSet(QStringLiteral("template"))) {
        const QString path = parser.value(QStringLiteral("template"));
        QString error;
        const TableFormat format = TableWriter::formatForPath(path).value_or(TableFormat::Csv);
        if (!SheetImport::writeTemplate(path, format, &error)) {
            context.err << prefix << error << Qt::endl;
            return ExitBadInput;
        }
        context.err << tr("The import template was written to %1").arg(path) << Qt::endl;
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        context.err << prefix << tr("give one FILE") << Qt::endl;
        return ExitBadInput;
    }
    SheetImport::Options options;
    QString error;
    if (!m_validation.contextFor(parser, Payload(), &options.context, &error)) {
        context.err << prefix << error << Qt::endl;
        return ExitBadInput;
    }
    options.context.direction =
        Direction::Outgoing; // new dossiers entered here, judged as we would send them
    Store::Options storeOptions;
    storeOptions.user = parser.value(QStringLiteral("user"));
    if (storeOptions.user.isEmpty())
        storeOptions.user = context.env.value(QStringLiteral("USER"), QStringLiteral("local"));
    Store store(StoreCommandSupport::options(storeOptions));
    if (!StoreCommandSupport::open(store, parser, name(), context, false))
        return ExitStoreError;

    SheetImport sheet;
    if (!sheet.read(files.constFirst(), &store, options)) {
        context.err << prefix << sheet.error() << Qt::endl;
        return sheet.storeFailed() ? ExitStoreError : ExitBadInput;
    }
    for (const Problem &p : sheet.fileProblems())
        context.out << p.message << '\n';
    for (const SheetImport::Row &row : sheet.rows())
        for (const Problem &p : row.problems)
            context.out << (p.isError() ? tr("error") : tr("warning")) << ": " << sheet.describe(row, p)
                        << '\n';
    const int ready = sheet.count(SheetImport::RowState::Ready);
    const int withErrors = sheet.count(SheetImport::RowState::HasErrors);
    const int rejected = sheet.count(SheetImport::RowState::Rejected);
    context.err << tr("%1 rows: %2 ready, %3 with errors, %4 cannot be imported.")
                       .arg(sheet.rows().size())
                       .arg(ready)
                       .arg(withErrors)
                       .arg(rejected)
                << Qt::endl;
    const bool problems = withErrors + rejected > 0;
    if (!parser.isSet(QStringLiteral("yes"))) {
        context.err << tr("Nothing was stored: add --yes to store the ready rows (and --drafts to keep the "
                          "rows with errors as drafts).")
                    << Qt::endl;
        return problems ? ExitProblems : ExitOk;
    }
    const ChangeSet changes = sheet.changes(parser.isSet(QStringLiteral("drafts")));
    if (const StoreResult<ChangeResult> stored =
            changes.isEmpty() ? StoreResult<ChangeResult>(ChangeResult()) : store.apply(changes);
        !stored) {
        context.err << StoreCommandSupport::storeErrorLine(name(), stored.error()) << Qt::endl;
        return ExitStoreError;
    }
    context.err << tr("%n dossier(s) stored.", nullptr, int(changes.local.size())) << Qt::endl;
    return problems ? ExitProblems : ExitOk;
}

} // namespace btxh::cli
