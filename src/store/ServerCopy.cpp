// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerCopy.h"

#include "ExtentDataXml.h"
#include "FieldTable.h"
#include "Payload.h"
#include "StoreLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <algorithm>
#include <iterator>
#include <memory>
#include <unordered_map>
#include <zlib.h>
#include <zstd.h>

namespace btxh {

namespace {

// zstd's default level: a pull compresses the copy of every dossier it receives. zlib's strongest setting,
// which this format replaced, wrote copies slightly smaller at several times the cost (bench/README.md).
constexpr int CompressionLevel = 3;
// A copy is one item of a document the payload reader took, which is never longer than this: a header that
// says more is damaged, and is not allocated for.
constexpr qsizetype MaxCopyBytes = PayloadReader::MaxDocumentBytes;
// zlib keeps only the last 32 KiB of a dictionary.
constexpr qsizetype MaxDictionaryBytes = 32 * 1024;
// zstd reads a dictionary that starts with these four bytes as its own trained format, not as raw text.
constexpr quint32 ZstdDictionaryMagic = 0xEC30A437;

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

// A dictionary met so far, with zstd's form of it for reading (a ZSTD_DDict may be shared among threads;
// its contexts may not). Its bytes never change under its id, so it is kept for the process's life.
struct KnownDictionary {
    QByteArray bytes;
    ZSTD_DDict *decompress = nullptr;

