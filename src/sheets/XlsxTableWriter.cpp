// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxTableWriter.h"

#include "SheetsLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <filesystem>
#include <xlsxwriter.h>

namespace btxh {

namespace {

// Excel refuses a sheet name longer than 31 characters or holding []:*?/\.
QString sheetName(const QString &title) {
    QString name = title;
    for (const QChar c : QStringLiteral("[]:*?/\\"))
        name.replace(c, u' ');
    name = name.simplified().left(31);
    return name.isEmpty() ? QStringLiteral("Sheet1") : name;
}

lxw_datetime excelTime(const QDateTime &at) {
    lxw_datetime t{};
    t.year = at.date().year();
    t.month = at.date().month();
    t.day = at.date().day();
    t.hour = at.time().hour();
    t.min = at.time().minute();
    t.sec = at.time().second();
    return t;
}

} // namespace

XlsxTableWriter::XlsxTableWriter(const QString &path)
    : TableWriter(path) {}

XlsxTableWriter::~XlsxTableWriter() {
    discard();
}

bool XlsxTableWriter::check(int error) {
    if (error == LXW_NO_ERROR)
        return true;
    setError(tr("%1 cannot be written: %2")
                 .arg(QDir::toNativeSeparators(path()),
                      QString::fromUtf8(lxw_strerror(static_cast<lxw_error>(error)))));
    return false;
}

void XlsxTableWriter::discard() {
    if (m_workbook) {
        // Closing is the only way to free a workbook; what it writes is removed below.
        workbook_close(m_workbook);
        m_workbook = nullptr;
    }
    if (!m_tempPath.isEmpty())
        QFile::remove(m_tempPath);
    m_tempPath.clear();
}

bool XlsxTableWriter::begin(const QString &title, const QStringList &headers) {
    const QFileInfo target(path());
    if (!QFileInfo(target.absolutePath()).isDir()) {
        setError(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
        return false;
    }
    // A name of our own beside the target, so that putting the file in place is one rename on one disk.
    QTemporaryFile reserve(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                           QStringLiteral(".XXXXXX.partial"));
    reserve.setAutoRemove(false);
    if (!reserve.open()) {
        setError(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path()), reserve.errorString()));
        return false;
    }
    // QTemporaryFile makes it private to its owner; an exported list is an ordinary document.
    reserve.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                           QFileDevice::ReadOther);
    m_tempPath = reserve.fileName();
    reserve.close();
    // The row files of the constant-memory mode go beside it too, not to a /tmp that may be in memory.
    m_tempDir = QFile::encodeName(target.absolutePath());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_tempDir.data();
    options.use_zip64 = LXW_TRUE;
    m_workbook = workbook_new_opt(QFile::encodeName(m_tempPath).constData(), &options);
    if (!m_workbook) {
        setError(tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path())));
        discard();
        return false;
    }
    m_sheet = workbook_add_worksheet(m_workbook, sheetName(title).toUtf8().constData());
    m_header = workbook_add_format(m_workbook);
    format_set_bold(m_header);
    format_set_text_wrap(m_header);
    format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "dd/mm/yyyy");
    m_dateTime = workbook_add_format(m_workbook);
    format_set_num_format(m_dateTime, "dd/mm/yyyy hh:mm");
    if (!m_sheet || !m_header || !m_date || !m_dateTime) {
        setError(tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path())));
        discard();
        return false;
    }
    m_columns = int(headers.size());
    if (m_columns > 0)
        worksheet_set_column(m_sheet, 0, lxw_col_t(m_columns - 1), 18, nullptr);
    worksheet_freeze_panes(m_sheet, 1, 0);
    for (int c = 0; c < m_columns; ++c)
        if (!check(worksheet_write_string(m_sheet, 0, lxw_col_t(c), headers.at(c).toUtf8().constData(),
                                          m_header)))
            return false;
    m_row = 1;
    return true;
}

bool XlsxTableWriter::addRow(const QList<TableCell> &cells) {
    if (!m_sheet)
        return false;
    if (m_row >= MaxRows) {
        setError(tr("An Excel sheet holds at most %L1 rows: narrow the list, or export it as CSV.")
                     .arg(MaxRows - 1));
        return false;
    }
    const auto row = lxw_row_t(m_row);
    for (int c = 0; c < int(cells.size()); ++c) {
        const TableCell &cell = cells.at(c);
        const auto col = lxw_col_t(c);
        int error = LXW_NO_ERROR;
        switch (cell.type()) {
        case TableCell::Type::Empty:
            break;
        case TableCell::Type::Text: {
            const QByteArray text = cell.textValue().toUtf8();
            error = worksheet_write_string(m_sheet, row, col, text.constData(), nullptr);
            break;
        }
        case TableCell::Type::Date: {
            lxw_datetime t = excelTime(cell.dateTimeValue());
            error = worksheet_write_datetime(m_sheet, row, col, &t, m_date);
            break;
        }
        case TableCell::Type::DateTime: {
            lxw_datetime t = excelTime(cell.dateTimeValue());
            error = worksheet_write_datetime(m_sheet, row, col, &t, m_dateTime);
            break;
        }
        case TableCell::Type::Number:
            error = worksheet_write_number(m_sheet, row, col, cell.numberValue(), nullptr);
            break;
        }
        if (!check(error))
            return false;
    }
    ++m_row;
    return true;
}

bool XlsxTableWriter::commit() {
    if (!m_workbook)
        return false;
    if (m_columns > 0)
        worksheet_autofilter(m_sheet, 0, 0, lxw_row_t(m_row - 1), lxw_col_t(m_columns - 1));
    const lxw_error closed = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (!check(closed)) {
        discard();
        return false;
    }
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(m_tempPath.toStdU16String()),
                            std::filesystem::path(path().toStdU16String()), ec);
    if (ec) {
        setError(tr("%1 cannot be written: %2")
                     .arg(QDir::toNativeSeparators(path()), QString::fromLocal8Bit(ec.message())));
        discard();
        return false;
    }
    m_tempPath.clear();
    qCInfo(lcSheets) << "xlsx written:" << (m_row - 1) << "rows";
    return true;
}

void XlsxTableWriter::cancel() {
    discard();
}

} // namespace btxh
