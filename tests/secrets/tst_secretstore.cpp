// SPDX-License-Identifier: GPL-3.0-or-later
// The SecretStore contract, exercised through MemorySecretStore, and the mapping of QtKeychain errors to the
// messages an officer sees. No keychain needed.

#include "KeychainError.h"
#include "MemorySecretStore.h"

#include <qt6keychain/keychain.h>

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace btxh::secrets;

class tst_SecretStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void entryName_isProfileSlashKind();
    void profileNames_areValidatedBeforeAnyStore_data();
    void profileNames_areValidatedBeforeAnyStore();
    void writeThenRead_returnsTheValue();
    void read_ofMissingEntry_isNotFoundWithAClearMessage();
    void remove_ofMissingEntry_isOk();
    void emptyValue_isRefusedAndKeepsTheOldOne();
    void callbacks_neverRunInsideTheCall();
    void callbacks_comeInTheOrderAsked();
    void writePair_answersOnceAfterBothWithTheFailures();
    void callback_isDroppedWhenItsContextIsGone();
    void sync_helpersWaitForTheAnswer();
    void simulatedFailure_reachesEveryOperation();

    void keychainError_noBackend_saysNoServiceAndHowToFixIt();
    void keychainError_dbusMissing_isNoService_data();
    void keychainError_dbusMissing_isNoService();
    void keychainError_locked_data();
    void keychainError_locked();
    void keychainError_accessDenied_isNotCalledLocked();
    void keychainError_entryNotFound_namesProfileAndKind();
    void keychainError_other_keepsTheBackendsWords();
};

void tst_SecretStore::entryName_isProfileSlashKind() {
    QCOMPARE(SecretStore::entryName(QStringLiteral("default"), SecretKind::ConsumerKey),
             QStringLiteral("default/consumer-key"));
    QCOMPARE(SecretStore::entryName(QStringLiteral("lgsp-ha-noi"), SecretKind::ConsumerSecret),
             QStringLiteral("lgsp-ha-noi/consumer-secret"));
}

void tst_SecretStore::profileNames_areValidatedBeforeAnyStore_data() {
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default") << QStringLiteral("default") << true;
    QTest::newRow("dots-dashes") << QStringLiteral("ndxp.sandbox_2-a") << true;
    QTest::newRow("64 chars") << QString(64, u'a') << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("65 chars") << QString(65, u'a') << false;
    QTest::newRow("slash") << QStringLiteral("a/consumer-secret") << false;
    QTest::newRow("space") << QStringLiteral("ha noi") << false;
    QTest::newRow("newline") << QStringLiteral("a\nb") << false;
    QTest::newRow("vietnamese") << QStringLiteral("hà-nội") << false;
}

void tst_SecretStore::profileNames_areValidatedBeforeAnyStore() {
    QFETCH(QString, profile);
    QFETCH(bool, valid);
    QCOMPARE(SecretStore::isValidProfileName(profile), valid);

    MemorySecretStore store;
    const SecretResult written = store.writeSync(profile, SecretKind::ConsumerKey, QStringLiteral("k"));
    if (valid) {
        QVERIFY(written.ok());
    } else {
        QCOMPARE(written.status, SecretStatus::InvalidInput);
        QVERIFY2(written.message.contains(profile), qPrintable(written.message));
        QVERIFY(store.operations().isEmpty()); // never reached the store
        QCOMPARE(store.readSync(profile, SecretKind::ConsumerKey).status, SecretStatus::InvalidInput);
        QCOMPARE(store.removeSync(profile, SecretKind::ConsumerKey).status, SecretStatus::InvalidInput);
        QVERIFY(store.operations().isEmpty());
    }
}

