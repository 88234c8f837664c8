// SPDX-License-Identifier: GPL-3.0-or-later
// bench_plain_import: the yardstick for `btxh import` (issue 15, part 4) and the pull-dialect data it is
// measured on.
//
//     bench_plain_import --generate N --out FILE [--seed S]
// writes a pull response (service 4's reply, in the gateway's own dialect: camel-cased keys, every field
// present with null when absent, the malformed XML declaration) of N dossiers made by the sandbox's
// generator: 2-6 submitted documents each, no processing steps, about 3 KB of JSON per dossier.
//
//     bench_plain_import --import FILE [--import FILE…] --db PATH [--batch 500]
// is the plain importer: it reads the responses, one after the other, item by item, parses each item's JSON,
// and inserts the item's keys as text columns with the item's raw JSON beside them, with four indexes (MaHoSo
// unique, received date, status, procedure), WAL, synchronous=FULL and a transaction per batch. Nothing else:
// no validation, no search index, no sort keys, no documents as rows, no audit. It prints its rate and its
// peak memory.
#include "DossierGenerator.h"
#include "ExtentDataXml.h"
#include "JsonCodec.h"
#include "SandboxDialect.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <cstdio>
#include <sqlite3.h>

using namespace btxh;

namespace {

[[noreturn]] void die(const QString &what) {
    std::fprintf(stderr, "bench_plain_import: %s\n", qPrintable(what));
    std::exit(1);
}

// The process's own high-water mark (VmHWM): getrusage's would include what a parent had when it forked.
QString peakRss() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).simplified());
    return QStringLiteral("?");
}

QString loadAverage() {
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(u' ', 0, 2);
}

// --- The data: the sandbox's dossiers, with 2-6 documents, in the gateway's dialect.

int generate(qint64 count, const QString &out, quint32 seed) {
    // Two years of receipts ending before the two-level reform's day, as a province's store holds them.
    DossierGenerator generator(seed, QDateTime(QDate(2025, 6, 30), QTime(17, 0), Qt::UTC), 730);
    QString error;
    if (!generator.isUsable(&error))
        die(error);
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        die(QStringLiteral("cannot write %1").arg(out));
    file.write(R"({"result":{"message":"Lấy dữ liệu thành công","error_code":0,"data":[)");
    QRandomGenerator rng(seed + 1);
    for (qint64 i = 0; i < count; ++i) {
        Dossier d = generator.next().dossier;
        QList<Record> &documents = d.extent.documents;
        const int wanted = 2 + int(rng.bounded(5u));
        while (documents.size() > wanted)
            documents.removeLast();
        for (int n = int(documents.size()); n < wanted; ++n) {
            Record copy = documents.constFirst();
            copy.setValue(int(DocumentField::TepDinhKemId), QString::number(9000000 + i * 8 + n));
            documents << copy;
        }
        d.setValue(DossierField::CertificateExtentData, ExtentDataXml::write(d.extent));
        const QJsonObject item = SandboxDialect::dossier(JsonCodec::writeDossier(d), false);
        if (i > 0)
            file.write(",");
        file.write(QJsonDocument(item).toJson(QJsonDocument::Compact));
    }
    file.write("]}}");
    file.close();
    std::printf("%lld dossiers, %lld bytes (%.0f bytes of JSON per dossier) in %s\n",
                static_cast<long long>(count), static_cast<long long>(file.size()),
                double(file.size()) / double(std::max<qint64>(1, count)), qPrintable(out));
    return 0;
}

// --- The plain importer.

// Splits a pull response into its items without holding more than a read buffer and one item: the objects
// inside the array at the third level ({"result":{"data":[ … ]}}), found by counting brackets outside
// strings.
class ItemReader {
public:
    explicit ItemReader(QFile *file)
        : m_file(file) {}

    // The next item's bytes, or an empty array at the end.
    QByteArray next() {
        for (;;) {
            if (m_pos == m_buffer.size()) {
                m_buffer = m_file->read(1 << 20);
                m_pos = 0;
                if (m_buffer.isEmpty())
                    return {};
            }
            const char c = m_buffer.at(m_pos++);
            if (m_depth >= 4)
                m_item.append(c);
            if (m_inString) {
                if (m_escaped)
                    m_escaped = false;
                else if (c == '\\')
                    m_escaped = true;
                else if (c == '"')
                    m_inString = false;
                continue;
            }
            if (c == '"') {
                m_inString = true;
            } else if (c == '{' || c == '[') {
                if (++m_depth == 4)
                    m_item = QByteArray(1, c);
            } else if (c == '}' || c == ']') {
                if (m_depth-- == 4) {
                    QByteArray item;
                    item.swap(m_item);
                    return item;
                }
            }
        }
    }

private:
    QFile *m_file;
    QByteArray m_buffer, m_item;
    qsizetype m_pos = 0;
    int m_depth = 0;
    bool m_inString = false, m_escaped = false;
};

class PlainDb {
public:
    explicit PlainDb(const QString &path) {
        if (sqlite3_open(QFile::encodeName(path).constData(), &m_db) != SQLITE_OK)
            die(QStringLiteral("cannot open %1").arg(path));
        exec("PRAGMA journal_mode = WAL");
        exec("PRAGMA synchronous = FULL");
    }
    ~PlainDb() {
        sqlite3_finalize(m_insert);
        sqlite3_close(m_db);
    }
    PlainDb(const PlainDb &) = delete;
    PlainDb &operator=(const PlainDb &) = delete;

