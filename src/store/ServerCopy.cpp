// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerCopy.h"

#include "ExtentDataXml.h"
#include "FieldTable.h"
#include "StoreLog.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <iterator>
#include <zlib.h>

namespace btxh {

namespace {

// zlib's strongest setting: a copy is written once per pull and read rarely (conflicts, the conflict dialog).
constexpr int CompressionLevel = 9;
// A window of 16 KiB (the dictionary and a copy of a few kilobytes) and hash tables to match: zlib's defaults
// (32 KiB, memLevel 8) clear some 200 KiB for every stream, which costs far more than compressing a small
// copy.
constexpr int WindowBits = 14;
constexpr int MemoryLevel = 6;
// zlib keeps only the last 32 KiB of a dictionary.
constexpr qsizetype MaxDictionaryBytes = 32 * 1024;

// The camel-cased spelling the gateway's responses use (Newtonsoft's): the leading capitals lowered, but the
// last of a run when a lower-case letter follows it.
QString camelCase(const QString &pascal) {
    QString s = pascal;
    for (qsizetype i = 0; i < s.size() && s.at(i).isUpper(); ++i) {
        if (i > 0 && i + 1 < s.size() && !s.at(i + 1).isUpper())
            break;
        s[i] = s.at(i).toLower();
    }
    return s;
}

// `"key":null,` for every spelling, in the order a JSON writer that sorts keys emits them: an item whose
// fields are mostly absent then matches whole runs of the dictionary.
QByteArray keysOf(const FieldTable &table, bool camel) {
    QStringList keys;
    for (const FieldSpec &f : table.fields()) {
        keys << (camel ? camelCase(f.wireName) : f.wireName);
        if (!camel)
            keys << f.aliases;
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    QByteArray out;
    for (const QString &k : std::as_const(keys))
        out += '"' + k.toUtf8() + "\":null,";
    return out;
}

// The CertificateExtentData document of one empty document and one empty result paper, as the writer spells
// it, escaped as a JSON string holds it: the element names and the declaration.
QByteArray extentXml() {
    ExtentData e;
    e.hasDocumentList = true;
    e.hasResultList = true;
    Record document(FieldTable::submittedDocument());
    for (const FieldSpec &f : document.table().fields())
        document.setValue(f.id, QStringLiteral(" "));
    Record paper(FieldTable::resultPaper());
    for (const FieldSpec &f : paper.table().fields())
        paper.setValue(f.id, QStringLiteral(" "));
    e.documents << document;
    e.resultPapers << paper;
    const QByteArray array =
        QJsonDocument(QJsonArray{ExtentDataXml::write(e)}).toJson(QJsonDocument::Compact); // ["…"]
    return array.mid(2, array.size() - 4);
}

QByteArray buildDictionary(ServerCopy::Kind kind) {
    // The most frequent strings last: zlib reaches the end of the dictionary with the shortest distances.
    QByteArray d;
    if (kind == ServerCopy::Kind::Step)
        d = keysOf(FieldTable::progress(), false) + keysOf(FieldTable::progress(), true);
    else
        d = extentXml() + keysOf(FieldTable::dossier(), false) + keysOf(FieldTable::dossier(), true);
    return d.right(MaxDictionaryBytes);
}

constexpr ServerCopy::Kind Kinds[] = {ServerCopy::Kind::Dossier, ServerCopy::Kind::Step};

quint32 adlerOf(const QByteArray &bytes) {
    return quint32(adler32(adler32(0, nullptr, 0), reinterpret_cast<const Bytef *>(bytes.constData()),
                           uInt(bytes.size())));
}

// The dictionaries met so far, by id: a dictionary's bytes never change under its id.
QMutex dictionariesLock;
QHash<quint32, QByteArray> &knownDictionaries() {
    static QHash<quint32, QByteArray> known = [] {
        QHash<quint32, QByteArray> h;
        for (ServerCopy::Kind k : Kinds)
            h.insert(ServerCopy::dictionaryId(k), ServerCopy::dictionary(k));
        return h;
    }();
    return known;
}

std::optional<QByteArray> dictionaryFor(quint32 id, QSqlDatabase &db) {
    {
        QMutexLocker lock(&dictionariesLock);
        const auto it = knownDictionaries().constFind(id);
        if (it != knownDictionaries().constEnd())
            return *it;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT dictionary FROM %1 WHERE id = ?").arg(ServerCopy::dictionaryTable()));
    q.bindValue(0, qint64(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QByteArray bytes = q.value(0).toByteArray();
    if (adlerOf(bytes) != id)
        return std::nullopt;
    QMutexLocker lock(&dictionariesLock);
    knownDictionaries().insert(id, bytes);
    return bytes;
}

// A stream that has taken in its dictionary, kept for this thread: every copy starts from a copy of it.
// Taking in a dictionary hashes all of it, a good part of what compressing a copy of a few kilobytes costs;
// copying the state is cheaper and gives the very same output.
class PrimedStream {
public:
    explicit PrimedStream(ServerCopy::Kind kind) {
        if (deflateInit2(&m_stream, CompressionLevel, Z_DEFLATED, WindowBits, MemoryLevel,
                         Z_DEFAULT_STRATEGY) != Z_OK)
            qFatal("zlib: deflateInit failed");
        const QByteArray &dict = ServerCopy::dictionary(kind);
        deflateSetDictionary(&m_stream, reinterpret_cast<const Bytef *>(dict.constData()), uInt(dict.size()));
    }
    ~PrimedStream() { deflateEnd(&m_stream); }
    PrimedStream(const PrimedStream &) = delete;
    PrimedStream &operator=(const PrimedStream &) = delete;

    static z_stream *of(ServerCopy::Kind kind) {
        thread_local PrimedStream dossier(ServerCopy::Kind::Dossier);
        thread_local PrimedStream step(ServerCopy::Kind::Step);
        return kind == ServerCopy::Kind::Step ? &step.m_stream : &dossier.m_stream;
    }

private:
    z_stream m_stream{};
};

StoreError corrupt(const char *why) {
    qCWarning(lcStore) << "a server copy does not decode:" << why;
    return StoreError::make(StoreError::Kind::Corrupt,
                            QCoreApplication::translate("ServerCopy",
                                                        "The server's copy of a dossier kept in the database "
                                                        "cannot be read: the database is damaged."));
}

} // namespace

const QByteArray &ServerCopy::dictionary(Kind kind) {
    static const QByteArray dossier = buildDictionary(Kind::Dossier);
    static const QByteArray step = buildDictionary(Kind::Step);
    return kind == Kind::Step ? step : dossier;
}

quint32 ServerCopy::dictionaryId(Kind kind) {
    static const quint32 dossier = adlerOf(dictionary(Kind::Dossier));
    static const quint32 step = adlerOf(dictionary(Kind::Step));
    return kind == Kind::Step ? step : dossier;
}

QByteArray ServerCopy::encode(const QByteArray &json, Kind kind) {
    z_stream s{};
    if (deflateCopy(&s, PrimedStream::of(kind)) != Z_OK)
        qFatal("zlib: deflateCopy failed");
    QByteArray out(1 + qsizetype(deflateBound(&s, uLong(json.size()))), Qt::Uninitialized);
    out[0] = DeflateWithDictionary;
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(json.constData()));
    s.avail_in = uInt(json.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data() + 1);
    s.avail_out = uInt(out.size() - 1);
    const int rc = deflate(&s, Z_FINISH);
    const qsizetype written = qsizetype(s.total_out);
    deflateEnd(&s);
    if (rc != Z_STREAM_END) // deflateBound is an upper bound: never reached
        qFatal("zlib: deflate did not finish");
    out.truncate(1 + written);
    return out;
}

StoreResult<QByteArray> ServerCopy::decode(const QByteArray &copy, QSqlDatabase &db) {
    if (copy.isEmpty() || copy.at(0) != DeflateWithDictionary)
        return corrupt("unknown format");
    z_stream s{};
    if (inflateInit(&s) != Z_OK)
        return corrupt("inflateInit");
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(copy.constData() + 1));
    s.avail_in = uInt(copy.size() - 1);
    QByteArray out(std::max<qsizetype>(1024, copy.size() * 4), Qt::Uninitialized);
    qsizetype produced = 0;
    for (;;) {
        s.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
        s.avail_out = uInt(out.size() - produced);
        const int rc = inflate(&s, Z_NO_FLUSH);
        produced = out.size() - qsizetype(s.avail_out);
        if (rc == Z_STREAM_END)
            break;
        if (rc == Z_NEED_DICT) {
            const std::optional<QByteArray> dict = dictionaryFor(quint32(s.adler), db);
            if (!dict || inflateSetDictionary(&s, reinterpret_cast<const Bytef *>(dict->constData()),
                                              uInt(dict->size())) != Z_OK) {
                inflateEnd(&s);
                return corrupt("missing dictionary");
            }
            continue;
        }
        if (rc == Z_OK || (rc == Z_BUF_ERROR && s.avail_out == 0)) {
            if (s.avail_out == 0)
                out.resize(out.size() * 2);
            else if (s.avail_in == 0) {
                inflateEnd(&s);
                return corrupt("truncated");
            }
            continue;
        }
        inflateEnd(&s);
        return corrupt("damaged stream");
    }
    inflateEnd(&s);
    out.truncate(produced);
    return out;
}

StoreResult<QByteArray> ServerCopy::read(QSqlDatabase &db, const QVariant &encoded, const QVariant &text) {
    if (!encoded.isNull())
        return decode(encoded.toByteArray(), db);
    if (text.isNull())
        return QByteArray();
    return text.toString().toUtf8();
}

SqlTable ServerCopy::dictionaryTableSchema() {
    return {dictionaryTable(),
            {{QStringLiteral("id"), SqlType::Integer, QStringLiteral("NOT NULL")},
             {QStringLiteral("dictionary"), SqlType::Blob, QStringLiteral("NOT NULL")}},
            {QStringLiteral("PRIMARY KEY (id)")},
            false};
}

bool ServerCopy::hasDictionaries(QSqlDatabase &db, QSqlError *error) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE id IN (%2, %3)")
                    .arg(dictionaryTable())
                    .arg(dictionaryId(Kind::Dossier))
                    .arg(dictionaryId(Kind::Step))) ||
        !q.next()) {
        *error = q.lastError();
        return false;
    }
    return q.value(0).toInt() == int(std::size(Kinds));
}

bool ServerCopy::recordDictionaries(QSqlDatabase &db, QSqlError *error) {
    QSqlQuery q(db);
    if (!q.prepare(SqlDialect::of(db).insertOrIgnore(dictionaryTable(),
                                                     {QStringLiteral("id"), QStringLiteral("dictionary")}))) {
        *error = q.lastError();
        return false;
    }
    for (Kind k : Kinds) {
        q.bindValue(0, qint64(dictionaryId(k)));
        q.bindValue(1, dictionary(k));
        if (!q.exec()) {
            *error = q.lastError();
            return false;
        }
    }
    return true;
}

} // namespace btxh
