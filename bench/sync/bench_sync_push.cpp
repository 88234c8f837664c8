// SPDX-License-Identifier: GPL-3.0-or-later
// bench_sync_push: how fast the outbox goes out to ndxp-sandbox on loopback, with one engine alone and with
// two engines (two processes) competing for one database: the lease that keeps them from sending an item
// twice must not halve the throughput.
//
//   bench_sync_push [--n 10000] [--rounds 3] [--work DIR]
//
// The items are dossiers, each with two processing steps and a final result (n/4 of each dossier's four).
// The sandbox runs in its non-deduplicating mode; after each run the bench checks that every item was
// accepted once (outbox all done, each step stored once).
#include "ChangeSet.h"
#include "GatewayClient.h"
#include "JsonCodec.h"
#include "Store.h"
#include "SyncEngine.h"

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
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>

using namespace btxh;

namespace {

void print(const QString &line) {
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

QJsonObject fixture(const char *name) {
    QFile f(QStringLiteral(BTXH_FIXTURES_DIR "/spec/") + QLatin1StringView(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", name);
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString code(int i) {
    return QStringLiteral("000.00.11.H10-240105-%1").arg(i, 5, 10, QLatin1Char('0'));
}

void place(Dossier &d) {
    d.setValue(DossierField::MaTinh, QStringLiteral("11"));
    d.setValue(DossierField::MaHuyen, QStringLiteral("094"));
    d.setValue(DossierField::MaXa, QStringLiteral("03127"));
}

// n items queued in a new database: n/4 dossiers, each with two steps and a final result.
bool prepare(const QString &path, int n) {
    QFile::remove(path);
    Store store;
    if (!store.open(path))
        return false;
    const Dossier dossierTemplate = JsonCodec::readDossier(fixture("push-dossier.json"));
    const Dossier resultTemplate = JsonCodec::readDossier(fixture("push-result.json"));
    const ProcessingStep stepTemplate = JsonCodec::readStep(fixture("push-progress.json"));
    ChangeSet dossiers, steps, results;
    for (int i = 0; i < n / 4; ++i) {
        Dossier d = dossierTemplate;
        d.setValue(DossierField::MaHoSo, code(i));
        d.setValue(DossierField::LoaiDuLieu, QStringLiteral("1"));
        place(d);
        dossiers.local.append({d, {}});
        for (int s = 1; s <= 2; ++s) {
            ProcessingStep step = stepTemplate;
            step.setValue(ProgressField::MaHoSo, code(i));
            step.setValue(ProgressField::ThoiDiemXuLy,
                          QDateTime(QDate(2024, 1, 5), QTime(8, 0).addSecs(s * 3600))
                              .toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")));
            step.setValue(ProgressField::NoiDungXuLy, QStringLiteral("Bước %1").arg(s));
            steps.localSteps.append({step, {}});
        }
        Dossier r = resultTemplate;
        r.setValue(DossierField::MaHoSo, code(i));
        r.setValue(DossierField::LoaiDuLieu, QStringLiteral("100"));
        place(r);
        results.local.append({r, {}});
    }
    return store.apply(dossiers) && store.apply(steps) && store.apply(results);
}

// --- child: one engine pushing everything it may ---

int runEngine(const QUrl &baseUrl, const QString &dbPath) {
    Store store;
    if (!store.open(dbPath))
        return 1;
    QNetworkAccessManager network;
    GatewayEnvironment env;
    env.network = &network;
    env.profile = EndpointProfile::custom(baseUrl);
    GatewayClient client(env, Credentials{QStringLiteral("demo-key"), QStringLiteral("demo-secret")});
    SyncOptions options;
    options.honourBackoff = false;
    options.leaseOwner = QStringLiteral("bench_sync_push");
    options.leaseWaitSeconds = 3600; // the second engine waits for the first, then finds nothing left
    SyncEngine engine(&store, &client, options);
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, &QEventLoop::quit);
    engine.push();
    loop.exec();
    const SyncReport &r = engine.report();
    print(QStringLiteral("{\"pushed\":%1,\"stop\":%2}").arg(r.pushed).arg(int(r.stop)));
    return r.stop == SyncReport::Stop::None ? 0 : 1;
}

// --- parent ---

struct Sandbox {
    QProcess process;
    QUrl url;
    bool start(const QString &db) {
        QFile::remove(db);
        // Its log (a line per push) is not read: left in a pipe, it would fill it and stop the sandbox.
        process.setStandardErrorFile(QProcess::nullDevice());
        process.start(QStringLiteral(BTXH_SANDBOX_PATH),
                      {QStringLiteral("--no-dedup"), QStringLiteral("--db"), db});
        static const QRegularExpression listening(
            QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
        QByteArray output;
        while (process.state() != QProcess::NotRunning) {
            process.waitForReadyRead(1000);
            output += process.readAllStandardOutput();
            const QRegularExpressionMatch m = listening.match(QString::fromUtf8(output));
            if (m.hasMatch()) {
                url = QUrl(m.captured(1));
                return true;
            }
        }
        return false;
    }
    ~Sandbox() {
        process.terminate();
        process.waitForFinished(30000);
    }
};

QJsonObject admin(const QUrl &base, const QString &path) {
    QNetworkAccessManager network;
    QNetworkReply *reply =
        network.get(QNetworkRequest(base.resolved(QUrl(QStringLiteral("/__admin/") + path))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return o;
}

// Every item accepted once: the outbox all done, and the sandbox stored each step once.
QString check(const QString &dbPath, const QUrl &sandbox, int n) {
    Store store;
    if (!store.open(dbPath))
        return QStringLiteral("cannot open the database");
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'done'"));
    const int done = q.next() ? q.value(0).toInt() : -1;
    if (done != n)
        return QStringLiteral("%1 of %2 items done").arg(done).arg(n);
    const QJsonObject steps =
        admin(sandbox, QStringLiteral("push-counts")).value(QStringLiteral("steps")).toObject();
    for (auto it = steps.constBegin(); it != steps.constEnd(); ++it)
        if (it.value().toInt() != 1)
            return QStringLiteral("a step stored %1 times").arg(it.value().toInt());
    if (steps.size() != n / 2)
        return QStringLiteral("%1 steps stored, %2 expected").arg(steps.size()).arg(n / 2);
    return {};
}

int runParent(int n, int rounds, const QString &workDir) {
    print(QStringLiteral("machine: %1, %2 logical CPUs, Qt %3, load %4")
              .arg(QSysInfo::prettyProductName())
              .arg(QThread::idealThreadCount())
              .arg(QString::fromLatin1(qVersion()))
              .arg(QString::fromLatin1([] {
                  QFile f(QStringLiteral("/proc/loadavg"));
                  return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("?");
              }())));
    int status = 0;
    for (int round = 1; round <= rounds; ++round) {
        for (const int engines : {1, 2}) {
            const QString db = QDir(workDir).filePath(QStringLiteral("office-%1.sqlite").arg(engines));
            if (!prepare(db, n)) {
                print(QStringLiteral("cannot prepare %1").arg(db));
                return 1;
            }
            Sandbox sandbox;
            if (!sandbox.start(QDir(workDir).filePath(QStringLiteral("sandbox.sqlite")))) {
                print(QStringLiteral("ndxp-sandbox did not start"));
                return 1;
            }
            QList<QProcess *> children;
            QElapsedTimer timer;
            timer.start();
            for (int e = 0; e < engines; ++e) {
                auto *p = new QProcess;
                p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
                p->start(QCoreApplication::applicationFilePath(),
                         {QStringLiteral("--mode"), QStringLiteral("engine"), QStringLiteral("--db"), db,
                          QStringLiteral("--url"), sandbox.url.toString()});
                children << p;
            }
            for (QProcess *p : std::as_const(children))
                p->waitForFinished(-1);
            const qint64 ms = timer.elapsed();
            QStringList pushed;
            for (QProcess *p : std::as_const(children)) {
                pushed << QString::fromUtf8(p->readAllStandardOutput().trimmed());
                delete p;
            }
            const QString problem = check(db, sandbox.url, n);
            if (!problem.isEmpty())
                status = 1;
            print(QStringLiteral("round %1, %2 engine(s): %3 items in %4 s = %5 items/s %6 %7")
                      .arg(round)
                      .arg(engines)
                      .arg(n)
                      .arg(ms / 1000.0, 0, 'f', 2)
                      .arg(n * 1000.0 / std::max<qint64>(1, ms), 0, 'f', 0)
                      .arg(pushed.join(u' '))
                      .arg(problem.isEmpty() ? QStringLiteral("(each item once)") : problem));
        }
    }
    return status;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption mode(QStringLiteral("mode"), QStringLiteral("engine (child processes)."),
                                  QStringLiteral("mode"));
    const QCommandLineOption size(QStringLiteral("n"), QStringLiteral("Queued items (a multiple of 4)."),
                                  QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Runs of each."),
                                    QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption work(QStringLiteral("work"),
                                  QStringLiteral("Folder for databases (default: temporary)."),
                                  QStringLiteral("dir"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database (children)."),
                                QStringLiteral("path"));
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("Sandbox URL (children)."),
                                 QStringLiteral("url"));
    parser.addOptions({mode, size, rounds, work, db, url});
    parser.process(app);
    if (parser.value(mode) == u"engine")
        return runEngine(QUrl(parser.value(url)), parser.value(db));
    QTemporaryDir temp;
    return runParent(parser.value(size).toInt(), parser.value(rounds).toInt(),
                     parser.isSet(work) ? parser.value(work) : temp.path());
}
