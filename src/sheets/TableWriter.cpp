// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableWriter.h"

#include "CsvTableWriter.h"
#include "XlsxTableWriter.h"

#include <QFileInfo>

namespace btxh {

std::unique_ptr<TableWriter> TableWriter::create(TableFormat format, const QString &path) {
    if (format == TableFormat::Xlsx)
        return std::make_unique<XlsxTableWriter>(path);
    return std::make_unique<CsvTableWriter>(path);
}

std::optional<TableFormat> TableWriter::formatFromName(QStringView name) {
    if (name.compare(u"xlsx", Qt::CaseInsensitive) == 0)
        return TableFormat::Xlsx;
    if (name.compare(u"csv", Qt::CaseInsensitive) == 0)
        return TableFormat::Csv;
    return std::nullopt;
}

std::optional<TableFormat> TableWriter::formatForPath(const QString &path) {
    return formatFromName(QFileInfo(path).suffix());
}

} // namespace btxh
