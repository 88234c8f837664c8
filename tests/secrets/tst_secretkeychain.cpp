// SPDX-License-Identifier: GPL-3.0-or-later
// KeychainSecretStore against a real Secret Service: gnome-keyring in a private D-Bus session, unlocked by
// run-with-keyring.sh. Every write is checked with secret-tool, independently of QtKeychain, so a keyring
// that silently does nothing (locked, or not there) cannot make these tests pass.

#include "KeychainSecretStore.h"
#include "TestHome.h"

#include <QCoreApplication>
#include <QTest>

using namespace btxh::secrets;

class tst_KeychainSecretStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void writeReadOverwriteRemove_reachTheRealKeyring();
    void read_seesWhatAnotherProgramStored();
    void queuedWritesAndRemoves_areAppliedInOrder();
    void profiles_andKinds_areSeparateEntries();
    void nonAsciiSecret_roundTrips();
    void remove_ofMissingEntry_isOk();
    void invalidProfile_neverReachesTheKeyring();
    void callbacks_neverRunInsideTheCallAndRespectTheirContext();
    void secret_isInNoFileInHome();

private:
    KeychainSecretStore *m_store = nullptr;
};

void tst_KeychainSecretStore::initTestCase() {
    QVERIFY2(!testhome::root().isEmpty() && qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run through ctest: run-with-keyring.sh keyring starts D-Bus and an unlocked gnome-keyring");
    // QtKeychain's plain-text fallback (which we switch off) would write under these names.
    QCoreApplication::setOrganizationName(QStringLiteral("BTXH"));
    QCoreApplication::setApplicationName(QStringLiteral("btxh-desktop"));
    // The keyring really works, seen by a tool that does not use QtKeychain.
    QVERIFY(testhome::secretToolStore(QStringLiteral("probe/consumer-key"), QStringLiteral("probe")));
    QCOMPARE(testhome::secretToolLookup(QStringLiteral("probe/consumer-key")), QStringLiteral("probe"));
}

void tst_KeychainSecretStore::init() {
    delete m_store;
    m_store = new KeychainSecretStore(this);
    m_store->setTimeout(std::chrono::seconds(60));
}

void tst_KeychainSecretStore::writeReadOverwriteRemove_reachTheRealKeyring() {
    const QString p = QStringLiteral("default");
    const QString entry = QStringLiteral("default/consumer-secret");

    SecretResult r = m_store->writeSync(p, SecretKind::ConsumerSecret, QStringLiteral("first-secret"));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(testhome::secretToolLookup(entry), QStringLiteral("first-secret"));
    r = m_store->readSync(p, SecretKind::ConsumerSecret);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.value, QStringLiteral("first-secret"));

    r = m_store->writeSync(p, SecretKind::ConsumerSecret, QStringLiteral("second-secret"));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(testhome::secretToolLookup(entry), QStringLiteral("second-secret"));
    QCOMPARE(m_store->readSync(p, SecretKind::ConsumerSecret).value, QStringLiteral("second-secret"));

    r = m_store->removeSync(p, SecretKind::ConsumerSecret);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(testhome::secretToolLookup(entry).isNull());
    r = m_store->readSync(p, SecretKind::ConsumerSecret);
    QCOMPARE(r.status, SecretStatus::NotFound);
    QVERIFY(r.value.isEmpty());
}

void tst_KeychainSecretStore::read_seesWhatAnotherProgramStored() {
    QVERIFY(testhome::secretToolStore(QStringLiteral("outside/consumer-key"),
                                      QStringLiteral("from-secret-tool")));
    const SecretResult r = m_store->readSync(QStringLiteral("outside"), SecretKind::ConsumerKey);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.value, QStringLiteral("from-secret-tool"));
}

void tst_KeychainSecretStore::queuedWritesAndRemoves_areAppliedInOrder() {
    const QString a = QStringLiteral("order-a");
    const QString b = QStringLiteral("order-b");
    QStringList answers;
    const auto note = [&answers](const QString &what) {
        return [&answers, what](const SecretResult &r) {
            answers << what + u'=' + (r.ok() ? r.value : QStringLiteral("!"));
        };
    };
    // All asked at once, without waiting: one job at a time, in this order.
    m_store->write(a, SecretKind::ConsumerKey, QStringLiteral("a1"), note(QStringLiteral("w a1")));
    m_store->write(a, SecretKind::ConsumerKey, QStringLiteral("a2"), note(QStringLiteral("w a2")));
    m_store->read(a, SecretKind::ConsumerKey, note(QStringLiteral("r a")));
    m_store->remove(a, SecretKind::ConsumerKey, note(QStringLiteral("d a")));
    m_store->read(a, SecretKind::ConsumerKey, note(QStringLiteral("r a")));
    m_store->write(a, SecretKind::ConsumerKey, QStringLiteral("a3"), note(QStringLiteral("w a3")));
    m_store->write(b, SecretKind::ConsumerKey, QStringLiteral("b1"), note(QStringLiteral("w b1")));
    m_store->remove(b, SecretKind::ConsumerKey, note(QStringLiteral("d b")));
    m_store->write(a, SecretKind::ConsumerKey, QStringLiteral("a4"), note(QStringLiteral("w a4")));
    m_store->remove(a, SecretKind::ConsumerKey, note(QStringLiteral("d a")));
    m_store->write(a, SecretKind::ConsumerKey, QStringLiteral("a5"), note(QStringLiteral("w a5")));
    m_store->read(a, SecretKind::ConsumerKey, note(QStringLiteral("r a")));
    QCOMPARE(m_store->pendingCount(), 12);

    QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 12, 60000);
    QCOMPARE(answers,
             (QStringList{QStringLiteral("w a1="), QStringLiteral("w a2="), QStringLiteral("r a=a2"),
                          QStringLiteral("d a="), QStringLiteral("r a=!"), QStringLiteral("w a3="),
                          QStringLiteral("w b1="), QStringLiteral("d b="), QStringLiteral("w a4="),
                          QStringLiteral("d a="), QStringLiteral("w a5="), QStringLiteral("r a=a5")}));
    QCOMPARE(m_store->pendingCount(), 0);
    QCOMPARE(testhome::secretToolLookup(QStringLiteral("order-a/consumer-key")), QStringLiteral("a5"));
    QVERIFY(testhome::secretToolLookup(QStringLiteral("order-b/consumer-key")).isNull());
}

