// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app with the real OS keychain (gnome-keyring's Secret Service in a private D-Bus session,
// started by tests/secrets/run-with-keyring.sh): an administrator types the key pair into Settings, it lands
// in the keychain (checked with secret-tool, independently of QtKeychain), a sync against a real ndxp-sandbox
// uses it, and the secret is in no file the app wrote.
#include "AppTestSupport.h"

#include "DesktopApplication.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "SyncController.h"
#include "SyncSettings.h"
#include "TestSandbox.h"
#include "Translations.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QPushButton>
#include <QSignalSpy>

using namespace btxh;
using namespace btxh::app;
using namespace btxh::app::test;

namespace {

const QString Key = QStringLiteral("keychain-office-key");
const QString Secret = QStringLiteral("Kh0a-bi-mat!keychain");

// What secret-tool finds for the entry, or an empty string.
QString lookedUp(const QString &entry) {
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"),
             QString(secrets::KeychainSecretStore::serviceName), QStringLiteral("user"), entry});
    if (!p.waitForFinished(15000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// Every file under `root` whose bytes contain `needle` (as UTF-8 or UTF-16).
QStringList filesContaining(const QString &root, const QString &needle) {
    QStringList found;
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16))
            found << f.fileName();
    }
    return found;
}

} // namespace

class TestDesktopKeychain : public QObject {
    Q_OBJECT

    QString m_home;
    std::unique_ptr<btxh::test::TestSandbox> m_sandbox;
    std::unique_ptr<TestOffice> m_office;
    std::unique_ptr<secrets::KeychainSecretStore> m_keychain;

private Q_SLOTS:
    void initTestCase() {
        m_home = qEnvironmentVariable("BTXH_TEST_HOME");
        if (m_home.isEmpty())
            QFAIL("run through tests/secrets/run-with-keyring.sh keyring (ctest does)");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BTXH-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_desktopkeychain"));
        Translations::install(Language::Vietnamese);

        m_sandbox = std::make_unique<btxh::test::TestSandbox>(
            QStringList{QStringLiteral("--consumer-key"), Key, QStringLiteral("--consumer-secret"), Secret,
                        QStringLiteral("--seed"), QStringLiteral("12"), QStringLiteral("--seed-provinces"),
                        QStringLiteral("01"), QStringLiteral("--seed-days"), QStringLiteral("10")});
        QVERIFY2(m_sandbox->start(30000), qPrintable(m_sandbox->error()));
        QString error;
        m_office = std::make_unique<TestOffice>(UserRole::Administrator);
        // A district office of Hà Nội: everything the sandbox seeded there comes in.
        QVERIFY(SyncSettings::save(*m_office->store, QStringLiteral("area.district"), QString(), &error));
        QVERIFY(SyncSettings::save(*m_office->store, QStringLiteral("area.commune"), QString(), &error));
        m_keychain = std::make_unique<secrets::KeychainSecretStore>();
        m_office->services.secrets = m_keychain.get();
    }

    void cleanupTestCase() {
        if (m_sandbox)
            m_sandbox->stop();
    }

    void settings_writeTheKeyPairIntoTheRealKeychain() {
        SettingsDialog dialog(m_office->services);
        dialog.show();
        auto *kind = child<QComboBox>(&dialog, QStringLiteral("endpointKindCombo"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("custom")));
        QVERIFY(kind->currentIndex() >= 0);
        typeText(child<QLineEdit>(&dialog, QStringLiteral("endpointUrlEdit")),
                 m_sandbox->baseUrl().toString());
        typeText(child<QLineEdit>(&dialog, QStringLiteral("consumerKeyEdit")), Key);
        typeText(child<QLineEdit>(&dialog, QStringLiteral("consumerSecretEdit")), Secret);
        QTest::mouseClick(
            child<QDialogButtonBox>(&dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(m_keychain->pendingCount(), 0, 30000);

        const QString profile =
            m_office->services.settings().value(QStringLiteral("keys.profile"), QStringLiteral("default"));
        QCOMPARE(lookedUp(profile + QStringLiteral("/consumer-key")), Key);
        QCOMPARE(lookedUp(profile + QStringLiteral("/consumer-secret")), Secret);
    }

    void sync_usesTheKeysFromTheKeychain() {
        MainWindow window(m_office->services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(window.syncController(), &SyncController::finished);
        child<QAction>(&window, QStringLiteral("actionSyncNow"))->trigger();
        QVERIFY(finished.wait(60000));
        const SyncReport report = finished.at(0).at(0).value<SyncReport>();
        QCOMPARE(report.stop, SyncReport::Stop::None);
        QVERIFY(report.created >= 12); // the dossiers, and their steps
        QCOMPARE(m_office->store->count(ListFilter{}).value_or(-1), 12);
        QCOMPARE(window.syncController()->connection(), SyncController::Connection::Online);
        window.close();
    }

    void secret_isInNoFileTheAppWrote() {
        m_office->store->close(); // its WAL checkpointed into the file we search
        const QStringList roots = {m_home, m_office->dir.path()};
        for (const QString &root : roots) {
            QVERIFY2(filesContaining(root, Secret).isEmpty(),
                     qPrintable(filesContaining(root, Secret).join(QStringLiteral(", "))));
            QVERIFY2(filesContaining(root, Key).isEmpty(),
                     qPrintable(filesContaining(root, Key).join(QStringLiteral(", "))));
        }
        // The search itself works: the sandbox's URL, which Settings stored, is found in the database.
        QVERIFY(!filesContaining(m_office->dir.path(), m_sandbox->baseUrl().toString()).isEmpty());
    }
};

QTEST_MAIN(TestDesktopKeychain)
#include "tst_desktopkeychain.moc"
