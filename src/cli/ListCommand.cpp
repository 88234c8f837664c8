// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListCommand.h"

#include "PlaceCalendar.h"
#include "StoreCommandSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace btxh::cli {

namespace {

// The columns a line shows, in order.
const QList<DossierField> &listColumns() {
    static const QList<DossierField> columns = {DossierField::MaHoSo,       DossierField::HoVaTen,
                                                DossierField::NgayTiepNhan, DossierField::MaTTHC,
                                                DossierField::StatusId,     DossierField::MaXa};
    return columns;
}

QString cell(const QString &text, int width) {
    QString t = text;
    t.replace(u'\t', u' ').replace(u'\n', u' ');
    return width > 0 ? t.leftJustified(width) : t;
}

// The commune's name in the list in force on the received date: the same code names two places across the
// reform.
QString communeName(const ListRow &row) {
    return PlaceCalendar::nameOn(PlaceLevel::Commune, row.fields.value(int(DossierField::MaXa)),
                                 PlaceCalendar::dossierDate(row.fields, QDate()));
}

} // namespace

QString ListCommand::summary() const {
    return tr("list the dossiers in the local database, with filters and accent-insensitive search");
}

void ListCommand::setup(QCommandLineParser &parser) const {
    parser.setApplicationDescription(tr(
        "Lists the stored dossiers: MaHoSo, name, received, procedure, status, commune code and name (in the "
        "GSO list in force on the received date) and sync state, one per line (--json: one JSON array). Exit "
        "status: 0 ok, 2 bad option, 3 the database cannot be "
        "read."));
    StoreCommandSupport::addDatabaseOption(parser);
    StoreCommandSupport::addListOptions(parser);
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array of objects instead of lines.")});
}

int ListCommand::run(const QCommandLineParser &parser, CliContext &context) const {
    ListQuery query;
    qint64 limit = 0;
    QString error;
    if (!StoreCommandSupport::listQuery(parser, &query, &limit, &error)) {
        context.err << "btxh list: " << error << Qt::endl;
        return ExitBadInput;
    }
    Store store(StoreCommandSupport::options());
    if (!StoreCommandSupport::open(store, parser, name(), context, false))
        return ExitStoreError;
    const bool json = parser.isSet(QStringLiteral("json"));
    const FieldTable &table = FieldTable::dossier();
    qint64 rows = 0;
    if (json) {
        context.out << '[';
    } else {
        QStringList header;
        for (DossierField f : listColumns())
            header << table.at(int(f)).wireName;
        header << QStringLiteral("commune_name") << QStringLiteral("sync_state");
        context.out << header.join(u'\t') << '\n';
    }
    StoreError storeError;
    const bool ok = StoreCommandSupport::forEachRow(
        store, query, limit,
        [&](const ListRow &row) {
            if (json) {
                QJsonObject o;
                for (const FieldSpec &f : table.fields()) {
                    const QString v = row.fields.value(f.id);
                    if (f.kind != FieldKind::Xml && !v.isNull())
                        o.insert(f.wireName, v);
                }
                o.insert(QStringLiteral("communeName"), communeName(row));
                o.insert(QStringLiteral("syncState"), syncStateName(row.syncState));
                if (row.due.due.isValid()) {
                    o.insert(QStringLiteral("deadline"), row.due.due.toString(Qt::ISODate));
                    o.insert(QStringLiteral("deadlineSource"), DossierDeadline::sourceKey(row.due.source));
                }
                context.out << (rows > 0 ? ",\n" : "\n")
                            << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
            } else {
                QStringList cells;
                for (DossierField f : listColumns())
                    cells << cell(row.fields.value(int(f)), 0);
                cells << cell(communeName(row), 0) << syncStateName(row.syncState);
                context.out << cells.join(u'\t') << '\n';
            }
            ++rows;
            return true;
        },
        &storeError);
    if (json)
        context.out << (rows > 0 ? "\n]\n" : "]\n");
    context.out.flush();
    if (!ok) {
        context.err << StoreCommandSupport::storeErrorLine(name(), storeError) << Qt::endl;
        return ExitStoreError;
    }
    if (!json)
        context.err << tr("%n dossier(s)", nullptr, int(rows)) << Qt::endl;
    return ExitOk;
}

} // namespace btxh::cli
