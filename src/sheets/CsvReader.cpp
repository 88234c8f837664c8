// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

namespace btxh {

namespace {

// A record longer than this is not a dossier row (a runaway quote swallowing the file, most likely).
constexpr qsizetype MaxRecordChars = 1024 * 1024;

QChar guessSeparator(const QString &firstLine) {
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : firstLine) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return u';';
    if (tabs > commas)
        return u'\t';
    return u',';
}

} // namespace

CsvReader::CsvReader(QIODevice *device)
    : m_device(device) {}

bool CsvReader::readLine(QString *text) {
    const QByteArray bytes = m_device->readLine();
    if (bytes.isEmpty())
        return false;
    m_bytesRead += bytes.size();
    ++m_line;
    QByteArray b = bytes;
    if (m_line == 1 && b.startsWith("\xEF\xBB\xBF"))
        b.remove(0, 3);
    *text = m_decoder.decode(b);
    if (m_decoder.hasError()) {
        m_error = tr("Line %1 is not UTF-8 text: save the sheet as \"CSV UTF-8\".").arg(m_line);
        return false;
    }
    while (text->endsWith(u'\n') || text->endsWith(u'\r'))
        text->chop(1);
    return true;
}

bool CsvReader::next(QStringList *cells) {
    cells->clear();
    if (!m_error.isEmpty())
        return false;
    QString line;
    if (!readLine(&line))
        return false;
    if (m_first) {
        m_separator = guessSeparator(line);
        m_first = false;
    }
    m_recordLine = m_line;
    QString cell;
    bool quoted = false;
    qsizetype i = 0;
    for (;;) {
        if (i >= line.size()) {
            if (!quoted)
                break;
            // A line break inside quotes belongs to the cell.
            QString more;
            if (!readLine(&more)) {
                if (m_error.isEmpty())
                    m_error = tr("Line %1: a quote opened here is never closed.").arg(m_recordLine);
                return false;
            }
            cell += u'\n';
            line = more;
            i = 0;
            if (cell.size() > MaxRecordChars) {
                m_error = tr("Line %1: a quote opened here is never closed.").arg(m_recordLine);
                return false;
            }
            continue;
        }
        const QChar c = line.at(i++);
        if (quoted) {
            if (c == u'"') {
                if (i < line.size() && line.at(i) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == u'"' && cell.trimmed().isEmpty()) {
            cell.clear();
            quoted = true;
        } else if (c == m_separator) {
            *cells << cell;
            cell.clear();
        } else {
            cell += c;
        }
    }
    *cells << cell;
    return true;
}

} // namespace btxh
