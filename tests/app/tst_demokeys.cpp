// SPDX-License-Identifier: GPL-3.0-or-later
// The demonstration never uses real credentials: the real btxh-desktop, started with --demo while the
// environment holds a key pair (BTXH_CONSUMER_KEY/SECRET, which otherwise win over the keychain), talks to a
// real ndxp-sandbox that accepts only that environment pair. What the sandbox counted says which pair came: a
// token refused, and none issued, to the demo; the same sandbox issues one to that pair asked directly, so
// the refusal is the pair's, not the sandbox's.
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace {

const QString kEnvKey = QStringLiteral("env-real-key-0001");
const QString kEnvSecret = QStringLiteral("env-real-secret-0001");

quint16 freePort() {
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QNetworkReply *waitFor(QNetworkReply *reply) {
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    return reply;
}

} // namespace

class TestDemoKeys : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;

    QUrl url(const QString &path) const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }

    // /__admin/stats' token counters: requests, issued, refused.
    QJsonObject tokens() {
        std::unique_ptr<QNetworkReply> reply(
            waitFor(m_network.get(QNetworkRequest(url(QStringLiteral("/__admin/stats"))))));
        const QJsonObject stats = QJsonDocument::fromJson(reply->readAll()).object();
        return stats.value(QStringLiteral("token")).toObject();
    }

    int tokenCount(const QString &name) { return tokens().value(name).toInt(); }

    // A stand-in for ndxp-sandbox that starts the real one on a port this test knows, accepting only the
    // environment's pair; the app adds its own arguments (--port 0, --seed…) before ours.
    QString wrapper() const {
        const QString path = m_dir.filePath(QStringLiteral("ndxp-sandbox"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QStringLiteral(
                    "#!/bin/sh\nexec '%1' \"$@\" --port %2 --consumer-key '%3' --consumer-secret '%4'\n")
                    .arg(QStringLiteral(BTXH_SANDBOX_PROGRAM))
                    .arg(m_port)
                    .arg(kEnvKey, kEnvSecret)
                    .toUtf8());
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    // The app's environment: offscreen, with its own settings, not the developer's.
    QProcessEnvironment appEnvironment() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        return env;
    }

    // SIGTERM, as a session ending sends it; SIGKILL if the app has not ended within `ms`.
    static void stop(QProcess &app, int ms) {
        app.terminate();
        if (!app.waitForFinished(ms)) {
            app.kill();
            app.waitForFinished(5000);
        }
    }

private Q_SLOTS:
    void demo_withTheEnvironmentsKeyPair_neverSendsIt() {
        QVERIFY(m_dir.isValid());
        m_port = freePort();
        QVERIFY(m_port != 0);
        const QString sandbox = wrapper();
        QVERIFY(!sandbox.isEmpty());

        QProcessEnvironment env = appEnvironment();
        env.insert(QStringLiteral("BTXH_CONSUMER_KEY"), kEnvKey);
        env.insert(QStringLiteral("BTXH_CONSUMER_SECRET"), kEnvSecret);
        QProcess app;
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::MergedChannels);
        app.start(QStringLiteral(BTXH_DESKTOP_PATH),
                  {QStringLiteral("--demo"), QStringLiteral("--sandbox"), sandbox,
                   QStringLiteral("--demo-dossiers"), QStringLiteral("3"), QStringLiteral("--language"),
                   QStringLiteral("en")});
        QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));

        // The demo's first sync asks for a token as soon as its sandbox listens.
        QElapsedTimer waited;
        waited.start();
        while (tokenCount(QStringLiteral("requests")) == 0 && waited.elapsed() < 60000 &&
               app.state() == QProcess::Running)
            QTest::qWait(200);
        const QJsonObject seen = tokens();
        stop(app, 10000);
        const QByteArray output = app.readAll();
        QVERIFY2(
            seen.value(QStringLiteral("requests")).toInt() > 0,
            qPrintable(QStringLiteral("the demo asked for no token: %1").arg(QString::fromUtf8(output))));
        QCOMPARE(seen.value(QStringLiteral("issued")).toInt(), 0);
        QVERIFY(seen.value(QStringLiteral("refused")).toInt() > 0);
        QVERIFY(!output.contains(kEnvKey.toUtf8()) && !output.contains(kEnvSecret.toUtf8()));
    }

    // Ended by its session (SIGTERM), the demonstration quits as it would from its menu: its temporary
    // database and its sandbox's are removed, none left behind in the temporary folder.
    void demo_endedBySigterm_leavesNoTemporaryFolder() {
        QVERIFY(m_dir.isValid());
        const QString tmp = m_dir.filePath(QStringLiteral("tmp"));
        QVERIFY(QDir().mkpath(tmp));
        QProcessEnvironment env = appEnvironment();
        env.insert(QStringLiteral("TMPDIR"), tmp);
        QProcess app;
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::MergedChannels);
        app.start(QStringLiteral(BTXH_DESKTOP_PATH),
                  {QStringLiteral("--demo"), QStringLiteral("--sandbox"),
                   QStringLiteral(BTXH_SANDBOX_PROGRAM), QStringLiteral("--demo-dossiers"),
                   QStringLiteral("3"), QStringLiteral("--language"), QStringLiteral("en")});
        QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));
        auto folders = [&] {
            return QDir(tmp).entryList({QStringLiteral("btxh-desktop-*"), QStringLiteral("ndxp-sandbox-*")},
                                       QDir::Dirs | QDir::Hidden, QDir::Name);
        };
        // Both made: the app's (btxh-desktop-…) and its sandbox's (ndxp-sandbox-…).
        QElapsedTimer waited;
        waited.start();
        while (folders().size() < 2 && waited.elapsed() < 60000 && app.state() == QProcess::Running)
            QTest::qWait(200);
        const QStringList made = folders();
        stop(app, 20000);
        const QString output = QString::fromUtf8(app.readAll());
        QVERIFY2(made.size() == 2, qPrintable(made.join(u' ') + u'\n' + output));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QVERIFY2(folders().isEmpty(), qPrintable(folders().join(u' ') + u'\n' + output));
    }

    // The control: the same sandbox program, given the same arguments, issues a token to that pair.
    void control_theSandboxAcceptsTheEnvironmentsPair() {
        m_port = freePort();
        QVERIFY(m_port != 0);
        QProcess sandbox;
        sandbox.start(QStringLiteral("/bin/sh"), {wrapper(), QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(sandbox.waitForStarted(10000));
        QElapsedTimer waited;
        waited.start();
        while (!sandbox.readAllStandardOutput().contains("listening") && waited.elapsed() < 20000)
            sandbox.waitForReadyRead(500);
        QNetworkRequest request(url(QStringLiteral("/token")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        request.setRawHeader("Authorization",
                             "Basic " + QString(kEnvKey + u':' + kEnvSecret).toUtf8().toBase64());
        std::unique_ptr<QNetworkReply> reply(
            waitFor(m_network.post(request, QByteArrayLiteral("grant_type=client_credentials"))));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const int issued = tokenCount(QStringLiteral("issued"));
        sandbox.terminate();
        sandbox.waitForFinished(5000);
        QCOMPARE(status, 200);
        QCOMPARE(issued, 1);
    }
};

QTEST_GUILESS_MAIN(TestDemoKeys)
#include "tst_demokeys.moc"
