// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop on an office's PostgreSQL database (the test run's throwaway cluster): the case list reads it
// through its own connection with the window's password, a dossier another desktop saves appears without
// anyone pressing a key, backups are left to the server's administrator, and Settings → Office database
// points this computer at the server only once the server has answered.
#include "AppTestSupport.h"

#include "BackupActions.h"
#include "DashboardDialog.h"
#include "DatabaseChoice.h"
#include "DatabaseLocation.h"
#include "MainWindow.h"
#include "OfficeDatabasePage.h"
#include "SecretKind.h"
#include "TestStoreBackend.h"
#include "Translations.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QProcess>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>

using namespace btxh;
using namespace btxh::app;
using namespace btxh::app::test;

class TestOfficeServerDesktop : public QObject {
    Q_OBJECT

    TestStoreBackend m_backend{TestStoreBackend::Kind::PostgreSql};

    Store::Options options(const QString &officer) const {
        Store::Options o;
        m_backend.configure(o);
        o.user = officer;
        return o;
    }
    static QString code(int i) {
        return QStringLiteral("000.00.01.G07-261203-%1").arg(i, 4, 10, QChar(u'0'));
    }
    static void add(Store &store, int from, int to) {
        ChangeSet c;
        for (int i = from; i <= to; ++i)
            c.local << ChangeSet::LocalDossier{validDossier(code(i), QString::fromUtf8("Lê Thị Hoa"),
                                                            QDateTime(QDate(2026, 12, 1), QTime(9, 0))),
                                               {}};
        const auto applied = store.apply(c);
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().message));
    }
    static int rows(MainWindow &window) { return window.caseTable()->model()->rowCount(); }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(Language::English);
        const QString problem = m_backend.prepare();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void theList_readsTheServer_andShowsAnotherDesktopsDossier_byItself() {
        const QString address = m_backend.address(QStringLiteral("list"));
        TestOffice office(UserRole::CommuneOfficer, address, options(QStringLiteral("chi.lan")));
        add(*office.store, 1, 5);
        MainWindow window(office.services);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(rows(window), 5, 15000);
        QVERIFY2(window.windowTitle().contains(QStringLiteral("office server")),
                 qPrintable(window.windowTitle()));

        // Another officer's desktop saves a dossier into the same database.
        Store other(options(QStringLiteral("anh.tuan")));
        QVERIFY(other.open(address));
        add(other, 6, 6);
        QTRY_COMPARE_WITH_TIMEOUT(rows(window), 6, 15000);
        // The audit trail names who saved it.
        const auto audit = office.store->reader().auditTrail(code(6));
        QVERIFY2(audit, qPrintable(audit ? QString() : audit.error().message));
        QVERIFY(!audit->isEmpty());
        QCOMPARE(audit->first().who, QStringLiteral("anh.tuan"));
    }

    void theReportsDashboard_countsTheServersDossiers_throughItsOwnConnection() {
        TestOffice office(UserRole::CommuneLeader, m_backend.address(QStringLiteral("reports")),
                          options(QStringLiteral("chi.lan")));
        add(*office.store, 1, 4);
        DashboardDialog dialog(office.services);
        dialog.setPeriod(QDate(2026, 12, 1), QDate(2026, 12, 31));
        dialog.setGrouping(ReportGrouping::Procedure);
        QSignalSpy counted(&dialog, &DashboardDialog::counted);
        dialog.count();
        QVERIFY(counted.wait(15000));
        QVERIFY2(dialog.result(), "no result: the report failed on the server");
        QCOMPARE(dialog.result()->total.received, 4);
    }

    void whoRecordsASteps_isEachOfficersOwn_theOfficesSettingsAreShared() {
        const QString address = m_backend.address(QStringLiteral("handlers"));
        Store chi(options(QStringLiteral("chi.lan")));
        QVERIFY(chi.open(address));
        Store tuan(options(QStringLiteral("anh.tuan")));
        QVERIFY(tuan.open(address));
        QVERIFY(
            OfficeSettings(chi).setValue(OfficeSettings::HandlerName, QString::fromUtf8("Nguyễn Thị Chi")));
        QVERIFY(OfficeSettings(chi).setValue(OfficeSettings::AgencyCode, QStringLiteral("000.00.01.G07")));
        QVERIFY(OfficeSettings(tuan).setValue(OfficeSettings::HandlerName, QString::fromUtf8("Lê Anh Tuấn")));
        QCOMPARE(OfficeSettings(chi).handlerName(), QString::fromUtf8("Nguyễn Thị Chi"));
        QCOMPARE(OfficeSettings(tuan).handlerName(), QString::fromUtf8("Lê Anh Tuấn"));
        QCOMPARE(OfficeSettings(tuan).handlerAccount(), QString()); // never the other officer's
        QCOMPARE(OfficeSettings(tuan).agencyCode(), QStringLiteral("000.00.01.G07"));
    }

    void btxhDesktop_withDbOnTheServer_opensIt_thePasswordFromPgpass() {
        const QString address = m_backend.address(QStringLiteral("process"));
        {
            Store server(options(QStringLiteral("chi.lan")));
            QVERIFY(server.open(address));
            add(server, 1, 2);
        }
        const QString pgpass = m_backend.filePath(QStringLiteral("pgpass"));
        QVERIFY(m_backend.admin()->writePgpass(pgpass));
        QProcess desktop;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSFILE"), pgpass);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_backend.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_backend.filePath(QStringLiteral("home/.config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_backend.filePath(QStringLiteral("home/.local/share")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString()); // no keychain: ~/.pgpass it is
        desktop.setProcessEnvironment(env);
        const QString work = m_backend.filePath(QStringLiteral("work"));
        QVERIFY(QDir().mkpath(work));
        desktop.setWorkingDirectory(work);
        desktop.setProcessChannelMode(QProcess::MergedChannels);
        desktop.start(QStringLiteral(BTXH_DESKTOP_PROGRAM),
                      {QStringLiteral("--db"), address, QStringLiteral("--quit-after-paint")});
        const bool finished = desktop.waitForFinished(60000);
        if (!finished)
            desktop.kill(); // a window asking why it could not open: nothing more to learn
        desktop.waitForFinished(5000);
        const QString out = QString::fromUtf8(desktop.readAll());
        QVERIFY2(finished && desktop.exitCode() == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("(office server)")) &&
                     out.contains(QStringLiteral("first paint after")),
                 qPrintable(out));
        QVERIFY2(!out.contains(m_backend.admin()->superuserPassword()), "the password in the app's output");
        // Never taken for a file path: no folder named "postgresql:" where it ran.
        QVERIFY2(QDir(work).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty(),
                 qPrintable(QDir(work).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u' ')));
    }

    void backups_areTheServersAdministrators_andNothingIsWritten() {
        TestOffice office(UserRole::Administrator, m_backend.address(QStringLiteral("backup")),
                          options(QStringLiteral("chi.lan")));
        MainWindow window(office.services);
        QVERIFY(!child<QAction>(&window, QStringLiteral("actionBackUp"))->isEnabled());
        QVERIFY(!child<QAction>(&window, QStringLiteral("actionRestoreBackup"))->isEnabled());
        BackupActions actions(&window, office.services);
        bool asked = false;
        const auto chooser = [&asked](QWidget *, const QString &, const QString &, const QString &) {
            asked = true;
            return QString();
        };
        actions.setSaveFileChooser(chooser);
        actions.setOpenFileChooser(chooser);
        QString said;
        answerMessageBox(QMessageBox::Ok, &said);
        QVERIFY(!actions.backUp());
        QVERIFY2(said.contains(QStringLiteral("pg_dump")), qPrintable(said));
        answerMessageBox(QMessageBox::Ok, &said);
        QVERIFY(!actions.restoreFromBackup());
        QVERIFY(!asked);
    }

    void settings_pointThisComputerAtTheServer_onlyOnceItAnswers() {
        TestOffice office(UserRole::CommuneOfficer);
        QSettings appSettings(office.dir.filePath(QStringLiteral("app.ini")), QSettings::IniFormat);
        office.services.appSettings = &appSettings;
        const QString address = m_backend.address(QStringLiteral("choice"));
        {
            Store server(options(QStringLiteral("chi.lan")));
            QVERIFY(server.open(address));
            add(server, 1, 3);
        }
        OfficeDatabasePage page(office.services);
        page.load(false); // an officer, not the administrator: moves are not theirs, the choice is
        auto *own = child<QRadioButton>(&page, QStringLiteral("openOwnFileRadio"));
        auto *server = child<QRadioButton>(&page, QStringLiteral("openServerRadio"));
        auto *note = child<QLabel>(&page, QStringLiteral("openChoiceNote"));
        QVERIFY(own->isChecked());

        // A wrong password: the server refuses, the choice stays on the own file, nothing is kept.
        replaceText(child<QLineEdit>(&page, QStringLiteral("serverAddressEdit")), address);
        replaceText(child<QLineEdit>(&page, QStringLiteral("serverPasswordEdit")),
                    QStringLiteral("sai-mat-khau"));
        server->click();
        QTRY_VERIFY(own->isChecked());
        QVERIFY2(note->text().contains(QStringLiteral("own file")), qPrintable(note->text()));
        QVERIFY(!appSettings.contains(DatabaseChoice::Key));
        QCOMPARE(office.secrets.size(), 0);

        // The right one: checked by opening the server as the next start will, then kept.
        replaceText(child<QLineEdit>(&page, QStringLiteral("serverPasswordEdit")),
                    m_backend.admin()->superuserPassword());
        server->click();
        QTRY_VERIFY(server->isChecked());
        QVERIFY2(note->text().contains(QStringLiteral("3 dossier")), qPrintable(note->text()));
        QString error;
        const DatabaseLocation location = DatabaseLocation::parse(address, &error);
        QCOMPARE(appSettings.value(DatabaseChoice::Key).toString(), location.display());
        QTRY_COMPARE(office.secrets.value(secrets::SecretKinds::databaseProfile(location.keychainKey()),
                                          secrets::SecretKind::DatabasePassword),
                     m_backend.admin()->superuserPassword());

        // And back to the own file.
        own->click();
        QVERIFY(!appSettings.contains(DatabaseChoice::Key));
        QVERIFY2(note->text().contains(QStringLiteral("own database file")), qPrintable(note->text()));
    }
};

QTEST_MAIN(TestOfficeServerDesktop)
#include "tst_officeserverdesktop.moc"
