// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportSheet.h"

#include <QDate>

namespace btxh {

namespace {

TableCell cell(const ReportColumn &column, const QVariant &value) {
    if (value.isNull())
        return {};
    switch (column.kind) {
    case ReportColumn::Kind::Count:
    case ReportColumn::Kind::Rate:
        return TableCell::number(value.toDouble());
    case ReportColumn::Kind::Date:
        return TableCell::date(value.toDate());
    case ReportColumn::Kind::Text:
        break;
    }
    return TableCell::text(value.toString());
}

} // namespace

bool ReportSheet::write(const ReportTable &table, TableFormat format, const QString &path, QString *error) {
    const std::unique_ptr<TableWriter> writer = TableWriter::create(format, path);
    QStringList headers;
    for (const ReportColumn &c : table.columns)
        headers << c.header;
    bool ok = writer->begin(table.title, headers);
    for (qsizetype r = 0; ok && r < table.rows.size(); ++r) {
        QList<TableCell> cells;
        for (qsizetype c = 0; c < table.columns.size(); ++c)
            cells << cell(table.columns.at(c), table.rows.at(r).value(c));
        ok = writer->addRow(cells);
    }
    ok = ok && writer->commit();
    if (!ok) {
        *error = writer->errorString();
        writer->cancel();
    }
    return ok;
}

} // namespace btxh
