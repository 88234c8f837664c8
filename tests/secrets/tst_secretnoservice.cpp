// SPDX-License-Identifier: GPL-3.0-or-later
// No D-Bus at all (run-with-keyring.sh no-dbus): every operation must fail with the clear "no keychain
// service" message, reads must not look like "not stored", and nothing may be written anywhere instead
// (QtKeychain's plain-text fallback stays off). The environment variables still work for unattended runs.

#include "CredentialResolver.h"
#include "KeychainSecretStore.h"
#include "TestHome.h"

#include <QCoreApplication>
#include <QTest>

using namespace btxh::secrets;

namespace {
const QString kSecret = QStringLiteral("no-service-secret-5b2e");
}

class tst_KeychainNoService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void write_failsClearly();
    void read_failsClearlyRatherThanNotFound();
    void remove_failsClearly();
    void nothingIsWrittenInHome();
    void resolver_withoutEnvironment_passesTheMessageOn();
    void resolver_environmentWorksWithoutKeychain();
};

void tst_KeychainNoService::initTestCase() {
    QVERIFY2(!testhome::root().isEmpty() && !qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run through ctest: run-with-keyring.sh no-dbus removes the session bus");
    // QtKeychain's plain-text fallback, were it on, would write QSettings under these names.
    QCoreApplication::setOrganizationName(QStringLiteral("BTXH"));
    QCoreApplication::setApplicationName(QStringLiteral("btxh-desktop"));
}

static void verifyNoService(const SecretResult &r) {
    QCOMPARE(r.status, SecretStatus::NoService);
    QVERIFY(r.keychainUnavailable());
    QVERIFY2(r.message.contains(QStringLiteral("No keychain service is running")), qPrintable(r.message));
    QVERIFY(r.message.contains(QStringLiteral("gnome-keyring")));
    QVERIFY(r.message.contains(QStringLiteral("BTXH_CONSUMER_KEY")));
    QVERIFY(!r.message.contains(kSecret));
}

void tst_KeychainNoService::write_failsClearly() {
    KeychainSecretStore store;
    verifyNoService(store.writeSync(QStringLiteral("default"), SecretKind::ConsumerSecret, kSecret));
    verifyNoService(
        store.writeSync(QStringLiteral("default"), SecretKind::ConsumerKey, QStringLiteral("key")));
}

void tst_KeychainNoService::read_failsClearlyRatherThanNotFound() {
    KeychainSecretStore store;
    const SecretResult r = store.readSync(QStringLiteral("default"), SecretKind::ConsumerSecret);
    verifyNoService(r);
    QVERIFY(r.value.isEmpty());
}

void tst_KeychainNoService::remove_failsClearly() {
    KeychainSecretStore store;
    verifyNoService(store.removeSync(QStringLiteral("default"), SecretKind::ConsumerSecret));
}

void tst_KeychainNoService::nothingIsWrittenInHome() {
    const QStringList files = testhome::allFiles();
    QVERIFY2(files.isEmpty(), qPrintable(files.join(u' ')));
    QVERIFY(testhome::filesContaining(kSecret).isEmpty());
}

void tst_KeychainNoService::resolver_withoutEnvironment_passesTheMessageOn() {
    KeychainSecretStore store;
    CredentialResolver resolver(&store, QProcessEnvironment::systemEnvironment());
    QVERIFY(!resolver.environmentOverrides());
    const CredentialResult r = resolver.resolveSync(QStringLiteral("default"));
    QCOMPARE(r.status, SecretStatus::NoService);
    QVERIFY2(r.message.contains(QStringLiteral("No keychain service is running")), qPrintable(r.message));
}

void tst_KeychainNoService::resolver_environmentWorksWithoutKeychain() {
    KeychainSecretStore store;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BTXH_CONSUMER_KEY"), QStringLiteral("env-key"));
    env.insert(QStringLiteral("BTXH_CONSUMER_SECRET"), kSecret);
    CredentialResolver resolver(&store, env);
    const CredentialResult r = resolver.resolveSync(QStringLiteral("default"));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.source, CredentialSource::Environment);
    QCOMPARE(r.credentials.consumerSecret, kSecret);
    QCOMPARE(store.pendingCount(), 0);
    QVERIFY(testhome::allFiles().isEmpty());
}

QTEST_GUILESS_MAIN(tst_KeychainNoService)
#include "tst_secretnoservice.moc"
