// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "DossierExport.h"
#include "JsonCodec.h"
#include "StoreCommandSupport.h"
#include "TableWriter.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace btxh::cli {

QString ExportCommand::summary() const {
    return tr("export the listed dossiers to an Excel (.xlsx), CSV or JSON file");
}

void ExportCommand::setup(QCommandLineParser &parser) const {
    parser.setApplicationDescription(
        tr("Writes the dossiers the filters select (the same filters as btxh list) to FILE: xlsx (an Excel "
           "workbook with real dates), CSV in UTF-8 with a byte-order mark so Excel shows Vietnamese "
           "correctly, or JSON (an array of dossiers in request form). The sheets have every field in the "
           "field table's order, headed by its label, codes with their names beside them, then the sync "
           "state and the legal deadline. Exit status: 0 ok, 2 bad usage or the file cannot be written, 3 "
           "the database cannot be read."));
    StoreCommandSupport::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("format"), tr("xlsx, csv or json (default: from the file's extension)."),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE")});
    StoreCommandSupport::addListOptions(parser);
    m_validation.addTo(parser);
}

int ExportCommand::run(const QCommandLineParser &parser, CliContext &context) const {
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty()) {
        context.err << tr("btxh export: give --out FILE") << Qt::endl;
        return ExitBadInput;
    }
    QString format = parser.value(QStringLiteral("format"));
    if (format.isEmpty())
        format = outPath.section(u'.', -1).toLower();
    const std::optional<TableFormat> table = TableWriter::formatFromName(format);
    if (!table && format != u"json") {
        context.err << tr("btxh export: --format: use xlsx, csv or json") << Qt::endl;
        return ExitBadInput;
    }
    ListQuery query;
    qint64 limit = 0;
    QString error;
    if (!StoreCommandSupport::listQuery(parser, &query, &limit, &error)) {
        context.err << "btxh export: " << error << Qt::endl;
        return ExitBadInput;
    }
    ValidationContext naming;
    if (!m_validation.contextFor(parser, Payload(), &naming, &error)) {
        context.err << "btxh export: " << error << Qt::endl;
        return ExitBadInput;
    }
    Store store(StoreCommandSupport::options());
    if (!StoreCommandSupport::open(store, parser, name(), context, false))
        return ExitStoreError;

    if (table) {
        const std::unique_ptr<TableWriter> writer = TableWriter::create(*table, outPath);
        const CaseListSheet sheet(CaseListSheet::catalogueNamer(naming));
        DossierExport::Progress progress;
        if (context.interactive)
            progress = [&context](qint64 done, qint64 total) {
                context.err << '\r' << tr("%L1 of %L2 dossiers written").arg(done).arg(total);
                context.err.flush();
                return true;
            };
        const DossierExport::Result r = DossierExport::run(store, query, limit, *writer, sheet, progress);
        if (context.interactive)
            context.err << '\n';
        if (!r.ok()) {
            context.err << "btxh export: " << r.error << Qt::endl;
            return r.storeFailed ? ExitStoreError : ExitBadInput;
        }
        context.err << tr("%n dossier(s) written to %1", nullptr, int(r.rows)).arg(outPath) << Qt::endl;
        return ExitOk;
    }

    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly)) {
        context.err << tr("btxh export: %1 cannot be written: %2").arg(outPath, file.errorString())
                    << Qt::endl;
        return ExitBadInput;
    }
    qint64 rows = 0;
    StoreError storeError;
    file.write("[");
    const bool ok = StoreCommandSupport::forEachRow(
        store, query, limit,
        [&](const ListRow &row) {
            const StoreResult<StoredDossier> stored = store.dossier(row.code);
            if (!stored) {
                storeError = stored.error();
                return false;
            }
            file.write(rows > 0 ? ",\n" : "\n");
            file.write(
                QJsonDocument(JsonCodec::writeDossier(stored->dossier)).toJson(QJsonDocument::Compact));
            ++rows;
            return true;
        },
        &storeError);
    if (!ok) {
        file.cancelWriting();
        context.err << StoreCommandSupport::storeErrorLine(name(), storeError) << Qt::endl;
        return ExitStoreError;
    }
    file.write(rows > 0 ? "\n]\n" : "]\n");
    if (!file.commit()) {
        context.err << tr("btxh export: %1 cannot be written: %2").arg(outPath, file.errorString())
                    << Qt::endl;
        return ExitBadInput;
    }
    context.err << tr("%n dossier(s) written to %1", nullptr, int(rows)).arg(outPath) << Qt::endl;
    return ExitOk;
}

} // namespace btxh::cli