void tst_SecretStore::writeThenRead_returnsTheValue() {
    MemorySecretStore store;
    QVERIFY(
        store.writeSync(QStringLiteral("default"), SecretKind::ConsumerKey, QStringLiteral("key-1")).ok());
    QVERIFY(
        store.writeSync(QStringLiteral("default"), SecretKind::ConsumerSecret, QStringLiteral("s-1")).ok());
    QVERIFY(store.writeSync(QStringLiteral("other"), SecretKind::ConsumerKey, QStringLiteral("key-2")).ok());

    const SecretResult key = store.readSync(QStringLiteral("default"), SecretKind::ConsumerKey);
    QVERIFY(key.ok());
    QCOMPARE(key.value, QStringLiteral("key-1"));
    QCOMPARE(store.readSync(QStringLiteral("default"), SecretKind::ConsumerSecret).value,
             QStringLiteral("s-1"));
    QCOMPARE(store.readSync(QStringLiteral("other"), SecretKind::ConsumerKey).value, QStringLiteral("key-2"));
    QCOMPARE(store.size(), 3);
}

void tst_SecretStore::read_ofMissingEntry_isNotFoundWithAClearMessage() {
    MemorySecretStore store;
    const SecretResult r = store.readSync(QStringLiteral("hcm"), SecretKind::ConsumerSecret);
    QCOMPARE(r.status, SecretStatus::NotFound);
    QVERIFY(r.notFound());
    QVERIFY(!r.keychainUnavailable());
    QVERIFY(r.value.isEmpty());
    QVERIFY2(r.message.contains(QStringLiteral("hcm")) &&
                 r.message.contains(QStringLiteral("consumer secret")),
             qPrintable(r.message));
}

void tst_SecretStore::remove_ofMissingEntry_isOk() {
    MemorySecretStore store;
    QVERIFY(store.removeSync(QStringLiteral("default"), SecretKind::ConsumerKey).ok());
}

void tst_SecretStore::emptyValue_isRefusedAndKeepsTheOldOne() {
    MemorySecretStore store;
    QVERIFY(store.writeSync(QStringLiteral("default"), SecretKind::ConsumerKey, QStringLiteral("old")).ok());
    const SecretResult r = store.writeSync(QStringLiteral("default"), SecretKind::ConsumerKey, QString());
    QCOMPARE(r.status, SecretStatus::InvalidInput);
    QVERIFY(!r.message.isEmpty());
    QCOMPARE(store.value(QStringLiteral("default"), SecretKind::ConsumerKey), QStringLiteral("old"));
}

void tst_SecretStore::callbacks_neverRunInsideTheCall() {
    MemorySecretStore store;
    bool called = false;
    store.write(QStringLiteral("default"), SecretKind::ConsumerKey, QStringLiteral("v"),
                [&](const SecretResult &) { called = true; });
    QVERIFY(!called);
    store.write(QStringLiteral("bad/profile"), SecretKind::ConsumerKey, QStringLiteral("v"),
                [&](const SecretResult &) { called = true; });
    QVERIFY(!called); // refusals too
    QTRY_VERIFY(called);
}

void tst_SecretStore::writePair_answersOnceAfterBothWithTheFailures() {
    MemorySecretStore store;
    QList<QStringList> answers;
    const auto note = [&](const QStringList &errors) { answers << errors; };
    store.writePair(QStringLiteral("default"), QStringLiteral("k"), QStringLiteral("s"), note);
    QVERIFY(answers.isEmpty()); // never inside the call
    QTRY_COMPARE(answers.size(), 1);
    QVERIFY(answers.at(0).isEmpty());
    QCOMPARE(store.value(QStringLiteral("default"), SecretKind::ConsumerKey), QStringLiteral("k"));
    QCOMPARE(store.value(QStringLiteral("default"), SecretKind::ConsumerSecret), QStringLiteral("s"));

    // An empty half is left as it was.
    store.writePair(QStringLiteral("default"), QString(), QStringLiteral("s2"), note);
    QTRY_COMPARE(answers.size(), 2);
    QCOMPARE(store.value(QStringLiteral("default"), SecretKind::ConsumerKey), QStringLiteral("k"));
    QCOMPARE(store.value(QStringLiteral("default"), SecretKind::ConsumerSecret), QStringLiteral("s2"));
    store.writePair(QStringLiteral("default"), QString(), QString(), note);
    QVERIFY(answers.size() == 2);
    QTRY_COMPARE(answers.size(), 3);
    QVERIFY(answers.at(2).isEmpty());

    // Both refused: one answer carrying both messages.
    store.setFailure(SecretStatus::Locked, QStringLiteral("the keyring is locked"));
    store.writePair(QStringLiteral("default"), QStringLiteral("k3"), QStringLiteral("s3"), note);
    QTRY_COMPARE(answers.size(), 4);
    QTest::qWait(20);
    QCOMPARE(answers.size(), 4);
    QCOMPARE(answers.at(3).size(), 2);
    QVERIFY(answers.at(3).at(0).contains(QStringLiteral("locked")));
    QCOMPARE(store.value(QStringLiteral("default"), SecretKind::ConsumerKey), QStringLiteral("k"));
}

