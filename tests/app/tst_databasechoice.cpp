// SPDX-License-Identifier: GPL-3.0-or-later
// Which database a desktop opens (DatabaseChoice) and how it opens it (AppStoreOptions): --db first, then the
// office server chosen in Settings, then the officer's own file; a broken saved address never stops the
// start; the audit trail's officer; an office server's password asked of the keychain once.
#include "AppStoreOptions.h"
#include "DatabaseChoice.h"
#include "MemorySecretStore.h"
#include "SecretKind.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace btxh;
using namespace btxh::app;

class TestDatabaseChoice : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    static constexpr auto Server = "postgresql://lan.nt@office-server:5432/btxh";

private Q_SLOTS:
    void withNothingChosen_theOwnFileIsOpened() {
        QSettings s(m_dir.filePath(QStringLiteral("none.ini")), QSettings::IniFormat);
        QCOMPARE(DatabaseChoice::savedServer(s), QString());
        QCOMPARE(DatabaseChoice::resolve({}, s, QStringLiteral("/home/lan/btxh.sqlite")),
                 QStringLiteral("/home/lan/btxh.sqlite"));
    }

    void aChosenServer_isOpenedAtTheNextStart_butDbOnTheCommandLineWins() {
        QSettings s(m_dir.filePath(QStringLiteral("server.ini")), QSettings::IniFormat);
        QString error;
        QVERIFY2(DatabaseChoice::saveServer(s, QString::fromLatin1(Server), &error), qPrintable(error));
        QCOMPARE(DatabaseChoice::resolve({}, s, QStringLiteral("/home/lan/btxh.sqlite")),
                 QString::fromLatin1(Server));
        QCOMPARE(DatabaseChoice::resolve(QStringLiteral("/tmp/other.sqlite"), s, QStringLiteral("/x")),
                 QStringLiteral("/tmp/other.sqlite"));
        // Back to the own file.
        QVERIFY(DatabaseChoice::saveServer(s, QString(), &error));
        QCOMPARE(DatabaseChoice::resolve({}, s, QStringLiteral("/home/lan/btxh.sqlite")),
                 QStringLiteral("/home/lan/btxh.sqlite"));
        QVERIFY(!s.contains(DatabaseChoice::Key));
    }

    void aFilePathOrABrokenAddress_isRefusedByName_andTheChoiceStaysAsItWas() {
        QSettings s(m_dir.filePath(QStringLiteral("refused.ini")), QSettings::IniFormat);
        QString error;
        QVERIFY(!DatabaseChoice::saveServer(s, QStringLiteral("/home/lan/btxh.sqlite"), &error));
        QVERIFY2(error.contains(QStringLiteral("postgresql://")), qPrintable(error));
        error.clear();
        QVERIFY(
            !DatabaseChoice::saveServer(s, QStringLiteral("postgresql://lan:secret@server/btxh"), &error));
        QVERIFY2(!error.isEmpty() && !error.contains(QStringLiteral("secret")), qPrintable(error));
        QVERIFY(!s.contains(DatabaseChoice::Key));
    }

    void aBrokenAddressWrittenIntoTheSettingsByHand_opensTheOwnFile() {
        QSettings s(m_dir.filePath(QStringLiteral("hand.ini")), QSettings::IniFormat);
        s.setValue(DatabaseChoice::Key, QStringLiteral("postgresql://"));
        QCOMPARE(DatabaseChoice::resolve({}, s, QStringLiteral("/home/lan/btxh.sqlite")),
                 QStringLiteral("/home/lan/btxh.sqlite"));
    }

    void theAuditTrailNamesTheServersUser_orTheComputersLogin() {
        QProcessEnvironment env;
        env.insert(QStringLiteral("USER"), QStringLiteral("lan"));
        QCOMPARE(AppStoreOptions::officer(QString::fromLatin1(Server), env), QStringLiteral("lan.nt"));
        QCOMPARE(AppStoreOptions::officer(QStringLiteral("/home/lan/btxh.sqlite"), env),
                 QStringLiteral("lan"));
        QCOMPARE(AppStoreOptions::officer(QStringLiteral("/home/lan/btxh.sqlite"), QProcessEnvironment()),
                 StoreOptions().user);
    }

    void theServersPassword_comesFromTheKeychain_askedOnceForEveryConnection() {
        secrets::MemorySecretStore keychain;
        const QString key = QString::fromLatin1(Server);
        keychain.writeSync(secrets::SecretKinds::databaseProfile(key), secrets::SecretKind::DatabasePassword,
                           QStringLiteral("mật-khẩu"));
        const int before = int(keychain.operations().size());
        const StoreOptions options = AppStoreOptions::make(key, &keychain, QProcessEnvironment());
        QVERIFY(options.serverPassword);
        QCOMPARE(options.serverPassword(key), QStringLiteral("mật-khẩu"));
        // A worker's copy of the options (the case list's reader) gets it without asking again.
        const StoreOptions copy = options;
        QCOMPARE(copy.serverPassword(key), QStringLiteral("mật-khẩu"));
        QCOMPARE(int(keychain.operations().size()) - before, 1);
    }

    void noPasswordInTheKeychain_leavesItToPgpass() {
        secrets::MemorySecretStore keychain;
        const StoreOptions options =
            AppStoreOptions::make(QString::fromLatin1(Server), &keychain, QProcessEnvironment());
        QCOMPARE(options.serverPassword(QString::fromLatin1(Server)), QString());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseChoice)
#include "tst_databasechoice.moc"
