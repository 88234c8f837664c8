// SPDX-License-Identifier: GPL-3.0-or-later
// Settings: the key pair goes straight into the keychain (masked, never into the database), "Test connection"
// asks a real ndxp-sandbox for a token, bad values are refused with a reason and nothing half-saved, and only
// an administrator changes the connection.
#include "AppTestSupport.h"

#include "DeadlineSettings.h"
#include "DeadlineSettingsPage.h"
#include "DesktopApplication.h"
#include "SandboxProcess.h"
#include "SettingsDialog.h"
#include "TestSandbox.h"
#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>

using namespace btxh;
using namespace btxh::app;
using namespace btxh::app::test;

class TestSettingsDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<btxh::test::TestSandbox> m_sandbox;

    static void select(QComboBox *combo, const QString &data) {
        const int i = combo->findData(data);
        QVERIFY2(i >= 0, qPrintable(data));
        combo->setCurrentIndex(i);
    }
    static QPushButton *ok(SettingsDialog &d) {
        return child<QDialogButtonBox>(&d, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    }
    static QStringList storedValues(Store &store) {
        QStringList values;
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT value FROM settings"));
        while (q.next())
            values << q.value(0).toString();
        return values;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(Language::Vietnamese);
        m_sandbox = std::make_unique<btxh::test::TestSandbox>(
            QStringList{QStringLiteral("--consumer-key"), QStringLiteral("office-key"),
                        QStringLiteral("--consumer-secret"), QStringLiteral("s3cret-Pair!")});
        QVERIFY2(m_sandbox->start(30000), qPrintable(m_sandbox->error()));
    }

    void keyPairGoesToTheKeychainNeverToTheDatabase() {
        TestOffice office(UserRole::Administrator);
        SettingsDialog dialog(office.services);
        dialog.show();
        select(child<QComboBox>(&dialog, QStringLiteral("endpointKindCombo")), QStringLiteral("custom"));
        typeText(child<QLineEdit>(&dialog, QStringLiteral("endpointUrlEdit")),
                 m_sandbox->baseUrl().toString());
        QLineEdit *key = child<QLineEdit>(&dialog, QStringLiteral("consumerKeyEdit"));
        QLineEdit *secret = child<QLineEdit>(&dialog, QStringLiteral("consumerSecretEdit"));
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        typeText(key, QStringLiteral("office-key"));
        typeText(secret, QStringLiteral("s3cret-Pair!"));

        // Test connection fetches a token with what was typed.
        QLabel *result = child<QLabel>(&dialog, QStringLiteral("testResultLabel"));
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("testConnectionButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QPushButton>(&dialog, QStringLiteral("testConnectionButton"))->isEnabled(), 15000);
        QVERIFY2(result->styleSheet().contains(QStringLiteral("1e6b30")), qPrintable(result->text()));

        QSignalSpy saved(&dialog, &SettingsDialog::settingsSaved);
        QTest::mouseClick(ok(dialog), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(saved.count(), 1);
        QCOMPARE(office.secrets.value(QStringLiteral("default"), secrets::SecretKind::ConsumerKey),
                 QStringLiteral("office-key"));
        QCOMPARE(office.secrets.value(QStringLiteral("default"), secrets::SecretKind::ConsumerSecret),
                 QStringLiteral("s3cret-Pair!"));
        const QStringList values = storedValues(*office.store);
        QVERIFY(!values.contains(QStringLiteral("s3cret-Pair!")));
        QVERIFY(!values.contains(QStringLiteral("office-key")));
        QVERIFY(values.contains(m_sandbox->baseUrl().toString()));
        QVERIFY(key->text().isEmpty() && secret->text().isEmpty()); // not kept in the widgets either
    }

    void wrongKeyPairIsReportedByTestConnection() {
        TestOffice office(UserRole::Administrator);
        SettingsDialog dialog(office.services);
        dialog.show();
        select(child<QComboBox>(&dialog, QStringLiteral("endpointKindCombo")), QStringLiteral("custom"));
        typeText(child<QLineEdit>(&dialog, QStringLiteral("endpointUrlEdit")),
                 m_sandbox->baseUrl().toString());
        typeText(child<QLineEdit>(&dialog, QStringLiteral("consumerKeyEdit")), QStringLiteral("office-key"));
        typeText(child<QLineEdit>(&dialog, QStringLiteral("consumerSecretEdit")), QStringLiteral("wrong"));
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("testConnectionButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QPushButton>(&dialog, QStringLiteral("testConnectionButton"))->isEnabled(), 15000);
        QLabel *result = child<QLabel>(&dialog, QStringLiteral("testResultLabel"));
        QVERIFY2(result->styleSheet().contains(QStringLiteral("a41c1c")), qPrintable(result->text()));
        QVERIFY(!result->text().contains(QStringLiteral("wrong"))); // never echoes the secret
        dialog.reject();
    }

    void badValuesAreRefusedAndNothingIsHalfSaved() {
        TestOffice office(UserRole::Administrator);
        const QString before = office.services.settings().agencyCode();
        SettingsDialog dialog(office.services);
        dialog.show();
        replaceText(child<QLineEdit>(&dialog, QStringLiteral("agencyCodeEdit")),
                    QStringLiteral("G07 xã Phúc Xá"));
        replaceText(child<QLineEdit>(&dialog, QStringLiteral("officeUnitEdit")), QStringLiteral("Tên mới"));
        QTest::mouseClick(ok(dialog), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(!child<QLabel>(&dialog, QStringLiteral("settingsProblems"))->text().isEmpty());
        QCOMPARE(office.services.settings().agencyCode(), before);
        QCOMPARE(office.services.settings().officeUnit(), QStringLiteral("UBND Phường Phúc Xá"));

        replaceText(child<QLineEdit>(&dialog, QStringLiteral("agencyCodeEdit")),
                    QStringLiteral("000.00.01.G07"));
        select(child<QComboBox>(&dialog, QStringLiteral("endpointKindCombo")), QStringLiteral("custom"));
        child<QLineEdit>(&dialog, QStringLiteral("endpointUrlEdit"))->clear();
        QTest::mouseClick(ok(dialog), Qt::LeftButton); // a custom gateway needs its address
        QVERIFY(dialog.isVisible());
        QVERIFY(!child<QLabel>(&dialog, QStringLiteral("settingsProblems"))->text().isEmpty());
        QVERIFY(!office.services.settings().hasGateway());
        dialog.reject();
    }

    // The deadline rules are the administrator's: a processing time and a day off typed on the Deadlines
    // page, keys only, are stored as `btxh config set` stores them and move the computed deadline of a
    // dossier already saved. Counted by hand: received Monday 02/03/2026, 1 working day → Tuesday 03/03/2026;
    // with 03/03/2026 a day off → Wednesday 04/03/2026.
    void deadlines_administratorChangesProcessingTimeAndDaysOff_deadlinesRecomputed() {
        TestOffice office(UserRole::Administrator);
        const Dossier d =
            validDossier(QStringLiteral("000.00.01.G07-260302-0001"), QStringLiteral("Lò Văn Pả"),
                         QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
        ChangeSet c;
        c.received << ChangeSet::ReceivedDossier{d, {}};
        QVERIFY(office.store->apply(c));
        QCOMPARE(office.store->dossier(d.code())->due.source, DeadlineSource::Computed);

        SettingsDialog dialog(office.services);
        dialog.show();
        auto *tabs = child<QTabWidget>(&dialog, QStringLiteral("settingsTabs"));
        tabs->setCurrentWidget(child<QWidget>(&dialog, QStringLiteral("deadlinesTab")));
        auto *table = child<QTableWidget>(&dialog, QStringLiteral("processingTimesTable"));
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, DeadlineSettingsPage::CodeColumn)->text() == u"1.001776")
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, DeadlineSettingsPage::DefaultColumn)->text(), QStringLiteral("22"));
        QVERIFY(!(table->item(row, DeadlineSettingsPage::CodeColumn)->flags() & Qt::ItemIsEditable));
        table->setFocus();
        table->setCurrentCell(row, DeadlineSettingsPage::DaysColumn);
        QTest::keyClick(table, Qt::Key_1);
        auto *editor = table->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor && editor->isVisible()); // typing opened the cell's editor with the key
        QCOMPARE(editor->text(), QStringLiteral("1"));
        QTest::keyClick(editor, Qt::Key_Return);
        // Return commits the cell (the delegate does so queued); it does not close the dialog.
        QTRY_COMPARE(table->item(row, DeadlineSettingsPage::DaysColumn)->text(), QStringLiteral("1"));
        QVERIFY(dialog.isVisible());
        typeText(child<QLineEdit>(&dialog, QStringLiteral("daysOffEdit")), QStringLiteral("3/3/2026"));

        QTest::mouseClick(ok(dialog), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(*office.store->settings().value(DeadlineSettings::daysKey(QStringLiteral("1.001776"))),
                 QStringLiteral("1"));
        QCOMPARE(*office.store->settings().value(DeadlineSettings::daysOffKey()),
                 QStringLiteral("2026-03-03"));
        QCOMPARE(office.store->dossier(d.code())->due.due, QDate(2026, 3, 4));

        // Shown again as typed, dd/MM/yyyy.
        SettingsDialog again(office.services);
        QCOMPARE(child<QLineEdit>(&again, QStringLiteral("daysOffEdit"))->text(),
                 QStringLiteral("03/03/2026"));
    }

    void deadlines_impossibleDayOff_namedAndNothingStored() {
        TestOffice office(UserRole::Administrator);
        SettingsDialog dialog(office.services);
        dialog.show();
        replaceText(child<QLineEdit>(&dialog, QStringLiteral("officeUnitEdit")), QStringLiteral("Tên mới"));
        typeText(child<QLineEdit>(&dialog, QStringLiteral("daysOffEdit")),
                 QStringLiteral("02/01/2026, 31/02/2026"));
        QTest::mouseClick(ok(dialog), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        const QString problem = child<QLabel>(&dialog, QStringLiteral("settingsProblems"))->text();
        QVERIFY2(problem.contains(QStringLiteral("31/02/2026")), qPrintable(problem));
        QCOMPARE(child<QTabWidget>(&dialog, QStringLiteral("settingsTabs"))->currentWidget()->objectName(),
                 QStringLiteral("deadlinesTab"));
        QVERIFY(!office.store->settings().value(DeadlineSettings::daysOffKey()).has_value());
        QCOMPARE(office.services.settings().officeUnit(), QStringLiteral("UBND Phường Phúc Xá"));
        dialog.reject();
    }

    void deadlines_readOnlyForACommuneOfficer() {
        TestOffice office(UserRole::CommuneOfficer);
        SettingsDialog dialog(office.services);
        dialog.show();
        auto *table = child<QTableWidget>(&dialog, QStringLiteral("processingTimesTable"));
        QVERIFY(table->rowCount() > 0);
        for (int r = 0; r < table->rowCount(); ++r)
            QVERIFY(!(table->item(r, DeadlineSettingsPage::DaysColumn)->flags() & Qt::ItemIsEditable));
        QVERIFY(child<QLineEdit>(&dialog, QStringLiteral("daysOffEdit"))->isReadOnly());
        typeText(child<QLineEdit>(&dialog, QStringLiteral("daysOffEdit")), QStringLiteral("02/01/2026"));
        QTest::mouseClick(ok(dialog), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QVERIFY(!office.store->settings().value(DeadlineSettings::daysOffKey()).has_value());
    }

    void onlyAnAdministratorChangesTheConnection() {
        TestOffice office(UserRole::CommuneOfficer);
        SettingsDialog dialog(office.services);
        dialog.show();
        QVERIFY(!child<QLineEdit>(&dialog, QStringLiteral("consumerSecretEdit"))->isEnabled());
        QVERIFY(!child<QComboBox>(&dialog, QStringLiteral("endpointKindCombo"))->isEnabled());
        QVERIFY(child<QLineEdit>(&dialog, QStringLiteral("handlerNameEdit"))->isEnabled());
        replaceText(child<QLineEdit>(&dialog, QStringLiteral("handlerNameEdit")),
                    QStringLiteral("Hoàng Thị Thu"));
        QTest::mouseClick(ok(dialog), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(office.services.settings().handlerName(), QStringLiteral("Hoàng Thị Thu"));
        QVERIFY(!office.services.settings().hasGateway());
        QCOMPARE(office.secrets.size(), 0);
    }

    // As the first-run wizard: a database where nobody chose a role or a gateway is being set up, and its
    // Settings take the connection and the key pair with the role; after that the role decides (as btxh
    // config does, tst_rolecommands).
    void aDatabaseNotSetUp_takesTheConnectionOnce() {
        TestOffice office(UserRole::CommuneOfficer);
        QVERIFY(office.store->settings().setValue(OfficeSettings::Role, QString()));
        {
            SettingsDialog dialog(office.services);
            dialog.show();
            QVERIFY(child<QComboBox>(&dialog, QStringLiteral("endpointKindCombo"))->isEnabled());
            select(child<QComboBox>(&dialog, QStringLiteral("endpointKindCombo")), QStringLiteral("custom"));
            typeText(child<QLineEdit>(&dialog, QStringLiteral("endpointUrlEdit")),
                     QStringLiteral("https://lgsp.example"));
            typeText(child<QLineEdit>(&dialog, QStringLiteral("consumerKeyEdit")),
                     QStringLiteral("office-key"));
            typeText(child<QLineEdit>(&dialog, QStringLiteral("consumerSecretEdit")), QStringLiteral("pair"));
            QTest::mouseClick(ok(dialog), Qt::LeftButton);
            QTRY_VERIFY(!dialog.isVisible());
        }
        QVERIFY(office.services.settings().hasGateway());
        QCOMPARE(office.services.settings().role(), UserRole::CommuneOfficer); // stored now
        QCOMPARE(office.secrets.size(), 2);
        SettingsDialog again(office.services);
        again.show();
        QVERIFY(!child<QComboBox>(&again, QStringLiteral("endpointKindCombo"))->isEnabled());
        QVERIFY(!child<QLineEdit>(&again, QStringLiteral("consumerSecretEdit"))->isEnabled());
    }

    void choosingALanguageIsAnnounced() {
        TestOffice office;
        SettingsDialog dialog(office.services);
        dialog.show();
        QSignalSpy chosen(&dialog, &SettingsDialog::languageChosen);
        select(child<QComboBox>(&dialog, QStringLiteral("languageCombo")), QStringLiteral("en"));
        QTest::mouseClick(ok(dialog), Qt::LeftButton);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).value<Language>(), Language::English);
    }

    void sandboxIsFoundAndItsPortRead() {
        QCOMPARE(SandboxProcess::parsePort("listening on http://127.0.0.1:40123"),
                 std::optional<quint16>(40123));
        QVERIFY(!SandboxProcess::parsePort("seeded 300 dossiers"));
        QVERIFY(!SandboxProcess::parsePort("listening on http://10.0.0.1:80"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("BTXH_SANDBOX"), QStringLiteral(BTXH_SANDBOX_PROGRAM));
        QCOMPARE(SandboxProcess::locate(QStringLiteral("/nonexistent"), env),
                 QFileInfo(QStringLiteral(BTXH_SANDBOX_PROGRAM)).absoluteFilePath());
        // In the build tree the app's folder is src/app and the sandbox is in src/sandbox.
        const QString appDir =
            QFileInfo(QStringLiteral(BTXH_SANDBOX_PROGRAM)).absolutePath() + QStringLiteral("/../app");
        QCOMPARE(SandboxProcess::locate(appDir, QProcessEnvironment()),
                 QFileInfo(QStringLiteral(BTXH_SANDBOX_PROGRAM)).canonicalFilePath());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