    // The table from the first item's keys: one text column per key, the raw JSON beside them.
    void create(const QStringList &keys) {
        m_keys = keys;
        QStringList columns, marks, updates;
        for (const QString &k : keys) {
            columns << u'"' + k + u'"';
            marks << QStringLiteral("?");
            updates << QStringLiteral("\"%1\" = excluded.\"%1\"").arg(k);
        }
        exec(QStringLiteral("CREATE TABLE dossiers (id INTEGER PRIMARY KEY, %1 TEXT, raw TEXT)")
                 .arg(columns.join(QStringLiteral(" TEXT, ")))
                 .toUtf8());
        const char *indexes[] = {
            "CREATE UNIQUE INDEX dossiers_code ON dossiers (maHoSo)",
            "CREATE INDEX dossiers_received ON dossiers (ngayTiepNhan)",
            "CREATE INDEX dossiers_status ON dossiers (statusId)",
            "CREATE INDEX dossiers_procedure ON dossiers (maTTHC)",
        };
        for (const char *sql : indexes)
            exec(sql);
        // An import may bring a dossier again: it replaces the stored one, as `btxh import` does.
        const QByteArray sql =
            QStringLiteral("INSERT INTO dossiers (%1, raw) VALUES (%2, ?) ON CONFLICT (maHoSo) "
                           "DO UPDATE SET %3, raw = excluded.raw")
                .arg(columns.join(u','), marks.join(u','), updates.join(u','))
                .toUtf8();
        if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &m_insert, nullptr) != SQLITE_OK)
            die(QString::fromUtf8(sqlite3_errmsg(m_db)));
    }

    void insert(const QJsonObject &item, const QByteArray &raw) {
        int i = 1;
        for (const QString &k : m_keys) {
            const QJsonValue v = item.value(k);
            if (v.isNull() || v.isUndefined()) {
                sqlite3_bind_null(m_insert, i++);
                continue;
            }
            const QByteArray text =
                v.isString() ? v.toString().toUtf8()
                             : QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
            sqlite3_bind_text(m_insert, i++, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        sqlite3_bind_text(m_insert, i, raw.constData(), int(raw.size()), SQLITE_STATIC);
        if (sqlite3_step(m_insert) != SQLITE_DONE)
            die(QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_reset(m_insert);
    }

    void exec(const QByteArray &sql) {
        if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            die(QString::fromUtf8(sqlite3_errmsg(m_db)));
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    QStringList m_keys;
};

int import(const QStringList &paths, const QString &dbPath, qint64 batch) {
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(dbPath + suffix);
    QElapsedTimer clock;
    clock.start();
    qint64 count = 0;
    qint64 jsonBytes = 0;
    {
        PlainDb db(dbPath);
        bool open = false;
        for (const QString &path : paths) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                die(QStringLiteral("cannot read %1").arg(path));
            jsonBytes += file.size();
            ItemReader reader(&file);
            for (QByteArray raw = reader.next(); !raw.isEmpty(); raw = reader.next()) {
                QJsonParseError error{};
                const QJsonObject item = QJsonDocument::fromJson(raw, &error).object();
                if (error.error != QJsonParseError::NoError)
                    die(QStringLiteral("item %1: %2").arg(count).arg(error.errorString()));
                if (count == 0)
                    db.create(item.keys());
                if (!open) {
                    db.exec("BEGIN IMMEDIATE");
                    open = true;
                }
                db.insert(item, raw);
                if (++count % batch == 0) {
                    db.exec("COMMIT");
                    open = false;
                }
            }
        }
        if (open)
            db.exec("COMMIT");
    }
    const double seconds = clock.nsecsElapsed() / 1e9;
    const qint64 bytes = QFileInfo(dbPath).size() + QFileInfo(dbPath + QStringLiteral("-wal")).size();
    std::printf("plain importer: %lld dossiers in %.2f s = %.0f dossiers/s; peak RSS %s; database %lld bytes "
                "= %.0f bytes per dossier (JSON %.0f); load average %s\n",
                static_cast<long long>(count), seconds, count / seconds, qPrintable(peakRss()),
                static_cast<long long>(bytes), double(bytes) / double(std::max<qint64>(1, count)),
                double(jsonBytes) / double(std::max<qint64>(1, count)), qPrintable(loadAverage()));
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("generate"), QStringLiteral("Write a pull response of N dossiers to --out."),
         QStringLiteral("N")},
        {QStringLiteral("out"), QStringLiteral("Where --generate writes."), QStringLiteral("FILE")},
        {QStringLiteral("seed"), QStringLiteral("The generator's seed."), QStringLiteral("S"),
         QStringLiteral("15")},
        {QStringLiteral("import"),
         QStringLiteral("Import a pull response with the plain importer (again for several, in order)."),
         QStringLiteral("FILE")},
        {QStringLiteral("db"), QStringLiteral("The plain importer's database (replaced)."),
         QStringLiteral("PATH")},
        {QStringLiteral("batch"), QStringLiteral("Dossiers per transaction."), QStringLiteral("N"),
         QStringLiteral("500")},
    });
    p.process(app);
    if (p.isSet(QStringLiteral("generate"))) {
        if (!p.isSet(QStringLiteral("out")))
            die(QStringLiteral("--generate needs --out"));
        return generate(p.value(QStringLiteral("generate")).toLongLong(), p.value(QStringLiteral("out")),
                        p.value(QStringLiteral("seed")).toUInt());
    }
    if (p.isSet(QStringLiteral("import"))) {
        if (!p.isSet(QStringLiteral("db")))
            die(QStringLiteral("--import needs --db"));
        return import(p.values(QStringLiteral("import")), p.value(QStringLiteral("db")),
                      std::max(1LL, p.value(QStringLiteral("batch")).toLongLong()));
    }
    p.showHelp(1);
}
