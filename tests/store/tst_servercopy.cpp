// SPDX-License-Identifier: GPL-3.0-or-later
// The server's copies as schema 10 keeps them (ServerCopy): compressed with a dictionary of the field tables'
// names, given back byte for byte, and still readable when a later build's dictionary differs, or when an
// earlier build deflated them with zlib.
#include "FieldTable.h"
#include "Fields.h"
#include "ServerCopy.h"
#include "SqlDialect.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <future>
#include <vector>
#include <zlib.h>
#include <zstd.h>

using namespace btxh;

namespace {

quint32 adlerOf(const QByteArray &bytes) {
    return quint32(adler32(adler32(0, nullptr, 0), reinterpret_cast<const Bytef *>(bytes.constData()),
                           uInt(bytes.size())));
}

// What another build would write: the same format with a dictionary this build does not derive.
QByteArray zstdWith(const QByteArray &json, const QByteArray &dictionary) {
    QByteArray out(ServerCopy::HeaderBytes + qsizetype(ZSTD_compressBound(size_t(json.size()))),
                   Qt::Uninitialized);
    out[0] = ServerCopy::ZstdWithDictionary;
    qToBigEndian(adlerOf(dictionary), out.data() + 1);
    ZSTD_CCtx *c = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(c, ZSTD_c_checksumFlag, 1);
    ZSTD_CCtx_loadDictionary(c, dictionary.constData(), size_t(dictionary.size()));
    const size_t n =
        ZSTD_compress2(c, out.data() + ServerCopy::HeaderBytes, size_t(out.size() - ServerCopy::HeaderBytes),
                       json.constData(), size_t(json.size()));
    ZSTD_freeCCtx(c);
    out.truncate(ServerCopy::HeaderBytes + qsizetype(n));
    return out;
}

// What the builds before zstd wrote (schema 10's first copies): a zlib stream with the dictionary.
QByteArray deflatedWith(const QByteArray &json, const QByteArray &dictionary) {
    z_stream s{};
    deflateInit(&s, Z_BEST_COMPRESSION);
    deflateSetDictionary(&s, reinterpret_cast<const Bytef *>(dictionary.constData()),
                         uInt(dictionary.size()));
    QByteArray out(1 + qsizetype(deflateBound(&s, uLong(json.size()))), Qt::Uninitialized);
    out[0] = ServerCopy::DeflateWithDictionary;
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(json.constData()));
    s.avail_in = uInt(json.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data() + 1);
    s.avail_out = uInt(out.size() - 1);
    deflate(&s, Z_FINISH);
    out.truncate(1 + qsizetype(s.total_out));
    deflateEnd(&s);
    return out;
}

ServerCopy::Kind kindOf(qsizetype i) {
    return i % 3 == 0 ? ServerCopy::Kind::Step : ServerCopy::Kind::Dossier;
}

} // namespace

