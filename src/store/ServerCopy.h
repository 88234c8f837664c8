// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDialect.h"
#include "StoreError.h"
#include "StoreResult.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QVariant>

namespace btxh {

// The server's copy of a dossier or step (its JSON, verbatim), kept compactly from schema 10 on: compressed
// with a preset dictionary of the JSON keys and XML element names the field tables spell, so that a copy of
// a few kilobytes, whose keys each appear once, compresses as well as a long file would. A dossier and a
// step each have their own dictionary (a step's is a fifth as long). Lossless: decode(encode(json)) gives
// back the very bytes.
//
// Copies are written with zstd (ZstdWithDictionary); those written by earlier builds with zlib
// (DeflateWithDictionary) still read, and are left as they are. The dictionary is derived from the field
// tables, so it changes when they do; a copy names its dictionary by the Adler-32 of its bytes (zlib's own
// stream header holds it; a zstd copy's header, before the frame, big-endian), and every dictionary a
// database's copies use is kept in that database (compression_dictionaries), so a copy written by an older
// build still reads after the table changed.
class ServerCopy {
public:
    // The first byte of an encoded copy: what follows. A zlib stream (schema 10's first copies)...
    static constexpr char DeflateWithDictionary = 0x01;
    // ... or the dictionary's id (4 bytes, big-endian) and a zstd frame that holds its size and checksum.
    static constexpr char ZstdWithDictionary = 0x02;
    static constexpr qsizetype HeaderBytes = 5;
    static QString dictionaryTable() { return QStringLiteral("compression_dictionaries"); }

    enum class Kind { Dossier, Step };

    static const QByteArray &dictionary(Kind kind);
    static quint32 dictionaryId(Kind kind);

    static QByteArray encode(const QByteArray &json, Kind kind);
    // The verbatim JSON of an encoded copy; a copy that does not decode is answered as Corrupt.
    static StoreResult<QByteArray> decode(const QByteArray &copy, QSqlDatabase &db);
    // The one way to read a server copy from a row: the encoded column (schema 10 on), else the text column
    // earlier schemas kept it in (NULL in both: no copy, an empty array).
    static StoreResult<QByteArray> read(QSqlDatabase &db, const QVariant &encoded, const QVariant &text);

    // The dictionaries' table, and the current dictionaries recorded in it when they are not there yet.
    static SqlTable dictionaryTableSchema();
    static bool hasDictionaries(QSqlDatabase &db, QSqlError *error);
    static bool recordDictionaries(QSqlDatabase &db, QSqlError *error);

private:
    static StoreResult<QByteArray> decodeZstd(const QByteArray &copy, QSqlDatabase &db);
    static StoreResult<QByteArray> decodeDeflate(const QByteArray &copy, QSqlDatabase &db);
};

} // namespace btxh
