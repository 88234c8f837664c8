// SPDX-License-Identifier: GPL-3.0-or-later
// `btxh keys` as a real process against a real Secret Service (run-with-keyring.sh keyring), and without any
// D-Bus. The secret goes in on standard input only, and must never come out: not in the output, not in any
// file under the throwaway HOME and XDG directories.

#include "BtxhRun.h"
#include "TestHome.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kKey = QStringLiteral("CLIkey-0a1b2c3d4e");
const QString kSecret = QStringLiteral("cli-SECRET-9f8e7d6c5b");

using Run = btxh::test::BtxhRun;

} // namespace

class tst_KeysCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void setStatusClear_throughTheRealKeyring();
    void set_refusesTheSecretAsAnArgument();
    void set_withBadInput_keepsTheStoredKeys();
    void set_onATerminal_promptsWithoutEcho();
    void set_onATerminal_mistypedSecretStoresNothing();
    void withoutDbus_failsClearlyAndWritesNothing();
    void withoutDbus_environmentStillWorks();
    void cleanupTestCase();

private:
    Run btxh(const QStringList &args, const QString &input = {},
             const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    Run onTerminal(const QString &profile, const QList<QPair<QByteArray, QString>> &dialogue);
    static QProcessEnvironment withoutDbus();

    QStringList m_outputs; // everything btxh printed, checked for the secret at the end
};

void tst_KeysCli::initTestCase() {
    QVERIFY2(!testhome::root().isEmpty() && qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run through ctest: run-with-keyring.sh keyring starts D-Bus and an unlocked gnome-keyring");
    QVERIFY2(QFile::exists(Run::executable()), qPrintable(Run::executable()));
    QVERIFY(testhome::secretToolStore(QStringLiteral("probe/consumer-key"), QStringLiteral("probe")));
    QCOMPARE(testhome::secretToolLookup(QStringLiteral("probe/consumer-key")), QStringLiteral("probe"));
}

Run tst_KeysCli::btxh(const QStringList &args, const QString &input, const QProcessEnvironment &env) {
    const Run r = Run::run(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args, 120000, env,
                           input.toUtf8());
    m_outputs << r.out << r.err;
    return r;
}

QProcessEnvironment tst_KeysCli::withoutDbus() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    // GDBus would also find a bus socket at $XDG_RUNTIME_DIR/bus: point it at an empty directory.
    const QString runtime = testhome::root() + QStringLiteral("/run-without-bus");
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    return env;
}

void tst_KeysCli::setStatusClear_throughTheRealKeyring() {
    Run r = btxh({QStringLiteral("keys"), QStringLiteral("set")}, kKey + u'\n' + kSecret + u'\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(testhome::secretToolLookup(QStringLiteral("default/consumer-key")), kKey);
    QCOMPARE(testhome::secretToolLookup(QStringLiteral("default/consumer-secret")), kSecret);

    r = btxh({QStringLiteral("keys"), QStringLiteral("status")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("CLIk****")), qPrintable(r.out));
    QCOMPARE(r.out.count(QStringLiteral(": stored")), 2);

    r = btxh({QStringLiteral("keys"), QStringLiteral("status"), QStringLiteral("--profile"),
              QStringLiteral("hn")});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.out.contains(QStringLiteral("not stored")), qPrintable(r.out));

    r = btxh({QStringLiteral("keys"), QStringLiteral("clear")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(testhome::secretToolLookup(QStringLiteral("default/consumer-key")).isNull());
    QVERIFY(testhome::secretToolLookup(QStringLiteral("default/consumer-secret")).isNull());

    r = btxh({QStringLiteral("keys"), QStringLiteral("status")});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.out.contains(QStringLiteral("not stored")), qPrintable(r.out));
}

void tst_KeysCli::set_refusesTheSecretAsAnArgument() {
    const Run r = btxh({QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("--profile"),
                        QStringLiteral("args"), kKey, kSecret});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("standard input")), qPrintable(r.err));
    QVERIFY(testhome::secretToolLookup(QStringLiteral("args/consumer-key")).isNull());
}

void tst_KeysCli::set_withBadInput_keepsTheStoredKeys() {
    const QStringList set{QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("--profile"),
                          QStringLiteral("keep")};
    QCOMPARE(btxh(set, QStringLiteral("keep-key-123\nkeep-secret-456\n")).exitCode, 0);
    const Run r = btxh(set, QStringLiteral("only-a-key\n"));
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(testhome::secretToolLookup(QStringLiteral("keep/consumer-key")), QStringLiteral("keep-key-123"));
    QCOMPARE(testhome::secretToolLookup(QStringLiteral("keep/consumer-secret")),
             QStringLiteral("keep-secret-456"));
}

