// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>
#include <QStringList>

namespace btxh {

// Reads CSV records one at a time from a device, as Excel and LibreOffice save them: an optional UTF-8
// byte-order mark, RFC 4180 quoting (line breaks and doubled quotes inside quotes), CRLF or LF, and the
// separator of the first line — a comma, or the semicolon Excel uses where the decimal mark is a comma (as
// in Vietnam), or a tab. The text must be UTF-8; anything else is refused with the line it was found on.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(btxh::CsvReader)
public:
    explicit CsvReader(QIODevice *device);

    // The next record into *cells; false at the end or on an error (then error() is set).
    bool next(QStringList *cells);
    QString error() const { return m_error; }
    // The file line the last record started on (1-based).
    qint64 line() const { return m_recordLine; }
    qint64 bytesRead() const { return m_bytesRead; }
    QChar separator() const { return m_separator; }

private:
    bool readLine(QString *text);

    QIODevice *m_device;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QString m_error;
    QChar m_separator;
    qint64 m_line = 0;
    qint64 m_recordLine = 0;
    qint64 m_bytesRead = 0;
    bool m_first = true;
};

} // namespace btxh
