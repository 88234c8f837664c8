// SPDX-License-Identifier: GPL-3.0-or-later
// The first start: the wizard is driven the way a new user does (language, area, role, how to connect); its
// answers land in the app's settings and the office's database, the key pair only in the keychain; pages with
// bad answers refuse Next; and the decision of when the wizard shows (and when the demo starts) holds across
// restarts.
#include "AppTestSupport.h"

#include "AppOptions.h"
#include "FirstRun.h"
#include "FirstRunWizard.h"
#include "SyncSettings.h"
#include "TestSandbox.h"
#include "Translations.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSqlQuery>
#include <QWizardPage>

using namespace btxh;
using namespace btxh::app;
using namespace btxh::app::test;

namespace {

// A new user's computer: an empty office database, an empty keychain, no app settings yet.
struct FreshStart {
    QTemporaryDir dir;
    Store store;
    secrets::MemorySecretStore secrets;
    QNetworkAccessManager network;
    AppServices services;
    QSettings settings;

    FreshStart()
        : settings(dir.filePath(QStringLiteral("btxh-desktop.ini")), QSettings::IniFormat) {
        QVERIFY2(dir.isValid(), "temporary folder");
        const auto opened = store.open(dir.filePath(QStringLiteral("btxh.sqlite")));
        QVERIFY2(opened, qPrintable(opened.error().message));
        services.store = &store;
        services.secrets = &secrets;
        services.network = &network;
        services.environment = QProcessEnvironment(); // nothing from the developer's shell leaks in
    }

    // Everything written to disk: the settings file and the database with its journal files.
    QByteArray filesOnDisk() {
        settings.sync();
        QByteArray all;
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }
};

AppOptions options(const QStringList &arguments = {}) {
    AppOptions o;
    QString message;
    bool help = false;
    const bool ok = o.parse(QStringList{QStringLiteral("btxh-desktop")} + arguments, &message, &help);
    if (!ok)
        qWarning("%s", qPrintable(message));
    return o;
}

QAbstractButton *wizardButton(QWizard &w, QWizard::WizardButton which) {
    return w.button(which);
}

void clickNext(QWizard &w) {
    QTest::mouseClick(wizardButton(w, QWizard::NextButton), Qt::LeftButton);
}

QString page(QWizard &w) {
    return w.currentPage() ? w.currentPage()->objectName() : QString();
}

// Clicks on the button's circle (the middle of a wide radio button is empty space).
void choose(QRadioButton *radio) {
    QVERIFY(radio);
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
    QVERIFY(radio->isChecked());
}

void select(QComboBox *combo, const QString &data) {
    const int i = combo->findData(data);
    QVERIFY2(i >= 0, qPrintable(data));
    combo->setCurrentIndex(i);
}

// Language page → area page → connection page. Today's list (the default): Hà Nội / Phường Ba Đình, no
// district step; the old list: Hà Nội / Quận Ba Đình / Phường Phúc Xá.
void answerUpToConnection(FirstRunWizard &w, const QString &role = QStringLiteral("commune-officer"),
                          bool oldList = false) {
    QCOMPARE(page(w), QStringLiteral("languagePage"));
    clickNext(w);
    QCOMPARE(page(w), QStringLiteral("areaPage"));
    if (oldList)
        select(child<QComboBox>(&w, QStringLiteral("area_places")), QStringLiteral("2024"));
    pick(child<CodeComboBox>(&w, QStringLiteral("area_MaTinh")), QStringLiteral("Hà Nội"));
    if (oldList) {
        pick(child<CodeComboBox>(&w, QStringLiteral("area_MaHuyen")), QStringLiteral("Ba Đình"));
        pick(child<CodeComboBox>(&w, QStringLiteral("area_MaXa")), QStringLiteral("Phúc Xá"));
    } else {
        QVERIFY(!child<CodeComboBox>(&w, QStringLiteral("area_MaHuyen"))->isVisible());
        pick(child<CodeComboBox>(&w, QStringLiteral("area_MaXa")), QStringLiteral("Ba Đình"));
    }
    clickNext(w);
    QCOMPARE(page(w), QStringLiteral("rolePage"));
    select(child<QComboBox>(&w, QStringLiteral("roleCombo")), role);
    clickNext(w);
    QCOMPARE(page(w), QStringLiteral("connectionPage"));
}

} // namespace

