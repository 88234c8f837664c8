#include "ExportCommand.h"

#include "JsonCodec.h"
#include "StoreCommandSupport.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace btxh::cli {

namespace {

// RFC 4180: quote when needed, double the quotes inside.
QString csvCell(const QString &value) {
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString v = value;
    v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + v + u'"';
}

} // namespace

QString ExportCommand::summary() const {
    return tr("export the listed dossiers to a CSV (Excel) or JSON file");
}

void ExportCommand::setup(QCommandLineParser &parser) const {
    parser.setApplicationDescription(tr(
        "Writes the dossiers the filters select to FILE: CSV in UTF-8 with a byte-order mark so Excel shows "
        "Vietnamese correctly (one column per field, plus sync_state), or JSON (an array of dossiers in "
        "request form). Exit status: 0 ok, 2 bad usage or the file cannot be written, 3 the database cannot "
        "be read."));
    StoreCommandSupport::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("format"), tr("csv or json."), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE")});
    StoreCommandSupport::addListOptions(parser);
}

int ExportCommand::run(const QCommandLineParser &parser, CliContext &context) const {
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"csv" && format != u"json") {
        context.err << tr("btxh export: --format: use csv or json") << Qt::endl;
        return ExitBadInput;
    }
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty()) {
        context.err << tr("btxh export: give --out FILE") << Qt::endl;
        return ExitBadInput;
    }
    ListQuery query;
    qint64 limit = 0;
    QString error;
    if (!StoreCommandSupport::listQuery(parser, &query, &limit, &error)) {
        context.err << "btxh export: " << error << Qt::endl;
        return ExitBadInput;
    }
    Store store;
    if (!StoreCommandSupport::open(store, parser, name(), context, false))
        return ExitStoreError;

    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly)) {
        context.err << tr("btxh export: %1 cannot be written: %2").arg(outPath, file.errorString())
                    << Qt::endl;
        return ExitBadInput;
    }
    const FieldTable &table = FieldTable::dossier();
    const bool csv = format == u"csv";
    qint64 rows = 0;
    bool storeFailed = false;
    if (csv) {
        QStringList header;
        for (const FieldSpec &f : table.fields())
            if (f.kind != FieldKind::Xml)
                header << f.wireName;
        header << QStringLiteral("sync_state");
        file.write("\xEF\xBB\xBF"); // UTF-8 byte-order mark: Excel reads the file as UTF-8
        file.write(header.join(u',').toUtf8() + "\r\n");
    } else {
        file.write("[");
    }
    const bool ok = StoreCommandSupport::forEachRow(store, query, limit, [&](const ListRow &row) {
        if (csv) {
            QStringList cells;
            for (const FieldSpec &f : table.fields())
                if (f.kind != FieldKind::Xml)
                    cells << csvCell(row.fields.value(f.id));
            cells << syncStateName(row.syncState);
            file.write(cells.join(u',').toUtf8() + "\r\n");
        } else {
            const std::optional<StoredDossier> stored = store.dossier(row.code);
            if (!stored) {
                storeFailed = true;
                return false;
            }
            file.write(rows > 0 ? ",\n" : "\n");
            file.write(
                QJsonDocument(JsonCodec::writeDossier(stored->dossier)).toJson(QJsonDocument::Compact));
        }
        ++rows;
        return true;
    });
    if (!ok || storeFailed) {
        file.cancelWriting();
        context.err << StoreCommandSupport::storeErrorLine(name(), store.lastError()) << Qt::endl;
        return ExitStoreError;
    }
    if (!csv)
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
