// SPDX-License-Identifier: GPL-3.0-or-later
// A keyring that holds our entry but is locked (run-with-keyring.sh locked: the login keyring was created and
// filled in an earlier session, and the daemon now runs without its password). A Secret Service lookup then
// answers "not found" rather than an error; the store must say "locked", never "not stored", and must not
// pretend a remove or a write worked.

#include "KeychainSecretStore.h"
#include "TestHome.h"

#include <QTest>

using namespace btxh::secrets;

class tst_KeychainLocked : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void read_saysLockedNotNotFound();
    void write_saysLocked();
    void remove_saysLockedInsteadOfPretending();
    void secret_isInNoFileInHome();
};

void tst_KeychainLocked::initTestCase() {
    QVERIFY2(!testhome::root().isEmpty() && qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run through ctest: run-with-keyring.sh locked prepares a locked keyring");
    // The entry exists in the keyring file; the test is only meaningful if the keyring really is locked now.
    QVERIFY(!testhome::allFiles(testhome::root() + QStringLiteral("/data/keyrings")).isEmpty());
    QVERIFY(testhome::secretToolLookup(QStringLiteral("default/consumer-key")).isNull());
}

void tst_KeychainLocked::read_saysLockedNotNotFound() {
    KeychainSecretStore store;
    store.setTimeout(std::chrono::seconds(60));
    const SecretResult r = store.readSync(QStringLiteral("default"), SecretKind::ConsumerKey);
    QCOMPARE(r.status, SecretStatus::Locked);
    QVERIFY(r.value.isEmpty());
    QVERIFY2(r.message.contains(QStringLiteral("locked")), qPrintable(r.message));
    QVERIFY(r.keychainUnavailable());
}

void tst_KeychainLocked::write_saysLocked() {
    KeychainSecretStore store;
    store.setTimeout(std::chrono::seconds(60));
    const SecretResult r =
        store.writeSync(QStringLiteral("default"), SecretKind::ConsumerSecret, QStringLiteral("new-secret"));
    QCOMPARE(r.status, SecretStatus::Locked);
    QVERIFY2(r.message.contains(QStringLiteral("locked")), qPrintable(r.message));
}

void tst_KeychainLocked::remove_saysLockedInsteadOfPretending() {
    KeychainSecretStore store;
    store.setTimeout(std::chrono::seconds(60));
    const SecretResult r = store.removeSync(QStringLiteral("default"), SecretKind::ConsumerKey);
    QCOMPARE(r.status, SecretStatus::Locked);
}

void tst_KeychainLocked::secret_isInNoFileInHome() {
    QVERIFY(testhome::filesContaining(QStringLiteral("stored-before-the-lock")).isEmpty());
    QVERIFY(testhome::filesContaining(QStringLiteral("new-secret")).isEmpty());
}

QTEST_GUILESS_MAIN(tst_KeychainLocked)
#include "tst_secretkeychainlocked.moc"