    explicit KnownDictionary(QByteArray b)
        : bytes(std::move(b))
        , decompress(ZSTD_createDDict(bytes.constData(), size_t(bytes.size()))) {
        if (!decompress)
            qFatal("zstd: a dictionary could not be made");
    }
};

// zstd would read such a dictionary as its own trained format, not as the raw text ours are.
bool readsAsTrained(const QByteArray &bytes) {
    return bytes.size() >= 4 && qFromLittleEndian<quint32>(bytes.constData()) == ZstdDictionaryMagic;
}

QByteArray refuseTrained(QByteArray derived) {
    if (readsAsTrained(derived))
        qFatal("ServerCopy: a dictionary this build derives reads as a trained zstd dictionary");
    return derived;
}

// One lookup under one lock for every copy read; the database is asked only for a dictionary this process
// has not met (one an earlier build derived).
const KnownDictionary *dictionaryFor(quint32 id, QSqlDatabase &db) {
    static QMutex lock;
    static std::unordered_map<quint32, std::unique_ptr<KnownDictionary>> known = [] {
        std::unordered_map<quint32, std::unique_ptr<KnownDictionary>> m;
        for (ServerCopy::Kind k : Kinds) {
            m.emplace(ServerCopy::dictionaryId(k),
                      std::make_unique<KnownDictionary>(ServerCopy::dictionary(k)));
        }
        return m;
    }();
    {
        QMutexLocker locker(&lock);
        if (const auto it = known.find(id); it != known.end())
            return it->second.get();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT dictionary FROM %1 WHERE id = ?").arg(ServerCopy::dictionaryTable()));
    q.bindValue(0, qint64(id));
    if (!q.exec() || !q.next())
        return nullptr;
    QByteArray bytes = q.value(0).toByteArray();
    if (adlerOf(bytes) != id || readsAsTrained(bytes)) // not one a build of ours derived: damage
        return nullptr;
    QMutexLocker locker(&lock);
    auto &entry = known[id]; // another thread may have read it meanwhile: the same bytes
    if (!entry)
        entry = std::make_unique<KnownDictionary>(std::move(bytes));
    return entry.get();
}

// The current dictionaries as zstd compresses with them, made once.
ZSTD_CDict *compressionDictionary(ServerCopy::Kind kind) {
    const auto make = [](ServerCopy::Kind k) {
        const QByteArray &bytes = ServerCopy::dictionary(k);
        ZSTD_CDict *d = ZSTD_createCDict(bytes.constData(), size_t(bytes.size()), CompressionLevel);
        if (!d)
            qFatal("zstd: a dictionary could not be made");
        return d;
    };
    static ZSTD_CDict *const dossier = make(ServerCopy::Kind::Dossier);
    static ZSTD_CDict *const step = make(ServerCopy::Kind::Step);
    return kind == ServerCopy::Kind::Step ? step : dossier;
}

// This thread's contexts, set up once: each copy carries its size and a checksum of its bytes (a damaged
// copy fails to decode rather than decoding to other bytes), and not zstd's dictionary id (raw dictionaries
// have none; the copy's header names it).
struct ZstdContexts {
    ZSTD_CCtx *compress = ZSTD_createCCtx();
    ZSTD_DCtx *decompress = ZSTD_createDCtx();
    ZstdContexts() {
        if (!compress || !decompress)
            qFatal("zstd: out of memory");
        ZSTD_CCtx_setParameter(compress, ZSTD_c_checksumFlag, 1);
        ZSTD_CCtx_setParameter(compress, ZSTD_c_contentSizeFlag, 1);
        ZSTD_CCtx_setParameter(compress, ZSTD_c_dictIDFlag, 0);
    }
    ~ZstdContexts() {
        ZSTD_freeCCtx(compress);
        ZSTD_freeDCtx(decompress);
    }
    ZstdContexts(const ZstdContexts &) = delete;
    ZstdContexts &operator=(const ZstdContexts &) = delete;

    static ZstdContexts &ofThisThread() {
        thread_local ZstdContexts contexts;
        return contexts;
    }
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
    static const QByteArray dossier = refuseTrained(buildDictionary(Kind::Dossier));
    static const QByteArray step = refuseTrained(buildDictionary(Kind::Step));
    return kind == Kind::Step ? step : dossier;
}

quint32 ServerCopy::dictionaryId(Kind kind) {
    static const quint32 dossier = adlerOf(dictionary(Kind::Dossier));
    static const quint32 step = adlerOf(dictionary(Kind::Step));
    return kind == Kind::Step ? step : dossier;
}

QByteArray ServerCopy::encode(const QByteArray &json, Kind kind) {
    ZSTD_CCtx *cctx = ZstdContexts::ofThisThread().compress;
    QByteArray out(HeaderBytes + qsizetype(ZSTD_compressBound(size_t(json.size()))), Qt::Uninitialized);
    out[0] = ZstdWithDictionary;
    qToBigEndian(dictionaryId(kind), out.data() + 1);
    ZSTD_CCtx_refCDict(cctx, compressionDictionary(kind));
    const size_t written = ZSTD_compress2(cctx, out.data() + HeaderBytes, size_t(out.size() - HeaderBytes),
                                          json.constData(), size_t(json.size()));
    if (ZSTD_isError(written)) // the bound is never reached
        qFatal("zstd: %s", ZSTD_getErrorName(written));
    out.truncate(HeaderBytes + qsizetype(written));
    out.squeeze(); // a pull holds windows of copies until they are written: not each at the bound's size
    return out;
}

StoreResult<QByteArray> ServerCopy::decode(const QByteArray &copy, QSqlDatabase &db) {
    if (copy.isEmpty())
        return corrupt("empty");
    if (copy.at(0) == ZstdWithDictionary)
        return decodeZstd(copy, db);
    if (copy.at(0) == DeflateWithDictionary)
        return decodeDeflate(copy, db);
    return corrupt("unknown format");
}

StoreResult<QByteArray> ServerCopy::decodeZstd(const QByteArray &copy, QSqlDatabase &db) {
    if (copy.size() < HeaderBytes)
        return corrupt("truncated");
    const quint32 id = qFromBigEndian<quint32>(copy.constData() + 1);
    const KnownDictionary *dict = dictionaryFor(id, db);
    if (!dict)
        return corrupt("missing dictionary");
    const char *frame = copy.constData() + HeaderBytes;
    const size_t frameBytes = size_t(copy.size() - HeaderBytes);
    const unsigned long long size = ZSTD_getFrameContentSize(frame, frameBytes);
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > MaxCopyBytes)
        return corrupt("damaged header");
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    const size_t produced =
        ZSTD_decompress_usingDDict(ZstdContexts::ofThisThread().decompress, out.data(), size_t(out.size()),
                                   frame, frameBytes, dict->decompress);
    if (ZSTD_isError(produced) || produced != size)
        return corrupt("damaged stream");
    return out;
}

StoreResult<QByteArray> ServerCopy::decodeDeflate(const QByteArray &copy, QSqlDatabase &db) {
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
            const KnownDictionary *dict = dictionaryFor(quint32(s.adler), db);
            if (!dict || inflateSetDictionary(&s, reinterpret_cast<const Bytef *>(dict->bytes.constData()),
                                              uInt(dict->bytes.size())) != Z_OK) {
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