void tst_SecretStore::callbacks_comeInTheOrderAsked() {
    MemorySecretStore store;
    QStringList answers;
    const auto note = [&](const QString &what) {
        return [&answers, what](const SecretResult &r) {
            answers << what + u'=' + (r.ok() ? r.value : QStringLiteral("!"));
        };
    };
    const QString p = QStringLiteral("default");
    store.write(p, SecretKind::ConsumerKey, QStringLiteral("v1"), note(QStringLiteral("w1")));
    store.read(p, SecretKind::ConsumerKey, note(QStringLiteral("r1")));
    store.write(p, SecretKind::ConsumerKey, QStringLiteral("v2"), note(QStringLiteral("w2")));
    store.remove(p, SecretKind::ConsumerKey, note(QStringLiteral("d")));
    store.read(p, SecretKind::ConsumerKey, note(QStringLiteral("r2")));
    QTRY_COMPARE(answers.size(), 5);
    QCOMPARE(answers, (QStringList{QStringLiteral("w1="), QStringLiteral("r1=v1"), QStringLiteral("w2="),
                                   QStringLiteral("d="), QStringLiteral("r2=!")}));
}

void tst_SecretStore::callback_isDroppedWhenItsContextIsGone() {
    MemorySecretStore store;
    bool called = false;
    auto context = std::make_unique<QObject>();
    store.read(
        QStringLiteral("default"), SecretKind::ConsumerKey, [&](const SecretResult &) { called = true; },
        context.get());
    context.reset();
    bool later = false;
    store.read(QStringLiteral("default"), SecretKind::ConsumerKey,
               [&](const SecretResult &) { later = true; });
    QTRY_VERIFY(later);
    QVERIFY(!called);
}

void tst_SecretStore::sync_helpersWaitForTheAnswer() {
    MemorySecretStore store;
    QVERIFY(store.writeSync(QStringLiteral("a"), SecretKind::ConsumerKey, QStringLiteral("x")).ok());
    QCOMPARE(store.readSync(QStringLiteral("a"), SecretKind::ConsumerKey).value, QStringLiteral("x"));
    QVERIFY(store.removeSync(QStringLiteral("a"), SecretKind::ConsumerKey).ok());
    QVERIFY(store.readSync(QStringLiteral("a"), SecretKind::ConsumerKey).notFound());
}

void tst_SecretStore::simulatedFailure_reachesEveryOperation() {
    MemorySecretStore store;
    QVERIFY(store.writeSync(QStringLiteral("a"), SecretKind::ConsumerKey, QStringLiteral("kept")).ok());
    store.setFailure(SecretStatus::NoService, QStringLiteral("no service here"));
    for (const SecretResult &r :
         {store.readSync(QStringLiteral("a"), SecretKind::ConsumerKey),
          store.writeSync(QStringLiteral("a"), SecretKind::ConsumerKey, QStringLiteral("new")),
          store.removeSync(QStringLiteral("a"), SecretKind::ConsumerKey)}) {
        QCOMPARE(r.status, SecretStatus::NoService);
        QCOMPARE(r.message, QStringLiteral("no service here"));
        QVERIFY(r.keychainUnavailable());
    }
    store.clearFailure();
    QCOMPARE(store.readSync(QStringLiteral("a"), SecretKind::ConsumerKey).value, QStringLiteral("kept"));
}

