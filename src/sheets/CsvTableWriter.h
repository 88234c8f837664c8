// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TableWriter.h"

#include <QSaveFile>

namespace btxh {

// CSV as Excel reads it: UTF-8 with a byte-order mark (without it Excel shows Vietnamese as mojibake),
// RFC 4180 quoting, CRLF line ends. Dates dd/MM/yyyy, date-times dd/MM/yyyy HH:mm:ss, numbers in the C
// locale.
class CsvTableWriter : public TableWriter {
public:
    explicit CsvTableWriter(const QString &path);

    bool begin(const QString &title, const QStringList &headers) override;
    bool addRow(const QList<TableCell> &cells) override;
    bool commit() override;
    void cancel() override;

    // One cell as it goes between the commas: quoted when it holds a comma, quote, semicolon or line break.
    static QString quoted(const QString &value);

private:
    bool writeLine(const QStringList &cells);

    QSaveFile m_file;
};

} // namespace btxh
