// SPDX-License-Identifier: GPL-3.0-or-later
// Where the consumer key and secret come from: BTXH_CONSUMER_KEY/SECRET in the (injected) environment first,
// the secret store otherwise.

#include "CredentialResolver.h"
#include "MemorySecretStore.h"

#include <QTest>

using namespace btxh::secrets;

namespace {

QProcessEnvironment environmentWith(const QString &key, const QString &secret) {
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin"));
    if (!key.isNull())
        env.insert(QStringLiteral("BTXH_CONSUMER_KEY"), key);
    if (!secret.isNull())
        env.insert(QStringLiteral("BTXH_CONSUMER_SECRET"), secret);
    return env;
}

void storeBoth(MemorySecretStore &store, const QString &profile, const QString &key, const QString &secret) {
    QVERIFY(store.writeSync(profile, SecretKind::ConsumerKey, key).ok());
    QVERIFY(store.writeSync(profile, SecretKind::ConsumerSecret, secret).ok());
}

} // namespace

class tst_CredentialResolver : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keychain_isUsedWhenTheEnvironmentIsSilent();
    void environment_takesPrecedenceOverTheKeychain();
    void environment_worksWithoutAnyKeychain();
    void environment_emptyValuesCountAsUnset();
    void environment_onlyOneVariable_isAConfigurationError_data();
    void environment_onlyOneVariable_isAConfigurationError();
    void missingEntries_sayWhatToRun_data();
    void missingEntries_sayWhatToRun();
    void keychainFailure_isReportedAsSuchNotAsMissing();
    void noStoreAndNoEnvironment_isNoService();
    void profiles_areKeptApart();
    void resolve_answersLaterAndRespectsItsContext();
    void messages_neverContainTheSecret();
};

void tst_CredentialResolver::keychain_isUsedWhenTheEnvironmentIsSilent() {
    MemorySecretStore store;
    storeBoth(store, QStringLiteral("default"), QStringLiteral("store-key"), QStringLiteral("store-secret"));
    CredentialResolver resolver(&store, environmentWith({}, {}));
    QVERIFY(!resolver.environmentOverrides());
    const CredentialResult r = resolver.resolveSync(QStringLiteral("default"));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.source, CredentialSource::Keychain);
    QCOMPARE(r.credentials.consumerKey, QStringLiteral("store-key"));
    QCOMPARE(r.credentials.consumerSecret, QStringLiteral("store-secret"));
    QVERIFY(r.credentials.isComplete());
}

void tst_CredentialResolver::environment_takesPrecedenceOverTheKeychain() {
    MemorySecretStore store;
    storeBoth(store, QStringLiteral("default"), QStringLiteral("store-key"), QStringLiteral("store-secret"));
    const int before = static_cast<int>(store.operations().size());
    CredentialResolver resolver(&store,
                                environmentWith(QStringLiteral("env-key"), QStringLiteral("env-secret")));
    QVERIFY(resolver.environmentOverrides());
    const CredentialResult r = resolver.resolveSync(QStringLiteral("default"));
    QVERIFY(r.ok());
    QCOMPARE(r.source, CredentialSource::Environment);
    QCOMPARE(r.credentials.consumerKey, QStringLiteral("env-key"));
    QCOMPARE(r.credentials.consumerSecret, QStringLiteral("env-secret"));
    QCOMPARE(store.operations().size(), before); // the keychain was not even asked
}

void tst_CredentialResolver::environment_worksWithoutAnyKeychain() {
    MemorySecretStore store;
    store.setFailure(SecretStatus::NoService);
    CredentialResolver resolver(&store, environmentWith(QStringLiteral("k"), QStringLiteral("s")));
    QVERIFY(resolver.resolveSync(QStringLiteral("default")).ok());

    CredentialResolver withoutStore(nullptr, environmentWith(QStringLiteral("k"), QStringLiteral("s")));
    const CredentialResult r = withoutStore.resolveSync(QStringLiteral("default"));
    QVERIFY(r.ok());
    QCOMPARE(r.credentials.consumerSecret, QStringLiteral("s"));
}

void tst_CredentialResolver::environment_emptyValuesCountAsUnset() {
    MemorySecretStore store;
    storeBoth(store, QStringLiteral("default"), QStringLiteral("store-key"), QStringLiteral("store-secret"));
    CredentialResolver resolver(&store, environmentWith(QStringLiteral(""), QStringLiteral("")));
    QVERIFY(!resolver.environmentOverrides());
    const CredentialResult r = resolver.resolveSync(QStringLiteral("default"));
    QVERIFY(r.ok());
    QCOMPARE(r.source, CredentialSource::Keychain);
}

void tst_CredentialResolver::environment_onlyOneVariable_isAConfigurationError_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("missing");
    QTest::newRow("key only") << QStringLiteral("env-key") << QString()
                              << QStringLiteral("BTXH_CONSUMER_SECRET");
    QTest::newRow("secret only") << QString() << QStringLiteral("env-secret")
                                 << QStringLiteral("BTXH_CONSUMER_KEY");
}

