// SPDX-License-Identifier: GPL-3.0-or-later
// `btxh keys` in-process, over a MemorySecretStore: what it stores, prints and exits with. The real keychain
// and a real process are in tst_keyscli.

#include "CommandRun.h"
#include "KeysCommand.h"
#include "MemorySecretStore.h"
#include "Store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace btxh::cli;
using namespace btxh::secrets;

namespace {

const QString kKey = QStringLiteral("ABCDkey-0123456789");
const QString kSecret = QStringLiteral("s3cr3t-Value-for-tests");

using Outcome = btxh::test::CommandRun;

} // namespace

class tst_KeysCommand : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void set_readsTwoLinesFromStdin();
    void set_trimsSurroundingWhitespaceAndCarriageReturns();
    void set_withArguments_isRefusedAndStoresNothing();
    void set_withMissingSecret_keepsWhatWasStored_data();
    void set_withMissingSecret_keepsWhatWasStored();
    void set_otherProfile_leavesDefaultAlone();
    void set_notesThatTheEnvironmentTakesPrecedence();
    void status_showsMaskedKeyNeverTheSecret();
    void status_whenNothingStored_isAConfigError();
    void status_mentionsEnvironmentPrecedence();
    void clear_removesBoth();
    void noKeychain_isAConfigErrorWithTheMessage_data();
    void noKeychain_isAConfigErrorWithTheMessage();
    void badUsage_isExit2_data();
    void badUsage_isExit2();
    void maskedKey_hidesShortKeysEntirely();
    void setAndClear_onlyUnderTheAdministratorRole_data();
    void setAndClear_onlyUnderTheAdministratorRole();

private:
    Outcome run(const QStringList &args, const QString &stdinText = {}, const QProcessEnvironment &env = {});

    std::shared_ptr<MemorySecretStore> m_store;
    QTemporaryDir m_dir;
    QString m_db; // --db, unless a test gives one: a database not set up yet (none), never the user's
};

void tst_KeysCommand::init() {
    m_store = std::make_shared<MemorySecretStore>();
    m_db = m_dir.filePath(QStringLiteral("none.sqlite"));
}

Outcome tst_KeysCommand::run(const QStringList &args, const QString &stdinText,
                             const QProcessEnvironment &env) {
    const KeysCommand command([this] { return std::static_pointer_cast<SecretStore>(m_store); });
    const QStringList database =
        args.contains(QStringLiteral("--db")) ? QStringList() : QStringList{QStringLiteral("--db"), m_db};
    return Outcome::run(command, args + database, stdinText, env);
}

void tst_KeysCommand::set_readsTwoLinesFromStdin() {
    const Outcome o = run({QStringLiteral("set")}, kKey + u'\n' + kSecret + u'\n');
    QCOMPARE(o.code, int(ExitOk));
    QCOMPARE(m_store->value(QStringLiteral("default"), SecretKind::ConsumerKey), kKey);
    QCOMPARE(m_store->value(QStringLiteral("default"), SecretKind::ConsumerSecret), kSecret);
    QVERIFY(o.out.contains(QStringLiteral("default")));
    QVERIFY(!o.out.contains(kSecret) && !o.err.contains(kSecret));
    QVERIFY(!o.out.contains(kKey) && !o.err.contains(kKey));
}

void tst_KeysCommand::set_trimsSurroundingWhitespaceAndCarriageReturns() {
    const Outcome o = run({QStringLiteral("set")}, u"  " + kKey + u" \r\n\t" + kSecret); // no final newline
    QCOMPARE(o.code, int(ExitOk));
    QCOMPARE(m_store->value(QStringLiteral("default"), SecretKind::ConsumerKey), kKey);
    QCOMPARE(m_store->value(QStringLiteral("default"), SecretKind::ConsumerSecret), kSecret);
}

void tst_KeysCommand::set_withArguments_isRefusedAndStoresNothing() {
    const Outcome o = run({QStringLiteral("set"), kKey, kSecret}, kKey + u'\n' + kSecret + u'\n');
    QCOMPARE(o.code, int(ExitBadInput));
    QVERIFY2(o.err.contains(QStringLiteral("standard input")), qPrintable(o.err));
    QCOMPARE(m_store->size(), 0);
    QVERIFY(!o.err.contains(kSecret));
}

void tst_KeysCommand::set_withMissingSecret_keepsWhatWasStored_data() {
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("key only") << QStringLiteral("newkey\n");
    QTest::newRow("blank secret") << QStringLiteral("newkey\n   \n");
    QTest::newRow("blank key") << QStringLiteral("\nnewsecret\n");
}

void tst_KeysCommand::set_withMissingSecret_keepsWhatWasStored() {
    QFETCH(QString, input);
    QCOMPARE(run({QStringLiteral("set")}, kKey + u'\n' + kSecret + u'\n').code, int(ExitOk));
    const Outcome o = run({QStringLiteral("set")}, input);
    QCOMPARE(o.code, int(ExitBadInput));
    QVERIFY2(o.err.contains(QStringLiteral("nothing was stored")), qPrintable(o.err));
    QCOMPARE(m_store->value(QStringLiteral("default"), SecretKind::ConsumerKey), kKey);
    QCOMPARE(m_store->value(QStringLiteral("default"), SecretKind::ConsumerSecret), kSecret);
}

