// SPDX-License-Identifier: GPL-3.0-or-later
// bench_sync_pull: how fast the sync engine pulls N dossiers from ndxp-sandbox on loopback into a fresh
// store, beside the store's own import of the same data (read the JSON, apply it) — the limit the pull can
// approach — and beside the plain importer (bench/store/bench_plain_import) on the same dossiers, the
// yardstick of issue 15, part 4; and the peak memory of each (each measured in a process of its own).
//
//   bench_sync_pull [--n 10000,100000] [--work DIR] [--rounds R] [--seed-days D]
//
// For each N: starts `ndxp-sandbox --seed N` (seeding is not timed), fetches its dossiers once as raw pull
// replies of about a sync window's size each (the import's and the plain importer's input, not timed), then
// runs three child processes:
// `--mode import`, `--mode sync` and `bench_plain_import --import` of every reply.
#include "ChangeSet.h"
#include "GatewayClient.h"
#include "JsonCodec.h"
#include "Payload.h"
#include "Store.h"
#include "SyncEngine.h"
#include "SyncSettings.h"
#include "WireDate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <sys/resource.h>
#include <thread>

using namespace btxh;

namespace {

const QString Province = QStringLiteral("11");
// The days the sandbox spreads its dossiers over, unless --seed-days says otherwise: the fewer the days, the
// fuller the pull's windows of time at a given N.
constexpr int DefaultSeedDays = 30;

// One field of /proc/self/status, in kB (-1 when absent).
long statusKb(const QByteArray &field) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith(field))
                return line.mid(field.size()).trimmed().split(' ').value(0).toLong();
        }
    }
    return -1;
}