void tst_CredentialResolver::environment_onlyOneVariable_isAConfigurationError() {
    QFETCH(QString, key);
    QFETCH(QString, secret);
    QFETCH(QString, missing);
    MemorySecretStore store;
    storeBoth(store, QStringLiteral("default"), QStringLiteral("store-key"), QStringLiteral("store-secret"));
    CredentialResolver resolver(&store, environmentWith(key, secret));
    QVERIFY(resolver.environmentOverrides());
    const CredentialResult r = resolver.resolveSync(QStringLiteral("default"));
    QCOMPARE(r.status, SecretStatus::InvalidInput);
    QVERIFY(!r.credentials.isComplete()); // never a mix of environment and keychain
    QVERIFY2(r.message.contains(missing), qPrintable(r.message));
}

void tst_CredentialResolver::missingEntries_sayWhatToRun_data() {
    QTest::addColumn<bool>("haveKey");
    QTest::addColumn<bool>("haveSecret");
    QTest::newRow("neither") << false << false;
    QTest::newRow("key only") << true << false;
    QTest::newRow("secret only") << false << true;
}

void tst_CredentialResolver::missingEntries_sayWhatToRun() {
    QFETCH(bool, haveKey);
    QFETCH(bool, haveSecret);
    MemorySecretStore store;
    if (haveKey)
        QVERIFY(store.writeSync(QStringLiteral("hn"), SecretKind::ConsumerKey, QStringLiteral("k")).ok());
    if (haveSecret)
        QVERIFY(store.writeSync(QStringLiteral("hn"), SecretKind::ConsumerSecret, QStringLiteral("s")).ok());
    CredentialResolver resolver(&store, environmentWith({}, {}));
    const CredentialResult r = resolver.resolveSync(QStringLiteral("hn"));
    QCOMPARE(r.status, SecretStatus::NotFound);
    QVERIFY(!r.credentials.isComplete());
    QVERIFY2(r.message.contains(QStringLiteral("btxh keys set --profile hn")), qPrintable(r.message));
    QVERIFY(r.message.contains(QStringLiteral("BTXH_CONSUMER_KEY")));
}

void tst_CredentialResolver::keychainFailure_isReportedAsSuchNotAsMissing() {
    MemorySecretStore store;
    store.setFailure(SecretStatus::Locked, QStringLiteral("The keyring is locked."));
    CredentialResolver resolver(&store, environmentWith({}, {}));
    const CredentialResult r = resolver.resolveSync(QStringLiteral("default"));
    QCOMPARE(r.status, SecretStatus::Locked);
    QCOMPARE(r.message, QStringLiteral("The keyring is locked."));
}

void tst_CredentialResolver::noStoreAndNoEnvironment_isNoService() {
    CredentialResolver resolver(nullptr, environmentWith({}, {}));
    const CredentialResult r = resolver.resolveSync(QStringLiteral("default"));
    QCOMPARE(r.status, SecretStatus::NoService);
    QVERIFY(r.message.contains(QStringLiteral("BTXH_CONSUMER_SECRET")));
}

void tst_CredentialResolver::profiles_areKeptApart() {
    MemorySecretStore store;
    storeBoth(store, QStringLiteral("ndxp"), QStringLiteral("k1"), QStringLiteral("s1"));
    storeBoth(store, QStringLiteral("lgsp"), QStringLiteral("k2"), QStringLiteral("s2"));
    CredentialResolver resolver(&store, environmentWith({}, {}));
    QCOMPARE(resolver.resolveSync(QStringLiteral("ndxp")).credentials.consumerSecret, QStringLiteral("s1"));
    QCOMPARE(resolver.resolveSync(QStringLiteral("lgsp")).credentials.consumerSecret, QStringLiteral("s2"));
    QCOMPARE(resolver.resolveSync(QStringLiteral("other")).status, SecretStatus::NotFound);
}

void tst_CredentialResolver::resolve_answersLaterAndRespectsItsContext() {
    MemorySecretStore store;
    storeBoth(store, QStringLiteral("default"), QStringLiteral("k"), QStringLiteral("s"));
    for (const QProcessEnvironment &env :
         {environmentWith({}, {}), environmentWith(QStringLiteral("k"), QStringLiteral("s"))}) {
        CredentialResolver resolver(&store, env);
        int answers = 0;
        resolver.resolve(QStringLiteral("default"), [&](const CredentialResult &) { ++answers; });
        QCOMPARE(answers, 0); // never inside the call
        auto context = std::make_unique<QObject>();
        bool dropped = true;
        resolver.resolve(
            QStringLiteral("default"), [&](const CredentialResult &) { dropped = false; }, context.get());
        context.reset();
        QTRY_COMPARE(answers, 1);
        QTest::qWait(20);
        QCOMPARE(answers, 1); // exactly once
        QVERIFY(dropped);
    }
}

void tst_CredentialResolver::messages_neverContainTheSecret() {
    const QString secret = QStringLiteral("Very-Secret-Value-42");
    MemorySecretStore store;
    QVERIFY(store.writeSync(QStringLiteral("default"), SecretKind::ConsumerSecret, secret).ok());
    for (const QProcessEnvironment &env : {environmentWith({}, {}), environmentWith({}, secret)}) {
        CredentialResolver resolver(&store, env);
        const CredentialResult r = resolver.resolveSync(QStringLiteral("default"));
        QVERIFY(!r.ok());
        QVERIFY(!r.message.isEmpty());
        QVERIFY2(!r.message.contains(secret), qPrintable(r.message));
        QVERIFY(r.credentials.consumerSecret.isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_CredentialResolver)
#include "tst_secretcredentialresolver.moc"