void tst_KeysCommand::set_otherProfile_leavesDefaultAlone() {
    QCOMPARE(run({QStringLiteral("set")}, QStringLiteral("k1\ns1\n")).code, int(ExitOk));
    QCOMPARE(run({QStringLiteral("set"), QStringLiteral("--profile"), QStringLiteral("lgsp-hn")},
                 QStringLiteral("k2\ns2\n"))
                 .code,
             int(ExitOk));
    QCOMPARE(m_store->value(QStringLiteral("default"), SecretKind::ConsumerSecret), QStringLiteral("s1"));
    QCOMPARE(m_store->value(QStringLiteral("lgsp-hn"), SecretKind::ConsumerSecret), QStringLiteral("s2"));
}

void tst_KeysCommand::set_notesThatTheEnvironmentTakesPrecedence() {
    QProcessEnvironment env;
    env.insert(QStringLiteral("BTXH_CONSUMER_KEY"), QStringLiteral("other-key-1234"));
    env.insert(QStringLiteral("BTXH_CONSUMER_SECRET"), QStringLiteral("other-secret"));
    const Outcome o = run({QStringLiteral("set")}, kKey + u'\n' + kSecret + u'\n', env);
    QCOMPARE(o.code, int(ExitOk));
    QCOMPARE(m_store->value(QStringLiteral("default"), SecretKind::ConsumerSecret), kSecret);
    QVERIFY2(o.out.contains(QStringLiteral("take precedence")), qPrintable(o.out));
    QVERIFY(!o.out.contains(QStringLiteral("other-secret")));
}

void tst_KeysCommand::status_showsMaskedKeyNeverTheSecret() {
    QCOMPARE(run({QStringLiteral("set")}, kKey + u'\n' + kSecret + u'\n').code, int(ExitOk));
    const Outcome o = run({QStringLiteral("status")});
    QCOMPARE(o.code, int(ExitOk));
    QVERIFY2(o.out.contains(QStringLiteral("ABCD****")), qPrintable(o.out));
    QVERIFY(!o.out.contains(kKey));
    QVERIFY(!o.out.contains(kSecret) && !o.err.contains(kSecret));
    QCOMPARE(o.out.count(QStringLiteral(": stored")), 2);
}

void tst_KeysCommand::status_whenNothingStored_isAConfigError() {
    QVERIFY(m_store->writeSync(QStringLiteral("default"), SecretKind::ConsumerKey, kKey).ok());
    const Outcome o = run({QStringLiteral("status")});
    QCOMPARE(o.code, int(ExitConfigError));
    QVERIFY2(o.out.contains(QStringLiteral("not stored")), qPrintable(o.out));
    QVERIFY2(o.err.contains(QStringLiteral("btxh keys set --profile default")), qPrintable(o.err));
}

void tst_KeysCommand::status_mentionsEnvironmentPrecedence() {
    QProcessEnvironment env;
    env.insert(QStringLiteral("BTXH_CONSUMER_KEY"), QStringLiteral("ENVKkey-123456"));
    env.insert(QStringLiteral("BTXH_CONSUMER_SECRET"), kSecret);
    const Outcome o = run({QStringLiteral("status")}, {}, env);
    QCOMPARE(o.code, int(ExitOk)); // credentials are available, from the environment
    QVERIFY2(o.out.contains(QStringLiteral("take precedence")), qPrintable(o.out));
    QVERIFY(o.out.contains(QStringLiteral("ENVK****")));
    QVERIFY(!o.out.contains(kSecret));

    QProcessEnvironment half;
    half.insert(QStringLiteral("BTXH_CONSUMER_SECRET"), kSecret);
    const Outcome h = run({QStringLiteral("status")}, {}, half);
    QCOMPARE(h.code, int(ExitConfigError));
    QVERIFY2(h.out.contains(QStringLiteral("Only one of")), qPrintable(h.out));
}

void tst_KeysCommand::clear_removesBoth() {
    QCOMPARE(run({QStringLiteral("set")}, kKey + u'\n' + kSecret + u'\n').code, int(ExitOk));
    QCOMPARE(run({QStringLiteral("set"), QStringLiteral("--profile=other")}, QStringLiteral("k\ns\n")).code,
             int(ExitOk));
    const Outcome o = run({QStringLiteral("clear")});
    QCOMPARE(o.code, int(ExitOk));
    QVERIFY(!m_store->contains(QStringLiteral("default"), SecretKind::ConsumerKey));
    QVERIFY(!m_store->contains(QStringLiteral("default"), SecretKind::ConsumerSecret));
    QVERIFY(m_store->contains(QStringLiteral("other"), SecretKind::ConsumerSecret));
    QCOMPARE(run({QStringLiteral("clear")}).code, int(ExitOk)); // again: nothing to remove is fine
}