// The peak of the program's own memory (RssAnon), sampled on a thread of its own. VmHWM also counts the pages
// of files the program maps, which the system may take back at any time: making the indexes again reads the
// database through a mapping (DeferredIndexes), and those pages are the file's cache, not memory held.
class AnonymousPeak {
public:
    AnonymousPeak()
        : m_thread([this] {
            while (!m_stop.load()) {
                m_peakKb.store(std::max(m_peakKb.load(), statusKb("RssAnon:")));
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
        }) {}
    ~AnonymousPeak() { stop(); }
    long stop() {
        m_stop.store(true);
        if (m_thread.joinable())
            m_thread.join();
        return std::max(m_peakKb.load(), statusKb("RssAnon:"));
    }

private:
    std::atomic<bool> m_stop{false};
    std::atomic<long> m_peakKb{0};
    std::thread m_thread;
};

// Peak resident memory of this process, in kB. getrusage's ru_maxrss is not enough alone: on Linux a child
// keeps the high-water mark its parent had when it forked (it survives exec), so each child would report at
// least the parent's peak. VmHWM is the peak of this program image only. Both are printed.
long peakRssKb() {
    return statusKb("VmHWM:");
}

long ruMaxRssKb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

void print(const QString &line) {
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

QDateTime rangeStart(int seedDays) {
    return QDateTime::currentDateTime().addDays(-(seedDays + 1));
}

// --- child: the store's own import of the exported replies ---

int runImport(const QString &exportDir, const QString &dbPath) {
    QFile::remove(dbPath);
    Store store;
    if (const StoreResult<void> opened = store.open(dbPath); !opened) {
        print(QStringLiteral("{\"error\":\"%1\"}").arg(opened.error().message));
        return 1;
    }
    const QStringList files =
        QDir(exportDir).entryList({QStringLiteral("window-*.json")}, QDir::Files, QDir::Name);
    // Transactions of the size the sync engine aims its windows at, so that both sides commit alike.
    const qsizetype batch = SyncOptions().targetItemsPerWindow;
    AnonymousPeak anonymous;
    QElapsedTimer timer;
    timer.start();
    // As the pull below (and `btxh import` of a large file into an empty database): indexes made at the end.
    if (!store.deferredIndexes().defer())
        return 1;
    qint64 n = 0;
    ChangeSet changes;
    const auto flush = [&] {
        const bool ok = changes.isEmpty() || store.apply(changes).has_value();
        changes = ChangeSet();
        return ok;
    };
    for (const QString &name : files) {
        QFile f(QDir(exportDir).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        QString error;
        const std::optional<Payload> payload = PayloadReader::read(f.readAll(), &error);
        if (!payload)
            return 1;
        for (const Dossier &d : payload->dossiers) {
            changes.received.append({d, QByteArray()});
            if (changes.received.size() >= batch && !flush())
                return 1;
        }
        n += payload->dossiers.size();
    }
    if (!flush() || !store.deferredIndexes().restore())
        return 1;
    // Closed inside the time, as the plain importer closes its database inside its own: closing moves what
    // the write-ahead log still holds into the database file.
    store.close();
    const qint64 ms = timer.elapsed();
    print(QStringLiteral("{\"mode\":\"import\",\"dossiers\":%1,\"ms\":%2,\"peakRssKb\":%3,\"ruMaxRssKb\":%4,"
                         "\"peakAnonKb\":%5}")
              .arg(n)
              .arg(ms)
              .arg(peakRssKb())
              .arg(ruMaxRssKb())
              .arg(anonymous.stop()));
    return 0;
}

// --- child: the sync engine pulling from the sandbox ---

int runSync(const QUrl &baseUrl, const QString &dbPath, int seedDays) {
    QFile::remove(dbPath);
    Store store;
    if (!store.open(dbPath))
        return 1;
    QNetworkAccessManager network;
    GatewayEnvironment env;
    env.network = &network;
    // The profile as `btxh pull` builds it (default settings, the sandbox's address from BTXH_ENDPOINT).
    SyncSettings settings;
    settings.setValue(QStringLiteral("endpoint.kind"), QStringLiteral("custom"));
    QProcessEnvironment variables;
    variables.insert(QString(SyncSettings::endpointVariable), baseUrl.toString());
    QString error;
    env.profile = settings.profile(variables, &error).value_or(EndpointProfile::custom(baseUrl));
    GatewayClient client(env, Credentials{QStringLiteral("demo-key"), QStringLiteral("demo-secret")});
    SyncEngine engine(&store, &client);
    PullSpec spec;
    spec.kinds = PullKinds(PullKind::Dossiers);
    spec.area.province = Province;
    spec.from = rangeStart(seedDays);
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, &QEventLoop::quit);
    int windows = 0;
    QObject::connect(&client, &GatewayClient::jobStarted, &loop, [&windows] { ++windows; });
    AnonymousPeak anonymous;
    QElapsedTimer timer;
    timer.start();
    // As `btxh pull` into a database of fewer than IndexDeferral::SmallDatabase dossiers (--indexes auto).
    if (!store.deferredIndexes().defer())
        return 1;
    engine.pull(spec);
    loop.exec();
    if (!store.deferredIndexes().restore())
        return 1;
    store.close(); // inside the time, as in the import above
    const qint64 ms = timer.elapsed();
    const SyncReport &r = engine.report();
    print(QStringLiteral("{\"mode\":\"sync\",\"dossiers\":%1,\"created\":%2,\"ms\":%3,\"peakRssKb\":%4,"
                         "\"ruMaxRssKb\":%5,\"windows\":%6,\"ok\":%7,\"peakAnonKb\":%8}")
              .arg(r.pulled)
              .arg(r.created)
              .arg(ms)
              .arg(peakRssKb())
              .arg(ruMaxRssKb())
              .arg(windows)
              .arg(r.ok() ? QStringLiteral("true") : QStringLiteral("false"))
              .arg(anonymous.stop()));
    return r.ok() ? 0 : 1;
}

// --- parent ---

QByteArray post(QNetworkAccessManager &network, const QUrl &url, const QByteArray &body,
                const QList<std::pair<QByteArray, QByteArray>> &headers) {
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray data = reply->readAll();
    reply->deleteLater();
    return data;
}

// Fetches the sandbox's seeded dossiers as raw pull replies (not timed), in windows of time that hold about
// as many dossiers as the sync engine aims its own at, whatever N: the import child reads each reply whole,
// as the engine does, so that replies growing with N would make its memory grow too.
qint64 exportReplies(const QUrl &baseUrl, const QString &dir, qint64 seeded, int seedDays) {
    QDir().mkpath(dir);
    QNetworkAccessManager network;
    const QByteArray basic = "Basic " + QByteArrayLiteral("demo-key:demo-secret").toBase64();
    const QByteArray tokenReply =
        post(network, baseUrl.resolved(QUrl(QStringLiteral("/token"))), "grant_type=client_credentials",
             {{"Authorization", basic}, {"Content-Type", "application/x-www-form-urlencoded"}});
    const QByteArray token = QJsonDocument::fromJson(tokenReply)
                                 .object()
                                 .value(QStringLiteral("access_token"))
                                 .toString()
                                 .toLatin1();
    qint64 total = 0;
    QDateTime from = rangeStart(seedDays);
    const QDateTime end = QDateTime::currentDateTime().addSecs(60);
    const qint64 windowSecs = std::max<qint64>(
        60, qint64(seedDays) * 86400 * SyncOptions().targetItemsPerWindow / std::max<qint64>(1, seeded));
    for (int i = 0; from <= end; ++i) {
        const QDateTime to = std::min(from.addSecs(windowSecs - 1), end);
        Query q;
        q.setValue(QueryField::LoaiDuLieu, QStringLiteral("1"));
        q.setValue(QueryField::MaTinh, Province);
        q.setWindow(from, to);
        const QByteArray body =
            post(network, baseUrl.resolved(QUrl(QStringLiteral("/apiBTXH/1.0/DanhSachHoSo"))),
                 QJsonDocument(JsonCodec::writeQuery(q)).toJson(QJsonDocument::Compact),
                 {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}});
        QString error;
        const std::optional<Payload> payload = PayloadReader::read(body, &error);
        total += payload ? payload->dossiers.size() : 0;
        QFile f(QDir(dir).filePath(QStringLiteral("window-%1.json").arg(i, 6, 10, QLatin1Char('0'))));
        if (!f.open(QIODevice::WriteOnly))
            return -1;
        f.write(body);
        from = to.addSecs(1);
    }
    return total;
}

// The plain importer on the saved replies, read one after the other as one pull, in a process of its own: its
// rate and its peak memory (VmHWM) from the line it prints. Its clock, like the children's here, starts after
// the process has started.
QJsonObject runPlain(const QString &exportDir, const QString &dbPath) {
    QStringList args{QStringLiteral("--db"), dbPath};
    for (const QString &name :
         QDir(exportDir).entryList({QStringLiteral("window-*.json")}, QDir::Files, QDir::Name))
        args << QStringLiteral("--import") << QDir(exportDir).filePath(name);
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral(BTXH_PLAIN_IMPORT_PATH), args);
    p.waitForFinished(-1);
    const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    static const QRegularExpression result(QStringLiteral(
        "plain importer: (\\d+) dossiers in [\\d.]+ s = (\\d+) dossiers/s; peak RSS (\\d+) kB"));
    const QRegularExpressionMatch m = result.match(out);
    if (!m.hasMatch()) {
        print(QStringLiteral("bench_plain_import gave no result: %1").arg(out));
        return {};
    }
    return {{QStringLiteral("dossiers"), m.captured(1).toDouble()},
            {QStringLiteral("rate"), m.captured(2).toDouble()},
            {QStringLiteral("peakRssKb"), m.captured(3).toDouble()}};
}

