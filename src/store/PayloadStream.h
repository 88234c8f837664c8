// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <memory>

namespace btxh {

// Reads a large JSON payload file in windows of items, so that importing it takes memory for one window and
// not for the whole file (a pull response of 100,000 dossiers is ~500 MB of JSON); and cuts a large reply
// already in memory into parts that several threads can read at once (PulledWindows).
//
// Why windows of the file's own shape rather than a streaming parser: every quirk of real payloads (key case,
// dates, numbers for strings, bad XML) is handled by PayloadReader and PayloadImport, on whole documents.
// Each window is therefore a small, complete document of the same shape as the file: the bytes before the
// item array, "[", the window's items verbatim, "]", the bytes after the array. A pull response window is
// still a pull response, with its error_code and message, and goes through the unchanged reader.
//
// Where the items are, as PayloadReader looks for them: the top-level array, or the array under result.data
// (keys compared trimmed and case-folded, as FieldTable::foldKey does). Any other shape (one object, a push
// response, XML, result.data not an array, a key repeated so that the reader could pick another one) is not
// streamable: the caller falls back to reading the file whole.
//
// open() first scans the whole file once, in chunks, checking its syntax (strings and escapes, bracket
// balance, commas and colons, nothing after the document), so that a file broken near its end is refused
// before its first window is written, as the whole-file path refuses it.
class PayloadStream {
    Q_DECLARE_TR_FUNCTIONS(PayloadStream)
public:
    enum class Status {
        Streamable,    // windows can be read
        NotStreamable, // valid enough, but not one array of items: read it whole (errorString() says why)
        Malformed,     // not JSON: errorString() names the problem and its byte offset
    };
    struct Window {
        QByteArray document;     // a complete JSON document of the file's shape, holding this window's items
        qsizetype firstItem = 0; // how many items of the file come before this window's first
        qsizetype items = 0;
        qint64 fileOffset = 0; // where the window's first item starts in the file
    };

    // Larger prefixes or suffixes (the bytes around the item array) are copied into every window; past this
    // size the file is not streamable.
    static constexpr qsizetype MaxFrameBytes = 1024 * 1024;

    explicit PayloadStream(const QString &path, qint64 chunkBytes = 1024 * 1024);
    // A document in memory: read as the file would be, its windows copied out of it.
    static PayloadStream ofDocument(const QByteArray &document);
    PayloadStream(PayloadStream &&) = default;

    Status open();
    QString errorString() const { return m_error; }
    qsizetype itemCount() const { return m_itemCount; }

    // The next window of at most maxItems items; false after the last one (or on a read error, then
    // errorString() is set). A file with an empty array gives one window with no items, so that its frame
    // (a gateway's error_code) is still read.
    bool next(qsizetype maxItems, Window *window);
    // Starts the windows again from the first item (for --strict: a judging pass, then a writing pass).
    bool rewind();

private:
    PayloadStream(std::unique_ptr<QIODevice> device, qint64 chunkBytes);
    bool readChunk();
    // Why reading stopped short, when it did (a file's error; a buffer has none).
    QString readError() const;

    std::unique_ptr<QIODevice> m_device;
    qint64 m_chunkBytes;
    QString m_error;
    QByteArray m_prefix;     // the bytes before the item array's "["
    QByteArray m_suffix;     // the bytes after its "]"
    qint64 m_arrayOpen = -1; // file offsets of the array's brackets
    qint64 m_arrayClose = -1;
    qsizetype m_itemCount = 0;

    // Window reading.
    QByteArray m_chunk;
    qsizetype m_pos = 0;
    qint64 m_chunkOffset = 0; // file offset of m_chunk[0]
    qsizetype m_itemsGiven = 0;
    bool m_windowGiven = false;
    qsizetype m_lastWindowBytes = 0;
};

} // namespace btxh
