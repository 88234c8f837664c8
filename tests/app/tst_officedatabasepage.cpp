// SPDX-License-Identifier: GPL-3.0-or-later
// Settings → Office database: an administrator copies this computer's cases into the office's PostgreSQL
// database (the test run's throwaway cluster) and back into a new file, by the page's own buttons; a refused
// password is said on the page and not kept; an officer who is not the administrator cannot move the office.
#include "AppTestSupport.h"

#include "DatabaseLocation.h"
#include "OfficeDatabasePage.h"
#include "SecretKind.h"
#include "SettingsDialog.h"
#include "TestPostgresAdmin.h"
#include "Translations.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>

using namespace btxh;
using namespace btxh::app;
using namespace btxh::app::test;

class TestOfficeDatabasePage : public QObject {
    Q_OBJECT

    std::unique_ptr<TestPostgresAdmin> m_admin;
    static constexpr int Dossiers = 12;

    static QString code(int i) {
        return QStringLiteral("000.00.01.G07-261120-%1").arg(i, 4, 10, QChar(u'0'));
    }

    static void addDossiers(Store &store) {
        ChangeSet c;
        for (int i = 1; i <= Dossiers; ++i)
            c.local << ChangeSet::LocalDossier{validDossier(code(i), QString::fromUtf8("Nguyễn Thị Đào"),
                                                            QDateTime(QDate(2026, 11, 20), QTime(9, 0))),
                                               {}};
        const auto applied = store.apply(c);
        QVERIFY2(applied, qPrintable(applied.error().message));
    }

    static QString result(OfficeDatabasePage &page) {
        return child<QLabel>(&page, QStringLiteral("moveResultLabel"))->text();
    }
    static void click(OfficeDatabasePage &page, const QString &button, QSignalSpy &finished) {
        QPushButton *b = child<QPushButton>(&page, button);
        QVERIFY2(b->isEnabled(), qPrintable(button));
        b->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    }
    qint64 serverDossiers(const QString &database) {
        const QStringList n = m_admin->values(QStringLiteral("SELECT count(*) FROM dossiers"), database);
        return n.isEmpty() ? -1 : n.first().toLongLong();
    }
    static QString storedPassword(TestOffice &office, const QString &url) {
        QString error;
        const DatabaseLocation location = DatabaseLocation::parse(url, &error);
        const secrets::SecretResult r =
            office.secrets.readSync(secrets::SecretKinds::databaseProfile(location.keychainKey()),
                                    secrets::SecretKind::DatabasePassword);
        return r.ok() ? r.value : QString();
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(Language::English);
        m_admin = std::make_unique<TestPostgresAdmin>();
        QVERIFY2(m_admin->error().isEmpty(), qPrintable(m_admin->error()));
    }

    void theSettingsDialog_hasTheOfficeDatabaseTab() {
        TestOffice office(UserRole::Administrator);
        SettingsDialog dialog(office.services);
        auto *tabs = child<QTabWidget>(&dialog, QStringLiteral("settingsTabs"));
        QVERIFY(tabs->indexOf(child<OfficeDatabasePage>(&dialog, QStringLiteral("officeDatabaseTab"))) >= 0);
    }

