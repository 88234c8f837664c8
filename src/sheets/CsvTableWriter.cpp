// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvTableWriter.h"

#include "WireDate.h"

#include <QDir>

namespace btxh {

CsvTableWriter::CsvTableWriter(const QString &path)
    : TableWriter(path)
    , m_file(path) {}

QString CsvTableWriter::quoted(const QString &value) {
    // A semicolon too: Excel in a Vietnamese locale splits on it.
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r') &&
        !value.contains(u';'))
        return value;
    QString v = value;
    v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + v + u'"';
}

bool CsvTableWriter::writeLine(const QStringList &cells) {
    const QByteArray line = cells.join(u',').toUtf8() + "\r\n";
    if (m_file.write(line) != line.size()) {
        setError(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path()), m_file.errorString()));
        return false;
    }
    return true;
}

bool CsvTableWriter::begin(const QString &, const QStringList &headers) {
    if (!m_file.open(QIODevice::WriteOnly)) {
        setError(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path()), m_file.errorString()));
        return false;
    }
    m_file.write("\xEF\xBB\xBF");
    QStringList cells;
    for (const QString &h : headers)
        cells << quoted(h);
    return writeLine(cells);
}

bool CsvTableWriter::addRow(const QList<TableCell> &cells) {
    QStringList out;
    out.reserve(cells.size());
    for (const TableCell &c : cells) {
        switch (c.type()) {
        case TableCell::Type::Empty:
            out << QString();
            break;
        case TableCell::Type::Text:
            out << quoted(c.textValue());
            break;
        case TableCell::Type::Date:
            out << WireDate::formatDate(c.dateTimeValue().date());
            break;
        case TableCell::Type::DateTime:
            out << WireDate::formatDateTime(c.dateTimeValue());
            break;
        case TableCell::Type::Number:
            out << QString::number(c.numberValue(), 'g', 15);
            break;
        }
    }
    return writeLine(out);
}

bool CsvTableWriter::commit() {
    if (!m_file.commit()) {
        setError(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path()), m_file.errorString()));
        return false;
    }
    return true;
}

void CsvTableWriter::cancel() {
    m_file.cancelWriting();
    if (m_file.isOpen())
        m_file.commit(); // cancelled: this only discards the temporary file
}

} // namespace btxh