void tst_SecretStore::keychainError_noBackend_saysNoServiceAndHowToFixIt() {
    const SecretResult r = KeychainError::toResult(QKeychain::NoBackendAvailable, QString(),
                                                   QStringLiteral("default"), SecretKind::ConsumerKey);
    QCOMPARE(r.status, SecretStatus::NoService);
    QVERIFY2(r.message.contains(QStringLiteral("No keychain service is running")), qPrintable(r.message));
    QVERIFY(r.message.contains(QStringLiteral("gnome-keyring")));
    QVERIFY(r.message.contains(QStringLiteral("BTXH_CONSUMER_KEY")));
    QVERIFY(r.message.contains(QStringLiteral("BTXH_CONSUMER_SECRET")));
}

void tst_SecretStore::keychainError_dbusMissing_isNoService_data() {
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("detail");
    // Wordings seen from GDBus/libsecret and QtKeychain's own backends.
    QTest::newRow("autolaunch") << int(QKeychain::OtherError)
                                << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY");
    QTest::newRow("no secrets service")
        << int(QKeychain::OtherError)
        << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files");
    QTest::newRow("kwallet path") << int(QKeychain::OtherError) << QStringLiteral("D-Bus is not running");
    QTest::newRow("socket gone") << int(QKeychain::OtherError)
                                 << QStringLiteral("Could not connect: No such file or directory");
}

void tst_SecretStore::keychainError_dbusMissing_isNoService() {
    QFETCH(int, code);
    QFETCH(QString, detail);
    const SecretResult r =
        KeychainError::toResult(code, detail, QStringLiteral("default"), SecretKind::ConsumerKey);
    QCOMPARE(r.status, SecretStatus::NoService);
    QVERIFY2(r.message.contains(QStringLiteral("No keychain service is running")), qPrintable(r.message));
    QVERIFY(r.message.contains(detail)); // the backend's own words, for whoever has to fix it
}

void tst_SecretStore::keychainError_locked_data() {
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("detail");
    QTest::newRow("libsecret is-locked")
        << int(QKeychain::AccessDenied) << QStringLiteral("Cannot create an item in a locked collection");
    QTest::newRow("other locked") << int(QKeychain::OtherError)
                                  << QStringLiteral("Cannot create an item in a locked collection");
    QTest::newRow("no login collection")
        << int(QKeychain::OtherError)
        << QStringLiteral("Object does not exist at path “/org/freedesktop/secrets/collection/login”");
}

void tst_SecretStore::keychainError_locked() {
    QFETCH(int, code);
    QFETCH(QString, detail);
    const SecretResult r =
        KeychainError::toResult(code, detail, QStringLiteral("default"), SecretKind::ConsumerKey);
    QCOMPARE(r.status, SecretStatus::Locked);
    QVERIFY2(r.message.contains(QStringLiteral("locked")), qPrintable(r.message));
    QVERIFY(r.keychainUnavailable());
}

void tst_SecretStore::keychainError_accessDenied_isNotCalledLocked() {
    const SecretResult r =
        KeychainError::toResult(QKeychain::AccessDeniedByUser, QStringLiteral("User refused"),
                                QStringLiteral("default"), SecretKind::ConsumerKey);
    QCOMPARE(r.status, SecretStatus::AccessDenied);
    QVERIFY(r.message.contains(QStringLiteral("denied")));
    QVERIFY(r.message.contains(QStringLiteral("User refused")));
}

void tst_SecretStore::keychainError_entryNotFound_namesProfileAndKind() {
    const SecretResult r =
        KeychainError::toResult(QKeychain::EntryNotFound, QStringLiteral("Entry not found"),
                                QStringLiteral("lgsp"), SecretKind::ConsumerSecret);
    QCOMPARE(r.status, SecretStatus::NotFound);
    QVERIFY(r.message.contains(QStringLiteral("lgsp")));
    QVERIFY(r.message.contains(QStringLiteral("consumer secret")));
}

void tst_SecretStore::keychainError_other_keepsTheBackendsWords() {
    const SecretResult r = KeychainError::toResult(QKeychain::OtherError, QStringLiteral("Something odd"),
                                                   QStringLiteral("default"), SecretKind::ConsumerKey);
    QCOMPARE(r.status, SecretStatus::Failed);
    QVERIFY(r.message.contains(QStringLiteral("Something odd")));
    QVERIFY(!r.keychainUnavailable());
}

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