    void anAdministrator_copiesToTheServer_andBackIntoANewFile() {
        TestOffice office(UserRole::Administrator);
        addDossiers(*office.store);
        const QString database = m_admin->createDatabase();
        QVERIFY(!database.isEmpty());
        const QString url = m_admin->url(database);

        OfficeDatabasePage page(office.services);
        page.load(true);
        QSignalSpy finished(&page, &OfficeDatabasePage::moveFinished);
        replaceText(child<QLineEdit>(&page, QStringLiteral("serverAddressEdit")), url);
        replaceText(child<QLineEdit>(&page, QStringLiteral("serverPasswordEdit")),
                    m_admin->superuserPassword());
        click(page, QStringLiteral("copyToServerButton"), finished);
        QVERIFY2(finished.takeFirst().at(0).toBool(), qPrintable(result(page)));
        QVERIFY2(result(page).contains(QStringLiteral("Created the office's tables")),
                 qPrintable(result(page)));
        QVERIFY2(result(page).contains(QStringLiteral("the same on both sides")), qPrintable(result(page)));
        QCOMPARE(serverDossiers(database), qint64(Dossiers));
        // The password the server took is kept in the keychain, the address (without it) in the settings.
        QCOMPARE(storedPassword(office, url), m_admin->superuserPassword());
        QVERIFY(child<QLineEdit>(&page, QStringLiteral("serverPasswordEdit"))->text().isEmpty());
        QCOMPARE(office.services.settings().value(OfficeSettings::OfficeServer), url);

        // Back, with the password from the keychain: refused while the office's database has pushes queued
        // (the file would send them again), taken once they have gone.
        const QString file = office.dir.filePath(QStringLiteral("from-server.sqlite"));
        page.setFileChooser([file](QWidget *) { return file; });
        click(page, QStringLiteral("copyFromServerButton"), finished);
        QVERIFY(!finished.takeFirst().at(0).toBool());
        QVERIFY2(result(page).contains(QStringLiteral("queued to send")), qPrintable(result(page)));
        QVERIFY(!QFile::exists(file));
        QVERIFY(m_admin->exec(QStringLiteral("UPDATE outbox SET state = 'done'"), database));
        click(page, QStringLiteral("copyFromServerButton"), finished);
        QVERIFY2(finished.takeFirst().at(0).toBool(), qPrintable(result(page)));
        Store copied;
        QVERIFY(copied.open(file));
        QCOMPARE(*copied.count(ListFilter()), qint64(Dossiers));
        QVERIFY(copied.dossier(code(Dossiers)).has_value());

        // A second copy into the same server database is refused: it holds the office's data now.
        click(page, QStringLiteral("copyToServerButton"), finished);
        QVERIFY(!finished.takeFirst().at(0).toBool());
        QVERIFY2(result(page).contains(QStringLiteral("already holds the office's data")),
                 qPrintable(result(page)));
        QCOMPARE(serverDossiers(database), qint64(Dossiers));
    }

    void aRefusedPassword_isSaid_andNothingIsKept() {
        TestOffice office(UserRole::Administrator);
        addDossiers(*office.store);
        const QString database = m_admin->createDatabase();
        const QString url = m_admin->url(database);
        OfficeDatabasePage page(office.services);
        page.load(true);
        QSignalSpy finished(&page, &OfficeDatabasePage::moveFinished);
        replaceText(child<QLineEdit>(&page, QStringLiteral("serverAddressEdit")), url);
        replaceText(child<QLineEdit>(&page, QStringLiteral("serverPasswordEdit")), QStringLiteral("not-it"));
        click(page, QStringLiteral("copyToServerButton"), finished);
        QVERIFY(!finished.takeFirst().at(0).toBool());
        QVERIFY2(result(page).contains(m_admin->superuser()) ||
                     result(page).contains(QStringLiteral("password")),
                 qPrintable(result(page)));
        QVERIFY(storedPassword(office, url).isEmpty());
        QVERIFY(office.services.settings().value(OfficeSettings::OfficeServer).isEmpty());
        QVERIFY(m_admin->values(QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'dossiers'"),
                                database) == QStringList{QStringLiteral("0")});
    }

    void anAddressThatIsNotAServer_isRefused_withAnExample() {
        TestOffice office(UserRole::Administrator);
        OfficeDatabasePage page(office.services);
        page.load(true);
        QSignalSpy finished(&page, &OfficeDatabasePage::moveFinished);
        replaceText(child<QLineEdit>(&page, QStringLiteral("serverAddressEdit")),
                    QStringLiteral("office.sqlite"));
        click(page, QStringLiteral("copyToServerButton"), finished);
        QVERIFY(!finished.takeFirst().at(0).toBool());
        QVERIFY2(result(page).contains(QStringLiteral("postgresql://")), qPrintable(result(page)));
    }

    void anOfficerWhoIsNotTheAdministrator_cannotMoveTheOffice() {
        TestOffice office(UserRole::CommuneOfficer);
        office.services.settings().setValue(OfficeSettings::OfficeServer, m_admin->url(QStringLiteral("x")));
        SettingsDialog dialog(office.services);
        auto *page = child<OfficeDatabasePage>(&dialog, QStringLiteral("officeDatabaseTab"));
        QVERIFY(!child<QPushButton>(page, QStringLiteral("copyToServerButton"))->isEnabled());
        QVERIFY(!child<QPushButton>(page, QStringLiteral("copyFromServerButton"))->isEnabled());
        // The address stays theirs to type: it is also where this computer may open the office's cases.
        QVERIFY(child<QLineEdit>(page, QStringLiteral("serverAddressEdit"))->isEnabled());
        QVERIFY(result(*page).contains(QStringLiteral("administrator")));
    }
};

QTEST_MAIN(TestOfficeDatabasePage)
#include "tst_officedatabasepage.moc"