// script(1) gives btxh a pseudo-terminal; what it prints is what the officer would see on the screen. Each
// answer is typed once its prompt shows.
Run tst_KeysCli::onTerminal(const QString &profile, const QList<QPair<QByteArray, QString>> &dialogue) {
    QProcess p;
    p.start(QStringLiteral("script"),
            {QStringLiteral("-qec"),
             Run::executable() + QStringLiteral(" --lang en keys set --profile ") + profile,
             QStringLiteral("/dev/null")});
    if (!p.waitForStarted(30000))
        return {};
    QByteArray screen;
    const auto waitFor = [&](const QByteArray &text) {
        QDeadlineTimer deadline(60000);
        while (!screen.contains(text) && !deadline.hasExpired() && p.state() == QProcess::Running) {
            p.waitForReadyRead(200);
            screen += p.readAll();
        }
        return screen.contains(text);
    };
    for (const auto &[prompt, answer] : dialogue) {
        if (!waitFor(prompt)) {
            qWarning("no prompt %s in: %s", prompt.constData(), screen.constData());
            p.kill();
            p.waitForFinished();
            return {};
        }
        p.write(answer.toUtf8() + '\n');
    }
    if (!p.waitForFinished(60000))
        p.kill();
    screen += p.readAll();
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(screen);
    m_outputs << r.out;
    return r;
}

void tst_KeysCli::set_onATerminal_promptsWithoutEcho() {
    const Run r = onTerminal(QStringLiteral("tty"), {{"Consumer key for profile", kKey},
                                                     {"Consumer secret:", kSecret},
                                                     {"Consumer secret again:", kSecret}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Stored the consumer key")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(kSecret), qPrintable(r.out));
    QVERIFY2(!r.out.contains(kKey), qPrintable(r.out));
    QCOMPARE(testhome::secretToolLookup(QStringLiteral("tty/consumer-secret")), kSecret);
    QCOMPARE(testhome::secretToolLookup(QStringLiteral("tty/consumer-key")), kKey);
}

void tst_KeysCli::set_onATerminal_mistypedSecretStoresNothing() {
    const Run r = onTerminal(QStringLiteral("typo"), {{"Consumer key for profile", kKey},
                                                      {"Consumer secret:", kSecret},
                                                      {"Consumer secret again:", kSecret + u'x'}});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.contains(QStringLiteral("differ")), qPrintable(r.out));
    QVERIFY(testhome::secretToolLookup(QStringLiteral("typo/consumer-key")).isNull());
    QVERIFY(testhome::secretToolLookup(QStringLiteral("typo/consumer-secret")).isNull());
}

void tst_KeysCli::withoutDbus_failsClearlyAndWritesNothing() {
    const QString secret = QStringLiteral("nodbus-SECRET-31337");
    Run r = btxh({QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("--profile"),
                  QStringLiteral("nodbus")},
                 QStringLiteral("nodbus-key\n") + secret + u'\n', withoutDbus());
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains(QStringLiteral("No keychain service is running")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("BTXH_CONSUMER_KEY")));
    QVERIFY(!r.out.contains(secret) && !r.err.contains(secret));
    QVERIFY(testhome::filesContaining(secret).isEmpty());
    QVERIFY(testhome::secretToolLookup(QStringLiteral("nodbus/consumer-secret")).isNull());

    r = btxh({QStringLiteral("keys"), QStringLiteral("status")}, {}, withoutDbus());
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains(QStringLiteral("No keychain service is running")), qPrintable(r.err));
}

void tst_KeysCli::withoutDbus_environmentStillWorks() {
    QProcessEnvironment env = withoutDbus();
    env.insert(QStringLiteral("BTXH_CONSUMER_KEY"), QStringLiteral("ENVIRONMENT-key"));
    env.insert(QStringLiteral("BTXH_CONSUMER_SECRET"), kSecret);
    const Run r = btxh({QStringLiteral("keys"), QStringLiteral("status")}, {}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("take precedence")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("ENVI****")));
}

void tst_KeysCli::cleanupTestCase() {
    // The secrets went through the keyring; none may be in any file or in anything btxh printed.
    for (const QString &secret : {kSecret, QStringLiteral("keep-secret-456")}) {
        const QStringList hits = testhome::filesContaining(secret);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u' ')));
        for (const QString &output : std::as_const(m_outputs))
            QVERIFY2(!output.contains(secret), qPrintable(output));
    }
    QVERIFY(!testhome::allFiles(testhome::root() + QStringLiteral("/data/keyrings")).isEmpty());
}

QTEST_GUILESS_MAIN(tst_KeysCli)
#include "tst_keyscli.moc"
