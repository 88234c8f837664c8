// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TableWriter.h"

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace btxh {

// .xlsx through libxlsxwriter in its constant-memory mode: each row goes to a temporary file as soon as the
// next one starts, so a list of 100,000 dossiers takes the memory of one row (bench/README.md). Dates are
// real spreadsheet dates shown dd/mm/yyyy, numbers are numbers; the header row is bold, frozen and filtered.
class XlsxTableWriter : public TableWriter {
public:
    explicit XlsxTableWriter(const QString &path);
    ~XlsxTableWriter() override;

    bool begin(const QString &title, const QStringList &headers) override;
    bool addRow(const QList<TableCell> &cells) override;
    bool commit() override;
    void cancel() override;

    // Rows an Excel sheet holds, the header's included.
    static constexpr qint64 MaxRows = 1048576;

private:
    bool check(int error);
    void discard();

    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_dateTime = nullptr;
    QString m_tempPath;
    QByteArray m_tempDir;
    qint64 m_row = 0;
    int m_columns = 0;
};

} // namespace btxh
