// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseListSheet.h"
#include "ChangeSet.h"
#include "TableWriter.h"
#include "ValidationContext.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>

namespace btxh {

class Store;

// Many new dossiers at once from a spreadsheet: the import template (CaseListSheet's header without the name
// columns; a list exported as CSV reads back too), saved as CSV. Every row is read and judged before anything
// is stored, and each problem names its row and column, so that the officer sees the whole file first
// (the app's preview, `btxh import-sheet`). Nothing is written here: changes() gives what to store.
//
// Why CSV and not .xlsx: Debian 12 has no maintained .xlsx reader for C or C++ (FreeXL reads only .xls), Qt
// has no public zip API, and reading .xlsx ourselves would mean owning a zip and OOXML reader (shared
// strings, styles to tell a date from a number, merged cells) for files from anywhere. Excel and LibreOffice
// save "CSV UTF-8" in two clicks; README.md says how.
class SheetImport {
    Q_DECLARE_TR_FUNCTIONS(btxh::SheetImport)
public:
    enum class RowState {
        Ready,     // valid: queued for the next sync when imported
        HasErrors, // stored only if the officer keeps such rows as drafts
        Rejected,  // never stored: no MaHoSo, repeated in the file, or already in the database
    };
    struct Row {
        qint64 line = 0; // the file's line (1 is the header)
        Dossier dossier;
        Problems problems; // Problem::field is the wire name; columnOf() says which column
        RowState state = RowState::Ready;
    };
    struct Options {
        ValidationContext context;
        int maxRows = 20000;
        // (bytes read, file size) now and then; false cancels.
        std::function<bool(qint64 done, qint64 total)> progress;
    };

    // Reads and judges the file; false when it cannot be imported at all (error() says why, naming the
    // line and column) or was cancelled. `store` is asked which codes it holds already (may be null).
    bool read(const QString &path, Store *store, const Options &options);

    QString error() const { return m_error; }
    // Whether it was the database that failed (not the file).
    bool storeFailed() const { return m_storeFailed; }
    bool cancelled() const { return m_cancelled; }
    // About the file as a whole: columns that are not fields (ignored), and the like.
    const Problems &fileProblems() const { return m_fileProblems; }
    const QList<Row> &rows() const { return m_rows; }
    int count(RowState state) const;
    // "D (Họ và tên)": the column a row's problem is about, as the file heads it; empty for the whole row.
    QString columnOf(const Problem &problem) const;
    // "Row 5, column D (Họ và tên): …" in the user's language.
    QString describe(const Row &row, const Problem &problem) const;
    // The problem without its place: the message, after the field's name when no column holds it.
    QString problemText(const Problem &problem) const;

    // What to store: the ready rows, and the rows with errors (as drafts) when asked.
    ChangeSet changes(bool keepErrorsAsDrafts) const;

    // The empty template: the header row of the fields an import reads, in the user's language.
    static bool writeTemplate(const QString &path, TableFormat format, QString *error);
    // "A", "B", …, "Z", "AA": the spreadsheet's name for a 0-based column.
    static QString columnLetter(int column);

private:
    bool readHeader(const QStringList &cells);
    Row readRow(const QStringList &cells, qint64 line) const;
    bool judge(Row &row, Store *store, QHash<QString, qint64> &seen);
    Problem cellProblem(const FieldSpec &spec, Severity severity, const char *code,
                        const QString &message) const;

    Options m_options;
    QString m_error;
    bool m_storeFailed = false;
    bool m_cancelled = false;
    Problems m_fileProblems;
    QList<Row> m_rows;
    QHash<int, int> m_columnOfField; // field id -> column
    QStringList m_headers;           // as the file has them
};

} // namespace btxh