class TestFirstRunWizard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // never the real user's settings or keychain
        QCoreApplication::setOrganizationName(QStringLiteral("BTXH"));
        QCoreApplication::setApplicationName(QStringLiteral("btxh-desktop-test"));
    }

    void appOptions_aServerAddressForDb_isTaken_aBrokenOneRefusedSayingWhy() {
        AppOptions o;
        QString message;
        bool help = false;
        QVERIFY2(o.parse({QStringLiteral("btxh-desktop"), QStringLiteral("--db"),
                          QStringLiteral("postgresql://officer@db.example/btxh")},
                         &message, &help),
                 qPrintable(message));
        QCOMPARE(o.databasePath, QStringLiteral("postgresql://officer@db.example/btxh"));
        // Never taken for a file path: that once made a folder named "postgresql:" with a database in it.
        AppOptions broken;
        QVERIFY(!broken.parse({QStringLiteral("btxh-desktop"), QStringLiteral("--db"),
                               QStringLiteral("postgresql://officer:secret@db.example/btxh")},
                              &message, &help));
        QVERIFY(!help);
        QVERIFY2(!message.isEmpty() && !message.contains(QStringLiteral("secret")), qPrintable(message));
        // The demonstration keeps to a file of its own.
        AppOptions demo;
        QVERIFY(!demo.parse({QStringLiteral("btxh-desktop"), QStringLiteral("--demo"), QStringLiteral("--db"),
                             QStringLiteral("postgresql://officer@db.example/btxh")},
                            &message, &help));
        QVERIFY2(message.contains(QStringLiteral("--demo")), qPrintable(message));
    }

    void init() { Translations::install(Language::Vietnamese); }

    void wizard_englishAreaOfflineStoresTheAnswers() {
        FreshStart f;
        FirstRunWizard w(f.services, f.settings);
        w.show();
        QVERIFY(child<QRadioButton>(&w, QStringLiteral("vietnameseRadio"))->isChecked()); // the default
        QComboBox *roles = child<QComboBox>(&w, QStringLiteral("roleCombo"));
        const QString vietnameseRole = roles->itemText(0);
        choose(child<QRadioButton>(&w, QStringLiteral("englishRadio")));
        QCOMPARE(currentLanguage(), Language::English);
        // Retranslated while it is open.
        QTRY_COMPARE(roles->itemText(0), RolePolicy::label(UserRole::CommuneOfficer));
        QVERIFY(roles->itemText(0) != vietnameseRole);

        answerUpToConnection(w, QStringLiteral("province-reviewer"), true);
        QVERIFY(child<QRadioButton>(&w, QStringLiteral("offlineRadio"))->isChecked()); // the default
        QVERIFY(!child<QWidget>(&w, QStringLiteral("gatewayBox"))->isEnabled());
        QTest::mouseClick(wizardButton(w, QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!w.isVisible());
        QCOMPARE(w.result(), int(QDialog::Accepted));
        QCOMPARE(w.choice(), FirstRun::Choice::Offline);

        const QSettings saved(f.settings.fileName(), QSettings::IniFormat);
        QCOMPARE(saved.value(FirstRun::LanguageKey).toString(), QStringLiteral("en"));
        QVERIFY(FirstRun::done(saved));
        QCOMPARE(FirstRun::choice(saved), FirstRun::Choice::Offline);
        const OfficeSettings office(f.store);
        QCOMPARE(office.area().province, QStringLiteral("01"));
        QCOMPARE(office.area().district, QStringLiteral("001"));
        QCOMPARE(office.area().commune, QStringLiteral("00001"));
        QCOMPARE(office.role(), UserRole::ProvinceReviewer);
        QCOMPARE(office.places(), GsoList::Units2024); // chosen for back-office work on old dossiers
        QVERIFY(!office.hasGateway());
        QCOMPARE(f.secrets.size(), 0); // the keychain is not touched
    }

    // December 2026, a commune officer of Phường Điện Biên Phủ: province → commune from the 2025 list, no
    // district asked or stored.
    void wizard_todaysCommuneWithoutDistrict() {
        FreshStart f;
        FirstRunWizard w(f.services, f.settings);
        w.show();
        clickNext(w);
        QCOMPARE(page(w), QStringLiteral("areaPage"));
        QCOMPARE(child<QComboBox>(&w, QStringLiteral("area_places"))->currentData().toString(),
                 QStringLiteral("2025"));
        QVERIFY(!child<QWidget>(&w, QStringLiteral("districtHost"))->isVisible());
        pick(child<CodeComboBox>(&w, QStringLiteral("area_MaTinh")), QStringLiteral("Điện Biên"));
        CodeComboBox *communes = child<CodeComboBox>(&w, QStringLiteral("area_MaXa"));
        QVERIFY(communes->entryCount() > 0);
        QVERIFY(communes->findText(QStringLiteral("Phường Him Lam")) < 0); // a 2024 name, gone
        pick(communes, QStringLiteral("Điện Biên Phủ"));
        QCOMPARE(communes->currentCode(), QStringLiteral("03127"));
        clickNext(w);
        QCOMPARE(page(w), QStringLiteral("rolePage"));
        clickNext(w);
        QCOMPARE(page(w), QStringLiteral("connectionPage"));
        QTest::mouseClick(wizardButton(w, QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!w.isVisible());
        const OfficeSettings office(f.store);
        QCOMPARE(office.area().province, QStringLiteral("11"));
        QCOMPARE(office.area().district, QString());
        QCOMPARE(office.area().commune, QStringLiteral("03127"));
        QCOMPARE(office.places(), GsoList::Units2025);
    }

    void wizard_offlineChoiceSticksAcrossRestarts() {
        FreshStart f;
        QVERIFY(FirstRun::needed(options(), f.settings, false)); // the first start asks
        {
            FirstRunWizard w(f.services, f.settings);
            w.show();
            answerUpToConnection(w);
            QTest::mouseClick(wizardButton(w, QWizard::FinishButton), Qt::LeftButton);
            QTRY_VERIFY(!w.isVisible());
        }
        // The next start reads the settings afresh: no wizard, and no demo either although the database still
        // has no gateway.
        const QSettings restarted(f.settings.fileName(), QSettings::IniFormat);
        const bool hasGateway = OfficeSettings(f.store).hasGateway();
        QVERIFY(!hasGateway);
        QVERIFY(!FirstRun::needed(options(), restarted, hasGateway));
        QCOMPARE(FirstRun::startMode(options(), restarted, hasGateway), FirstRun::StartMode::Office);
        // Asking for the demo still gives it.
        QCOMPARE(FirstRun::startMode(options({QStringLiteral("--demo")}), restarted, hasGateway),
                 FirstRun::StartMode::Demo);
    }

    void firstRun_showsOnlyOnAFreshDefaultDatabase() {
        FreshStart f;
        using Mode = FirstRun::StartMode;
        QCOMPARE(FirstRun::startMode(options(), f.settings, false), Mode::Wizard);
        QCOMPARE(FirstRun::startMode(options(), f.settings, true), Mode::Office); // a gateway is configured
        QCOMPARE(FirstRun::startMode(options({QStringLiteral("--demo")}), f.settings, false), Mode::Demo);
        QCOMPARE(FirstRun::startMode(options({QStringLiteral("--offline")}), f.settings, false),
                 Mode::Office);
        QCOMPARE(FirstRun::startMode(options({QStringLiteral("--db"), QStringLiteral("x.sqlite")}),
                                     f.settings, false),
                 Mode::Office);
        QCOMPARE(FirstRun::startMode(options({QStringLiteral("--quit-after-paint")}), f.settings, false),
                 Mode::Demo);
        QCOMPARE(FirstRun::startMode(options({QStringLiteral("--demo-if-no-gateway")}), f.settings, false),
                 Mode::Demo);
        QCOMPARE(FirstRun::startMode(options({QStringLiteral("--demo-if-no-gateway")}), f.settings, true),
                 Mode::Office);
        // Trying the demonstration is not an answer: the questions come back, with what was answered.
        FirstRun::record(f.settings, FirstRun::Choice::Demo);
        QCOMPARE(FirstRun::startMode(options(), f.settings, false), Mode::Wizard);
        FirstRun::record(f.settings, FirstRun::Choice::Gateway);
        QCOMPARE(FirstRun::startMode(options(), f.settings, false), Mode::Office);
    }

    void wizard_demoChoiceKeepsTheAnswersAndAsksAgain() {
        FreshStart f;
        {
            FirstRunWizard w(f.services, f.settings);
            w.show();
            answerUpToConnection(w, QStringLiteral("administrator"));
            choose(child<QRadioButton>(&w, QStringLiteral("demoRadio")));
            QTest::mouseClick(wizardButton(w, QWizard::FinishButton), Qt::LeftButton);
            QTRY_VERIFY(!w.isVisible());
            QCOMPARE(w.choice(), FirstRun::Choice::Demo);
        }
        QVERIFY(!FirstRun::done(f.settings));
        QVERIFY(FirstRun::needed(options(), f.settings, OfficeSettings(f.store).hasGateway()));
        // The next wizard starts from the answers given.
        FirstRunWizard again(f.services, f.settings);
        QCOMPARE(child<CodeComboBox>(&again, QStringLiteral("area_MaTinh"))->currentCode(),
                 QStringLiteral("01"));
        QCOMPARE(child<QComboBox>(&again, QStringLiteral("roleCombo"))->currentData().toString(),
                 QStringLiteral("administrator"));
    }

    void wizard_keyPairGoesToTheKeychainOnly() {
        FreshStart f;
        FirstRunWizard w(f.services, f.settings);
        w.show();
        answerUpToConnection(w, QStringLiteral("administrator"));
        choose(child<QRadioButton>(&w, QStringLiteral("gatewayRadio")));
        QVERIFY(child<QWidget>(&w, QStringLiteral("gatewayBox"))->isEnabled());
        select(child<QComboBox>(&w, QStringLiteral("endpointKindCombo")), QStringLiteral("custom"));
        QLineEdit *key = child<QLineEdit>(&w, QStringLiteral("consumerKeyEdit"));
        QLineEdit *secret = child<QLineEdit>(&w, QStringLiteral("consumerSecretEdit"));
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QLabel *problem = child<QLabel>(&w, QStringLiteral("connectionProblem"));

        // A custom gateway needs its address.
        QTest::mouseClick(wizardButton(w, QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(w.isVisible());
        QVERIFY(!problem->text().isEmpty());
        typeText(child<QLineEdit>(&w, QStringLiteral("endpointUrlEdit")),
                 QStringLiteral("http://127.0.0.1:9"));

        // A key without its secret is refused, and nothing reaches the keychain.
        typeText(key, QStringLiteral("office-key-7f3a"));
        QTest::mouseClick(wizardButton(w, QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(w.isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("secret")));
        QCOMPARE(f.secrets.size(), 0);
        QVERIFY(!FirstRun::done(f.settings));

        typeText(secret, QStringLiteral("s3cret-Pair!9q"));
        saveScreenshot(&w, QStringLiteral("first-run-wizard.png"));
        QTest::mouseClick(wizardButton(w, QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!w.isVisible());
        QCOMPARE(f.secrets.value(QStringLiteral("default"), secrets::SecretKind::ConsumerKey),
                 QStringLiteral("office-key-7f3a"));
        QCOMPARE(f.secrets.value(QStringLiteral("default"), secrets::SecretKind::ConsumerSecret),
                 QStringLiteral("s3cret-Pair!9q"));
        QVERIFY(key->text().isEmpty() && secret->text().isEmpty()); // not kept in the widgets either

        const OfficeSettings office(f.store);
        QVERIFY(office.hasGateway());
        QCOMPARE(office.value(QStringLiteral("endpoint.kind")), QStringLiteral("custom"));
        QCOMPARE(office.value(QStringLiteral("endpoint.url")), QStringLiteral("http://127.0.0.1:9"));
        QVERIFY(FirstRun::done(f.settings));
        QCOMPARE(FirstRun::choice(f.settings), FirstRun::Choice::Gateway);

        // Neither the settings table nor any file holds the key or the secret.
        QSqlQuery q(f.store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT key, value FROM settings")));
        int rows = 0;
        while (q.next()) {
            ++rows;
            QVERIFY(!q.value(1).toString().contains(QStringLiteral("office-key-7f3a")));
            QVERIFY(!q.value(1).toString().contains(QStringLiteral("s3cret-Pair!9q")));
        }
        QVERIFY(rows > 0);
        const QByteArray disk = f.filesOnDisk();
        QVERIFY(disk.contains("http://127.0.0.1:9")); // the files were read
        for (const QString &secretText :
             {QStringLiteral("office-key-7f3a"), QStringLiteral("s3cret-Pair!9q")}) {
            QVERIFY(!disk.contains(secretText.toUtf8()));
            QVERIFY(!disk.contains(
                QByteArray(reinterpret_cast<const char *>(secretText.utf16()), secretText.size() * 2)));
        }
    }

    void wizard_testConnectionAsksARealGatewayWithTheTypedKeys() {
        btxh::test::TestSandbox sandbox({QStringLiteral("--consumer-key"), QStringLiteral("wizard-key"),
                                         QStringLiteral("--consumer-secret"),
                                         QStringLiteral("wizard-secret")});
        QVERIFY2(sandbox.start(30000), qPrintable(sandbox.error()));
        FreshStart f;
        FirstRunWizard w(f.services, f.settings);
        w.show();
        answerUpToConnection(w, QStringLiteral("administrator"));
        choose(child<QRadioButton>(&w, QStringLiteral("gatewayRadio")));
        select(child<QComboBox>(&w, QStringLiteral("endpointKindCombo")), QStringLiteral("custom"));
        typeText(child<QLineEdit>(&w, QStringLiteral("endpointUrlEdit")), sandbox.baseUrl().toString());
        typeText(child<QLineEdit>(&w, QStringLiteral("consumerKeyEdit")), QStringLiteral("wizard-key"));
        QLineEdit *secret = child<QLineEdit>(&w, QStringLiteral("consumerSecretEdit"));
        typeText(secret, QStringLiteral("wrong-secret"));
        QPushButton *test = child<QPushButton>(&w, QStringLiteral("testConnectionButton"));
        QLabel *result = child<QLabel>(&w, QStringLiteral("testResultLabel"));

        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 15000);
        QVERIFY2(result->styleSheet().contains(QStringLiteral("a41c1c")), qPrintable(result->text()));
        QVERIFY(!result->text().contains(QStringLiteral("wrong-secret"))); // never echoes the secret

        secret->clear();
        typeText(secret, QStringLiteral("wizard-secret"));
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 15000);
        QVERIFY2(result->styleSheet().contains(QStringLiteral("1e6b30")), qPrintable(result->text()));
        QCOMPARE(f.secrets.size(), 0); // testing stores nothing
        w.reject();
    }

    void wizard_areaNeedsAProvince() {
        FreshStart f;
        FirstRunWizard w(f.services, f.settings);
        w.show();
        clickNext(w);
        QCOMPARE(page(w), QStringLiteral("areaPage"));
        clickNext(w);
        QCOMPARE(page(w), QStringLiteral("areaPage")); // Next refused
        QVERIFY(!child<QLabel>(&w, QStringLiteral("areaProblem"))->text().isEmpty());
        pick(child<CodeComboBox>(&w, QStringLiteral("area_MaTinh")), QStringLiteral("Hà Nội"));
        QVERIFY(child<QLabel>(&w, QStringLiteral("areaProblem"))->text().isEmpty());
        clickNext(w);
        QCOMPARE(page(w), QStringLiteral("rolePage")); // a province alone is enough
        w.reject();
        // Cancelled: nothing recorded, so the next start asks again.
        QVERIFY(FirstRun::needed(options(), f.settings, false));
        QVERIFY(OfficeSettings(f.store).area().province.isEmpty());
    }
};

QTEST_MAIN(TestFirstRunWizard)
#include "tst_firstrunwizard.moc"