void tst_KeysCommand::noKeychain_isAConfigErrorWithTheMessage_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("input");
    QTest::newRow("set") << QStringList{QStringLiteral("set")} << kKey + u'\n' + kSecret + u'\n';
    QTest::newRow("status") << QStringList{QStringLiteral("status")} << QString();
    QTest::newRow("clear") << QStringList{QStringLiteral("clear")} << QString();
}

void tst_KeysCommand::noKeychain_isAConfigErrorWithTheMessage() {
    QFETCH(QStringList, args);
    QFETCH(QString, input);
    m_store->setFailure(SecretStatus::NoService,
                        QStringLiteral("No keychain service is running (simulated)."));
    const Outcome o = run(args, input);
    QCOMPARE(o.code, int(ExitConfigError));
    QVERIFY2(o.err.contains(QStringLiteral("No keychain service is running")), qPrintable(o.err));
    QVERIFY(!o.out.contains(kSecret) && !o.err.contains(kSecret));
}

void tst_KeysCommand::badUsage_isExit2_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no action") << QStringList{};
    QTest::newRow("unknown action") << QStringList{QStringLiteral("show")};
    QTest::newRow("bad profile") << QStringList{QStringLiteral("status"), QStringLiteral("--profile"),
                                                QStringLiteral("a/b")};
    QTest::newRow("extra") << QStringList{QStringLiteral("clear"), QStringLiteral("now")};
}

void tst_KeysCommand::badUsage_isExit2() {
    QFETCH(QStringList, args);
    QVERIFY(m_store->writeSync(QStringLiteral("default"), SecretKind::ConsumerKey, kKey).ok());
    const Outcome o = run(args);
    QCOMPARE(o.code, int(ExitBadInput));
    QVERIFY(!o.err.isEmpty());
    QVERIFY(m_store->contains(QStringLiteral("default"), SecretKind::ConsumerKey));
}

void tst_KeysCommand::maskedKey_hidesShortKeysEntirely() {
    QCOMPARE(KeysCommand::maskedKey(QStringLiteral("abcdefgh")), QStringLiteral("abcd****"));
    QCOMPARE(KeysCommand::maskedKey(QStringLiteral("abcdefghijklmnop")), QStringLiteral("abcd****"));
    QCOMPARE(KeysCommand::maskedKey(QStringLiteral("abcdefg")), QStringLiteral("****"));
    QCOMPARE(KeysCommand::maskedKey(QString()), QStringLiteral("****"));
}

void tst_KeysCommand::setAndClear_onlyUnderTheAdministratorRole_data() {
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("commune officer") << QStringLiteral("commune-officer") << false;
    QTest::newRow("commune leader") << QStringLiteral("commune-leader") << false;
    QTest::newRow("province reviewer") << QStringLiteral("province-reviewer") << false;
    QTest::newRow("an unknown name") << QStringLiteral("superuser") << false;
    QTest::newRow("administrator") << QStringLiteral("administrator") << true;
}

// The key pair is the connection's, as in the app's Settings: the role stored in the office's database
// decides, and a refusal leaves the keychain as it was.
void tst_KeysCommand::setAndClear_onlyUnderTheAdministratorRole() {
    QFETCH(QString, role);
    QFETCH(bool, allowed);
    const QString path = m_dir.filePath(role + QStringLiteral(".sqlite"));
    {
        btxh::Store database;
        QVERIFY(database.open(path));
        QVERIFY(database.settings().setValue(QStringLiteral("endpoint.kind"), QStringLiteral("sandbox")));
        QVERIFY(database.settings().setValue(QStringLiteral("app.role"), role));
    }
    const QStringList db{QStringLiteral("--db"), path};
    QVERIFY(m_store->writeSync(QStringLiteral("other"), SecretKind::ConsumerKey, kKey).ok());
    QVERIFY(m_store->writeSync(QStringLiteral("other"), SecretKind::ConsumerSecret, kSecret).ok());

    Outcome o = run(QStringList{QStringLiteral("set")} + db, QStringLiteral("new-key-000\nnew-secret\n"));
    QCOMPARE(o.code, allowed ? int(ExitOk) : int(ExitNotAllowed));
    QCOMPARE(m_store->contains(QStringLiteral("default"), SecretKind::ConsumerKey), allowed);
    o = run(QStringList{QStringLiteral("clear"), QStringLiteral("--profile"), QStringLiteral("other")} + db);
    QCOMPARE(o.code, allowed ? int(ExitOk) : int(ExitNotAllowed));
    QCOMPARE(m_store->value(QStringLiteral("other"), SecretKind::ConsumerKey), allowed ? QString() : kKey);
    if (!allowed) {
        QVERIFY2(o.err.contains(QStringLiteral("only an administrator changes the key pair")),
                 qPrintable(o.err));
        QCOMPARE(m_store->size(), 2);
    }
    // Looking is everyone's.
    o = run(QStringList{QStringLiteral("status"), QStringLiteral("--profile"), QStringLiteral("other")} + db);
    QCOMPARE(o.code, allowed ? int(ExitConfigError) : int(ExitOk));
}

QTEST_GUILESS_MAIN(tst_KeysCommand)
#include "tst_keyscommand.moc"