class TestServerCopy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("servercopy"));
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(m_db.open());
        QSqlQuery q(m_db);
        QVERIFY(q.exec(SqlDialect::sqlite().createTable(ServerCopy::dictionaryTableSchema())));
    }
    void cleanup() {
        m_db.close();
        m_db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("servercopy"));
    }

    void everyCopy_comesBackByteForByte() {
        QRandomGenerator rng(15);
        QList<QByteArray> copies{
            QByteArrayLiteral("{}"),
            QByteArrayLiteral("{\"maHoSo\":\"G07-1\",\"hoVaTen\":\"L\xc3\xb2 V\xc4\x83n S\xc6\xa1n\"}"),
            QByteArray(70000, 'x')};
        for (int i = 0; i < 20; ++i) { // not JSON, not UTF-8: still the same bytes
            QByteArray bytes(int(rng.bounded(1, 9000)), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(rng.bounded(256));
            copies << bytes;
        }
        for (ServerCopy::Kind kind : {ServerCopy::Kind::Dossier, ServerCopy::Kind::Step})
            for (const QByteArray &json : std::as_const(copies)) {
                const StoreResult<QByteArray> back = ServerCopy::decode(ServerCopy::encode(json, kind), m_db);
                QVERIFY2(back, qPrintable(back.error().message));
                QCOMPARE(*back, json);
            }
    }

    void aCopysBytes_dependOnItAlone_notOnWhatWasEncodedBefore_norOnTheThread() {
        QList<QByteArray> copies;
        for (int i = 0; i < 40; ++i)
            copies
                << QByteArray(
                       "{\"maHoSo\":\"000.00.15.G07-240612-%1\",\"hoVaTen\":\"Nguy\xe1\xbb\x85n V\xc4\x83n "
                       "A\",\"soDinhDanh\":\"0011850%2\"}")
                       .replace("%1", QByteArray::number(1000 + i))
                       .replace("%2", QByteArray::number(12345 + i * 7));
        QList<QByteArray> forward;
        for (const QByteArray &json : std::as_const(copies))
            forward << ServerCopy::encode(json, kindOf(forward.size()));
        // Backwards, each on a thread of its own right after a copy of another kind.
        std::vector<std::future<QByteArray>> backward(size_t(copies.size()));
        for (qsizetype i = copies.size() - 1; i >= 0; --i)
            backward[size_t(i)] = std::async(std::launch::async, [&copies, i] {
                ServerCopy::encode(QByteArrayLiteral("{\"warm\":1}"), kindOf(i + 1));
                return ServerCopy::encode(copies.at(i), kindOf(i));
            });
        for (qsizetype i = 0; i < copies.size(); ++i) {
            QCOMPARE(backward[size_t(i)].get(), forward.at(i));
            const StoreResult<QByteArray> back = ServerCopy::decode(forward.at(i), m_db);
            QVERIFY(back);
            QCOMPARE(*back, copies.at(i));
        }
    }

    void theDictionaries_comeFromTheFieldTables_andMakeSmallCopiesSmaller() {
        const QByteArray &dossier = ServerCopy::dictionary(ServerCopy::Kind::Dossier);
        for (const FieldSpec &f : FieldTable::dossier().fields())
            QVERIFY2(dossier.contains(QByteArray('"' + f.wireName.toUtf8() + "\":null,")),
                     qPrintable(f.wireName));
        QVERIFY(dossier.contains("\"maHoSo\":null,"));
        QVERIFY(dossier.contains("DanhSachTaiLieuNop"));
        const QByteArray &step = ServerCopy::dictionary(ServerCopy::Kind::Step);
        for (const FieldSpec &f : FieldTable::progress().fields())
            QVERIFY2(step.contains(QByteArray('"' + f.wireName.toUtf8() + "\":null,")),
                     qPrintable(f.wireName));
        QVERIFY(ServerCopy::dictionaryId(ServerCopy::Kind::Dossier) !=
                ServerCopy::dictionaryId(ServerCopy::Kind::Step));

        QByteArray json = "{";
        for (const FieldSpec &f : FieldTable::dossier().fields())
            json += '"' + f.wireName.toUtf8() + "\":null,";
        json += "\"MaHoSo\":\"000.00.15.G07-240612-0001\"}";
        const QByteArray withDictionary = ServerCopy::encode(json, ServerCopy::Kind::Dossier);
        const QByteArray without = zstdWith(json, QByteArray(" "));
        QVERIFY2(withDictionary.size() * 2 < without.size(),
                 qPrintable(QStringLiteral("%1 vs %2").arg(withDictionary.size()).arg(without.size())));
    }

    void aCopy_isZstd_namingItsDictionary() {
        for (ServerCopy::Kind kind : {ServerCopy::Kind::Dossier, ServerCopy::Kind::Step}) {
            const QByteArray copy = ServerCopy::encode(QByteArrayLiteral("{\"maHoSo\":\"G07-1\"}"), kind);
            QCOMPARE(copy.at(0), ServerCopy::ZstdWithDictionary);
            QCOMPARE(qFromBigEndian<quint32>(copy.constData() + 1), ServerCopy::dictionaryId(kind));
            QCOMPARE(qFromBigEndian<quint32>(copy.constData() + 1),
                     adlerOf(ServerCopy::dictionary(kind))); // the id the dictionaries' table keys it by
            QCOMPARE(qFromLittleEndian<quint32>(copy.constData() + ServerCopy::HeaderBytes),
                     quint32(ZSTD_MAGICNUMBER));
        }
    }

    void aCopyAnEarlierBuildDeflated_stillReadsByteForByte() {
        for (ServerCopy::Kind kind : {ServerCopy::Kind::Dossier, ServerCopy::Kind::Step}) {
            const QByteArray json = QByteArrayLiteral(
                "{\"maHoSo\":\"000.00.15.G07-240612-0001\",\"hoVaTen\":\"Nguy\xe1\xbb\x85n V\xc4\x83n A\"}");
            const QByteArray copy = deflatedWith(json, ServerCopy::dictionary(kind));
            QCOMPARE(copy.at(0), ServerCopy::DeflateWithDictionary);
            const StoreResult<QByteArray> back = ServerCopy::decode(copy, m_db);
            QVERIFY2(back, qPrintable(back.error().message));
            QCOMPARE(*back, json);
        }
    }

    void aCopyWithAnotherBuildsDictionary_readsWhenTheDatabaseKeepsIt_inEitherFormat() {
        const QByteArray older = QByteArrayLiteral("\"OldFieldName\":null,\"AnotherOne\":null,");
        const QByteArray json = QByteArrayLiteral("{\"OldFieldName\":\"1\",\"AnotherOne\":null}");
        const QList<QByteArray> copies{deflatedWith(json, older), zstdWith(json, older)};
        for (const QByteArray &copy : copies) {
            const StoreResult<QByteArray> unknown = ServerCopy::decode(copy, m_db);
            QVERIFY(!unknown);
            QCOMPARE(unknown.error().kind, StoreError::Kind::Corrupt);
        }

        QVERIFY(keep(older));
        for (const QByteArray &copy : copies) {
            const StoreResult<QByteArray> known = ServerCopy::decode(copy, m_db);
            QVERIFY2(known, qPrintable(known.error().message));
            QCOMPARE(*known, json);
        }
    }

    void aKeptDictionaryZstdWouldReadAsTrained_isDamage_notACrash() {
        // No build of ours derives one (ours are JSON and XML text): in a database, it is damage.
        QByteArray trained("\x37\xa4\x30\xec", 4);
        trained += QByteArrayLiteral("\"HoVaTen\":null,");
        QVERIFY(keep(trained));

        const QByteArray json = QByteArrayLiteral("{\"HoVaTen\":\"A\"}");
        QByteArray copy(ServerCopy::HeaderBytes, Qt::Uninitialized);
        copy[0] = ServerCopy::ZstdWithDictionary;
        qToBigEndian(adlerOf(trained), copy.data() + 1);
        QByteArray frame(qsizetype(ZSTD_compressBound(size_t(json.size()))), Qt::Uninitialized);
        frame.truncate(qsizetype(
            ZSTD_compress(frame.data(), size_t(frame.size()), json.constData(), size_t(json.size()), 3)));
        copy += frame;
        const StoreResult<QByteArray> r = ServerCopy::decode(copy, m_db);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, StoreError::Kind::Corrupt);
    }

    void aDamagedCopy_isCorrupt_neverWrongBytes_inEitherFormat() {
        const QByteArray json = QByteArrayLiteral("{\"maHoSo\":\"G07-1\",\"trangThai\":4}");
        const QList<QByteArray> copies{ServerCopy::encode(json, ServerCopy::Kind::Dossier),
                                       deflatedWith(json, ServerCopy::dictionary(ServerCopy::Kind::Dossier))};
        for (const QByteArray &copy : copies) {
            for (int at = 0; at < copy.size(); ++at) {
                for (char flip : {char(0x5a), char(0x01), char(0x80)}) {
                    QByteArray damaged = copy;
                    damaged[at] = char(damaged.at(at) ^ flip);
                    const StoreResult<QByteArray> r = ServerCopy::decode(damaged, m_db);
                    if (r)
                        QCOMPARE(*r, json); // a flip the checks cannot see must not change the bytes either
                    else
                        QCOMPARE(r.error().kind, StoreError::Kind::Corrupt);
                }
            }
            for (qsizetype keep = 0; keep < copy.size(); ++keep)
                QVERIFY2(!ServerCopy::decode(copy.left(keep), m_db), qPrintable(QString::number(keep)));
        }
        QVERIFY(!ServerCopy::decode(QByteArray(), m_db));
        QVERIFY(!ServerCopy::decode(QByteArrayLiteral("\x03"
                                                      "abc"),
                                    m_db));
    }

    void recordingTheDictionaries_twice_keepsOneOfEach() {
        QSqlError error;
        QVERIFY(!ServerCopy::hasDictionaries(m_db, &error));
        QVERIFY(ServerCopy::recordDictionaries(m_db, &error));
        QVERIFY(ServerCopy::recordDictionaries(m_db, &error));
        QVERIFY(ServerCopy::hasDictionaries(m_db, &error));
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(ServerCopy::dictionaryTable())) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

private:
    // The dictionary kept in the database under its id, as a build that derived it would keep it.
    bool keep(const QByteArray &dictionary) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO %1 (id, dictionary) VALUES (?, ?)")
                      .arg(ServerCopy::dictionaryTable()));
        q.addBindValue(qint64(adlerOf(dictionary)));
        q.addBindValue(dictionary);
        if (!q.exec())
            qWarning() << q.lastError().text();
        return q.lastError().type() == QSqlError::NoError;
    }

    QSqlDatabase m_db;
};

QTEST_GUILESS_MAIN(TestServerCopy)
#include "tst_servercopy.moc"
