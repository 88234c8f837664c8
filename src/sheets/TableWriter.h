// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TableCell.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <memory>
#include <optional>

namespace btxh {

enum class TableFormat { Xlsx, Csv };

// Writes one table to a file, streamed: a header row, then rows of typed cells, in order. The file appears
// under its name only on commit(); until then the rows go to a temporary file beside it, which cancel() or
// the destructor removes, so a failed or cancelled export never leaves half a file behind.
//
// Used for the case list (DossierExport) and for any other table (reports): see notes/excel-api.md.
class TableWriter {
    Q_DECLARE_TR_FUNCTIONS(btxh::TableWriter)
public:
    static std::unique_ptr<TableWriter> create(TableFormat format, const QString &path);
    static std::optional<TableFormat> formatFromName(QStringView name);   // "xlsx", "csv"
    static std::optional<TableFormat> formatForPath(const QString &path); // by its extension

    virtual ~TableWriter() = default;

    // Starts the table; false with errorString() when the file cannot be created.
    virtual bool begin(const QString &title, const QStringList &headers) = 0;
    virtual bool addRow(const QList<TableCell> &cells) = 0;
    // Finishes the file and puts it in place; false with errorString() (nothing is left then).
    virtual bool commit() = 0;
    virtual void cancel() = 0;

    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

protected:
    explicit TableWriter(const QString &path)
        : m_path(path) {}
    void setError(const QString &error) { m_error = error; }

private:
    QString m_path;
    QString m_error;
};

} // namespace btxh