void tst_KeychainSecretStore::profiles_andKinds_areSeparateEntries() {
    QVERIFY(m_store->writeSync(QStringLiteral("ndxp"), SecretKind::ConsumerKey, QStringLiteral("nk")).ok());
    QVERIFY(
        m_store->writeSync(QStringLiteral("ndxp"), SecretKind::ConsumerSecret, QStringLiteral("ns")).ok());
    QVERIFY(m_store->writeSync(QStringLiteral("lgsp"), SecretKind::ConsumerKey, QStringLiteral("lk")).ok());
    QCOMPARE(testhome::secretToolLookup(QStringLiteral("ndxp/consumer-key")), QStringLiteral("nk"));
    QCOMPARE(testhome::secretToolLookup(QStringLiteral("ndxp/consumer-secret")), QStringLiteral("ns"));
    QCOMPARE(testhome::secretToolLookup(QStringLiteral("lgsp/consumer-key")), QStringLiteral("lk"));
    QCOMPARE(m_store->readSync(QStringLiteral("lgsp"), SecretKind::ConsumerSecret).status,
             SecretStatus::NotFound);
    QVERIFY(m_store->removeSync(QStringLiteral("ndxp"), SecretKind::ConsumerKey).ok());
    QCOMPARE(m_store->readSync(QStringLiteral("ndxp"), SecretKind::ConsumerSecret).value,
             QStringLiteral("ns"));
    QCOMPARE(m_store->readSync(QStringLiteral("lgsp"), SecretKind::ConsumerKey).value, QStringLiteral("lk"));
}

void tst_KeychainSecretStore::nonAsciiSecret_roundTrips() {
    const QString secret = QStringLiteral("Mật-khẩu Đức ✓ \"quoted\" = ; #");
    QVERIFY(m_store->writeSync(QStringLiteral("unicode"), SecretKind::ConsumerSecret, secret).ok());
    QCOMPARE(m_store->readSync(QStringLiteral("unicode"), SecretKind::ConsumerSecret).value, secret);
    QCOMPARE(testhome::secretToolLookup(QStringLiteral("unicode/consumer-secret")), secret);
}

void tst_KeychainSecretStore::remove_ofMissingEntry_isOk() {
    const SecretResult r = m_store->removeSync(QStringLiteral("never-stored"), SecretKind::ConsumerKey);
    QVERIFY2(r.ok(), qPrintable(r.message));
}

void tst_KeychainSecretStore::invalidProfile_neverReachesTheKeyring() {
    const SecretResult r =
        m_store->writeSync(QStringLiteral("x/consumer-secret"), SecretKind::ConsumerKey, QStringLiteral("v"));
    QCOMPARE(r.status, SecretStatus::InvalidInput);
    QVERIFY(testhome::secretToolLookup(QStringLiteral("x/consumer-secret/consumer-key")).isNull());
}

void tst_KeychainSecretStore::callbacks_neverRunInsideTheCallAndRespectTheirContext() {
    bool called = false;
    m_store->write(QStringLiteral("ctx"), SecretKind::ConsumerKey, QStringLiteral("v"),
                   [&](const SecretResult &) { called = true; });
    QVERIFY(!called);
    auto context = std::make_unique<QObject>();
    bool dropped = true;
    m_store->read(
        QStringLiteral("ctx"), SecretKind::ConsumerKey, [&](const SecretResult &) { dropped = false; },
        context.get());
    context.reset();
    QTRY_COMPARE_WITH_TIMEOUT(m_store->pendingCount(), 0, 60000);
    QVERIFY(called);
    QVERIFY(dropped);
}

void tst_KeychainSecretStore::secret_isInNoFileInHome() {
    const QString secret = QStringLiteral("zq-UNIQUE-secret-7f3a9c");
    QVERIFY(m_store->writeSync(QStringLiteral("files"), SecretKind::ConsumerSecret, secret).ok());
    QCOMPARE(m_store->readSync(QStringLiteral("files"), SecretKind::ConsumerSecret).value, secret);
    QCOMPARE(testhome::secretToolLookup(QStringLiteral("files/consumer-secret")), secret);
    QVERIFY(!testhome::allFiles().isEmpty()); // the keyring file itself is there (encrypted)
    const QStringList hits = testhome::filesContaining(secret);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u' ')));
    // No QSettings file from a plain-text fallback.
    for (const QString &path : testhome::allFiles())
        QVERIFY2(!path.endsWith(QStringLiteral(".conf")) && !path.endsWith(QStringLiteral(".ini")),
                 qPrintable(path));
}

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_secretkeychain.moc"