QJsonObject runChild(const QStringList &args) {
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(), args);
    p.waitForFinished(-1);
    const QByteArray out = p.readAllStandardOutput().trimmed();
    return QJsonDocument::fromJson(out.mid(out.lastIndexOf('\n') + 1)).object();
}

// "median (min–max)" of ratios.
QString spread(QList<double> values) {
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    const double median = n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
    return QStringLiteral("%1 (%2–%3)")
        .arg(median, 0, 'f', 2)
        .arg(values.constFirst(), 0, 'f', 2)
        .arg(values.constLast(), 0, 'f', 2);
}

int runParent(const QList<int> &sizes, const QString &workDir, int rounds, int seedDays) {
    QStringList lines;
    print(QStringLiteral("machine: %1, %2 logical CPUs, Qt %3")
              .arg(QSysInfo::prettyProductName())
              .arg(QThread::idealThreadCount())
              .arg(QString::fromLatin1(qVersion())));
    for (const int n : sizes) {
        const QString dir = QDir(workDir).filePath(QStringLiteral("n%1").arg(n));
        QDir().mkpath(dir);
        QProcess sandbox;
        sandbox.setProcessChannelMode(QProcess::SeparateChannels);
        const QString sandboxDb = QDir(dir).filePath(QStringLiteral("sandbox.sqlite"));
        QFile::remove(sandboxDb);
        QElapsedTimer seedTimer;
        seedTimer.start();
        sandbox.start(QStringLiteral(BTXH_SANDBOX_PATH),
                      {QStringLiteral("--seed"), QString::number(n), QStringLiteral("--seed-provinces"),
                       Province, QStringLiteral("--seed-days"), QString::number(seedDays),
                       QStringLiteral("--db"), sandboxDb});
        QByteArray output;
        quint16 port = 0;
        static const QRegularExpression listening(
            QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
        while (port == 0 && sandbox.state() != QProcess::NotRunning) {
            sandbox.waitForReadyRead(1000);
            output += sandbox.readAllStandardOutput();
            const QRegularExpressionMatch m = listening.match(QString::fromUtf8(output));
            if (m.hasMatch())
                port = quint16(m.captured(1).toUInt());
        }
        if (port == 0) {
            print(QStringLiteral("ndxp-sandbox did not start: %1")
                      .arg(QString::fromUtf8(sandbox.readAllStandardError())));
            return 1;
        }
        const qint64 seedMs = seedTimer.elapsed();
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(port));
        const QString exportDir = QDir(dir).filePath(QStringLiteral("export"));
        QDir(exportDir).removeRecursively();
        const qint64 exported = exportReplies(url, exportDir, n, seedDays);

        // Rounds of the three in turn, each on fresh databases: one run of each says little on a machine
        // whose speed varies (bench/README.md). The sandbox idles while the plain importer runs.
        QList<double> pullRatios;
        QList<double> importRatios;
        for (int round = 1; round <= rounds; ++round) {
            const QJsonObject import = runChild(
                {QStringLiteral("--mode"), QStringLiteral("import"), QStringLiteral("--export"), exportDir,
                 QStringLiteral("--db"), QDir(dir).filePath(QStringLiteral("import.sqlite"))});
            const QJsonObject sync = runChild(
                {QStringLiteral("--mode"), QStringLiteral("sync"), QStringLiteral("--url"), url.toString(),
                 QStringLiteral("--db"), QDir(dir).filePath(QStringLiteral("sync.sqlite")),
                 QStringLiteral("--seed-days"), QString::number(seedDays)});
            const QJsonObject plain = runPlain(exportDir, QDir(dir).filePath(QStringLiteral("plain.sqlite")));
            if (plain.value(QStringLiteral("dossiers")).toInteger() != exported) {
                print(
                    QStringLiteral("the plain importer did not read the %1 exported dossiers").arg(exported));
                return 1;
            }

            const double importRate = import.value(QStringLiteral("dossiers")).toDouble() * 1000.0 /
                                      std::max(1.0, import.value(QStringLiteral("ms")).toDouble());
            const double syncRate = sync.value(QStringLiteral("dossiers")).toDouble() * 1000.0 /
                                    std::max(1.0, sync.value(QStringLiteral("ms")).toDouble());
            const double plainRate = plain.value(QStringLiteral("rate")).toDouble();
            const auto mb = [](const QJsonObject &o, const char *key) {
                return QString::number(o.value(QLatin1StringView(key)).toDouble() / 1024.0, 'f', 1);
            };
            print(
                QStringLiteral(
                    "N=%1 (seeded in %2 s, %3 exported): import %4 dossiers/s, peak RSS %5 MB | "
                    "sync pull %6 dossiers/s (%7 stored, %8 windows), peak RSS %9 MB | plain %10 dossiers/s "
                    "(%11 read), peak RSS %12 MB | pull/import = %13 | pull/plain = %14, import/plain = %15 "
                    "| getrusage ru_maxrss (includes the parent's): import %16 MB, sync %17 MB "
                    "| peak RssAnon (the mapped database file left out): import %18 MB, sync %19 MB")
                    .arg(n)
                    .arg(seedMs / 1000.0, 0, 'f', 1)
                    .arg(exported)
                    .arg(importRate, 0, 'f', 0)
                    .arg(mb(import, "peakRssKb"))
                    .arg(syncRate, 0, 'f', 0)
                    .arg(sync.value(QStringLiteral("created")).toInt())
                    .arg(sync.value(QStringLiteral("windows")).toInt())
                    .arg(mb(sync, "peakRssKb"))
                    .arg(plainRate, 0, 'f', 0)
                    .arg(plain.value(QStringLiteral("dossiers")).toInt())
                    .arg(mb(plain, "peakRssKb"))
                    .arg(syncRate / std::max(1.0, importRate), 0, 'f', 2)
                    .arg(syncRate / std::max(1.0, plainRate), 0, 'f', 2)
                    .arg(importRate / std::max(1.0, plainRate), 0, 'f', 2)
                    .arg(mb(import, "ruMaxRssKb"), mb(sync, "ruMaxRssKb"))
                    .arg(mb(import, "peakAnonKb"), mb(sync, "peakAnonKb")));
            pullRatios << syncRate / std::max(1.0, plainRate);
            importRatios << importRate / std::max(1.0, plainRate);
        }
        sandbox.terminate();
        sandbox.waitForFinished(30000);
        if (rounds > 1)
            print(QStringLiteral("N=%1, %2 rounds: pull/plain %3, import/plain %4 (median, range)")
                      .arg(n)
                      .arg(rounds)
                      .arg(spread(pullRatios), spread(importRatios)));
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption mode(QStringLiteral("mode"), QStringLiteral("import or sync (child processes)."),
                                  QStringLiteral("mode"));
    const QCommandLineOption sizes(QStringLiteral("n"), QStringLiteral("Comma-separated dossier counts."),
                                   QStringLiteral("N,..."), QStringLiteral("10000,100000"));
    const QCommandLineOption work(QStringLiteral("work"),
                                  QStringLiteral("Folder for databases (default: temporary)."),
                                  QStringLiteral("dir"));
    const QCommandLineOption exportOpt(QStringLiteral("export"), QStringLiteral("Exported replies (import)."),
                                       QStringLiteral("dir"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database (children)."),
                                QStringLiteral("path"));
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("Sandbox URL (sync)."),
                                 QStringLiteral("url"));
    const QCommandLineOption roundsOpt(
        QStringLiteral("rounds"),
        QStringLiteral("Runs of the import, the pull and the plain importer, in turn, for each N."),
        QStringLiteral("R"), QStringLiteral("1"));
    const QCommandLineOption seedDaysOpt(
        QStringLiteral("seed-days"),
        QStringLiteral("Days the sandbox spreads each N over (the pull's windows are fuller the fewer)."),
        QStringLiteral("D"), QString::number(DefaultSeedDays));
    parser.addOptions({mode, sizes, work, exportOpt, db, url, roundsOpt, seedDaysOpt});
    parser.process(app);

    const int seedDays = parser.value(seedDaysOpt).toInt();
    if (seedDays < 1) {
        print(QStringLiteral("--seed-days takes a whole number of at least 1, not \"%1\"")
                  .arg(parser.value(seedDaysOpt)));
        return 2;
    }
    if (parser.value(mode) == u"import")
        return runImport(parser.value(exportOpt), parser.value(db));
    if (parser.value(mode) == u"sync")
        return runSync(QUrl(parser.value(url)), parser.value(db), seedDays);

    QList<int> ns;
    for (const QString &s : parser.value(sizes).split(u',', Qt::SkipEmptyParts))
        ns << s.toInt();
    QTemporaryDir temp;
    const int rounds = parser.value(roundsOpt).toInt();
    if (rounds < 1) {
        print(QStringLiteral("--rounds takes a whole number of at least 1, not \"%1\"")
                  .arg(parser.value(roundsOpt)));
        return 2;
    }
    return runParent(ns, parser.isSet(work) ? parser.value(work) : temp.path(), rounds, seedDays);
}
