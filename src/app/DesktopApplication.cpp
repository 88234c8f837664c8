// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopApplication.h"

#include "AppLog.h"
#include "AppOptions.h"
#include "AppServices.h"
#include "AppStoreOptions.h"
#include "AppStyle.h"
#include "CredentialResolver.h"
#include "DatabaseChoice.h"
#include "DatabaseLocation.h"
#include "DatabasePath.h"
#include "FileImport.h"
#include "FirstRun.h"
#include "FirstRunWizard.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "SandboxProcess.h"
#include "Store.h"
#include "SyncController.h"
#include "SyncSettings.h"
#include "TerminationSignals.h"
#include "Translations.h"
#include "WindowFit.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFontDatabase>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <limits>
#include <memory>

namespace btxh::app {

namespace {

// An upgrade that finishes sooner shows no progress window at all.
constexpr int UpgradeProgressDelayMs = 800;

// Prints the time from process start to the first painted list, then quits (--quit-after-paint).
class FirstPaintProbe : public QObject {
public:
    FirstPaintProbe(const QElapsedTimer &since, QObject *parent)
        : QObject(parent)
        , m_since(since) {}

    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // After this paint has been delivered.
            QTimer::singleShot(0, this, [this] {
                std::printf("first paint after %lld ms\n", static_cast<long long>(m_since.elapsed()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_since;
    bool m_done = false;
};

Language savedLanguage() {
    return Translations::parse(QSettings().value(FirstRun::LanguageKey, QStringLiteral("vi")).toString());
}

int cannotOpen(const StoreError &error, const QString &path) {
    QMessageBox box(QMessageBox::Critical, DesktopApplication::tr("Cannot open the database"),
                    DesktopApplication::tr("%1\n\n%2").arg(error.message, path), QMessageBox::Ok);
    box.exec();
    return 1;
}

enum class ServerAnswer { Retry, OwnFile, Quit };

// The office's server cannot be reached (or refuses): an officer at the desk can try again, or work on this
// computer's own file for now (and sync it as usual), rather than have no app at all.
ServerAnswer askAboutServer(const StoreError &error) {
    QMessageBox box(QMessageBox::Warning, DesktopApplication::tr("Cannot open the office's database"),
                    error.message, QMessageBox::NoButton);
    box.setObjectName(QStringLiteral("serverUnreachableBox"));
    box.setInformativeText(DesktopApplication::tr(
        "Try again, or work on this computer's own database file for now: it syncs with the gateway as "
        "usual, and the office server stays as it is."));
    QPushButton *retry = box.addButton(DesktopApplication::tr("&Try again"), QMessageBox::AcceptRole);
    QPushButton *own =
        box.addButton(DesktopApplication::tr("Work on this computer's &file"), QMessageBox::ActionRole);
    box.addButton(DesktopApplication::tr("&Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(retry);
    box.exec();
    if (box.clickedButton() == retry)
        return ServerAnswer::Retry;
    return box.clickedButton() == own ? ServerAnswer::OwnFile : ServerAnswer::Quit;
}

// Opens the database, with a progress window when an upgrade that rewrites every row (schema 10), or making
// again the indexes of a large import that was killed, takes long on a province's database, rather than a
// window that does not come.
StoreResult<void> openWithProgress(Store &store, const QString &path) {
    QProgressDialog upgrading;
    upgrading.setWindowTitle(DesktopApplication::tr("BTXH Desktop"));
    upgrading.setCancelButton(nullptr);
    upgrading.setWindowModality(Qt::ApplicationModal);
    upgrading.setMinimumDuration(UpgradeProgressDelayMs);
    upgrading.setAutoReset(false);
    store.setMigrationProgress([&upgrading](int version, qint64 done, qint64 total) {
        upgrading.setLabelText(
            DesktopApplication::tr(
                "Upgrading the database to schema %1 (a backup was made first): %L2 of %L3 records…")
                .arg(version)
                .arg(done)
                .arg(total));
        upgrading.setMaximum(int(std::min<qint64>(total, std::numeric_limits<int>::max())));
        upgrading.setValue(int(std::min<qint64>(done, upgrading.maximum())));
        QCoreApplication::processEvents();
    });
    store.setIndexProgress([&upgrading](int done, int total) {
        upgrading.setLabelText(DesktopApplication::tr("Making the database's indexes again: a large import "
                                                      "did not finish (%1 of %2)…")
                                   .arg(done)
                                   .arg(total));
        upgrading.setMaximum(total);
        upgrading.setValue(done);
        QCoreApplication::processEvents();
    });
    const StoreResult<void> opened = store.open(path);
    store.setMigrationProgress({});
    store.setIndexProgress({});
    return opened;
}

} // namespace

void DesktopApplication::useVietnameseFont() {
    const QStringList families = QFontDatabase::families();
    for (const QString &family : {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")}) {
        if (families.contains(family)) {
            QFont f = QApplication::font();
            f.setFamily(family);
            QApplication::setFont(f);
            return;
        }
    }
}

bool DesktopApplication::hasGateway(const QString &path) {
    if (!QFileInfo::exists(path))
        return false;
    Store::Options options;
    options.readOnly = true;
    Store store(options);
    if (!store.open(path))
        return true; // not ours to judge: open it for real and let the officer see why it fails
    return OfficeSettings(store).hasGateway();
}

bool DesktopApplication::configureDemo(Store &store, const QUrl &gateway, QString *error) {
    OfficeSettings office(store);
    const bool first = !office.hasGateway();
    QList<std::pair<QString, QString>> sync{
        {QStringLiteral("endpoint.kind"), QStringLiteral("custom")},
        {QStringLiteral("endpoint.url"), gateway.toString()},
        {QStringLiteral("keys.profile"), demoKeysProfile()},
    };
    if (first)
        sync << std::pair{QStringLiteral("area.province"), QStringLiteral("01")};
    for (const auto &[key, value] : std::as_const(sync))
        if (!SyncSettings::save(store, key, value, error))
            return false;
    if (first) {
        // A district office of Hà Nội, where the sandbox's dossiers are, run by someone who may try
        // everything.
        office.setValue(OfficeSettings::Role, RolePolicy::name(UserRole::Administrator));
        office.setValue(OfficeSettings::AgencyCode, QStringLiteral("000.00.01.G07"));
        office.setValue(OfficeSettings::OfficeUnit, QStringLiteral("UBND Phường Phúc Xá"));
        office.setValue(OfficeSettings::HandlerName, QStringLiteral("Nguyễn Thị Demo"));
        office.setValue(OfficeSettings::HandlerPosition, QStringLiteral("Công chức LĐ-TB&XH"));
        office.setValue(OfficeSettings::HandlerAccount, QStringLiteral("demo.phucxa"));
    }
    return true;
}

int DesktopApplication::run(int argc, char *argv[]) {
    QElapsedTimer since;
    since.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BTXH"));
    QCoreApplication::setApplicationName(QStringLiteral("btxh-desktop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BTXH_VERSION));
    // Matches installer/linux/vn.gov.btxh.desktop: the desktop shell finds the app's name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("vn.gov.btxh"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/btxh.svg")));
    useVietnameseFont();
    AppStyle::apply();
    Translations::install(savedLanguage());

    AppOptions options;
    QString message;
    bool help = false;
    if (!options.parse(QCoreApplication::arguments(), &message, &help)) {
        std::fputs(qPrintable(message + (message.endsWith(u'\n') ? QString() : QStringLiteral("\n"))),
                   help ? stdout : stderr);
        return help ? 0 : 2;
    }
    if (!options.language.isEmpty())
        Translations::install(Translations::parse(options.language));

    QSettings appSettings;
    // Without --db: the office server this desktop was set to open (Settings → Office database), if any.
    if (!options.demo)
        options.databasePath = DatabaseChoice::resolve(options.databasePath, appSettings, QString());
    // The demo never touches the officer's real database: it gets a temporary one unless --db names one.
    QString path = options.databasePath.isEmpty() ? defaultDatabasePath() : options.databasePath;
    WindowFit::install(&appSettings); // every window fits the screen it opens on; the main window and forms
                                      // come back where they were on that screen
    const bool onDefaultDatabase = options.databasePath.isEmpty() && !options.demo && !options.noDemo;
    FirstRun::StartMode mode =
        FirstRun::startMode(options, appSettings, onDefaultDatabase && hasGateway(path));
    if (mode == FirstRun::StartMode::Wizard) {
        // The answers go where they are kept for good: the officer's database and the app's settings.
        Store office;
        if (const StoreResult<void> opened = office.open(path); !opened)
            return cannotOpen(opened.error(), path);
        secrets::KeychainSecretStore keychain;
        QNetworkAccessManager wizardNetwork;
        AppServices wizardServices;
        wizardServices.store = &office;
        wizardServices.secrets = &keychain;
        wizardServices.network = &wizardNetwork;
        FirstRunWizard wizard(wizardServices, appSettings);
        if (wizard.exec() != QDialog::Accepted)
            return 0; // nothing recorded: the questions come back at the next start
        mode = wizard.choice() == FirstRun::Choice::Demo ? FirstRun::StartMode::Demo
                                                         : FirstRun::StartMode::Office;
    }
    const bool demo = mode == FirstRun::StartMode::Demo;
    QTemporaryDir demoDir;
    if (demo && options.databasePath.isEmpty()) {
        if (!demoDir.isValid()) {
            std::fputs("btxh-desktop: cannot create a temporary folder for the demonstration\n", stderr);
            return 1;
        }
        path = demoDir.filePath(QStringLiteral("demo.sqlite"));
    }

    std::unique_ptr<secrets::SecretStore> secretStore;
    if (demo) {
        // The sandbox's own key pair, in memory: a demonstration needs no keychain.
        auto memory = std::make_unique<secrets::MemorySecretStore>();
        memory->write(demoKeysProfile(), secrets::SecretKind::ConsumerKey, QStringLiteral("demo-key"));
        memory->write(demoKeysProfile(), secrets::SecretKind::ConsumerSecret, QStringLiteral("demo-secret"));
        secretStore = std::move(memory);
    } else {
        secretStore = std::make_unique<secrets::KeychainSecretStore>();
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (demo) {
        // The demo talks to its own sandbox only, with the sandbox's key pair: never the environment's real
        // one, which would otherwise win over the keychain (CredentialResolver).
        environment.remove(QStringLiteral("BTXH_ENDPOINT"));
        environment.remove(secrets::CredentialResolver::keyVariable);
        environment.remove(secrets::CredentialResolver::secretVariable);
    }

    std::unique_ptr<Store> opened;
    while (!opened) {
        auto store = std::make_unique<Store>(AppStoreOptions::make(path, secretStore.get(), environment));
        const StoreResult<void> result = openWithProgress(*store, path);
        if (result) {
            opened = std::move(store);
            break;
        }
        if (!DatabaseLocation::looksLikeServerAddress(path))
            return cannotOpen(result.error(), path);
        switch (askAboutServer(result.error())) {
        case ServerAnswer::Retry:
            break;
        case ServerAnswer::OwnFile:
            path = defaultDatabasePath();
            break;
        case ServerAnswer::Quit:
            return 1;
        }
    }
    Store &store = *opened;
    qCInfo(lcApp) << "database opened" << (demo ? "(demonstration)" : "")
                  << (store.isServer() ? "(office server)" : "");

    QNetworkAccessManager network;
    AppServices services;
    services.store = &store;
    services.secrets = secretStore.get();
    services.network = &network;
    services.demo = demo;
    services.environment = environment;
    services.appSettings = &appSettings;

    SandboxProcess sandbox;
    if (demo) {
        QString error;
        configureDemo(store, QUrl(QStringLiteral("http://127.0.0.1:1")), &error); // the real port comes later
    }
    MainWindow window(services);
    if (options.quitAfterPaint)
        window.caseTable()->viewport()->installEventFilter(new FirstPaintProbe(since, &window));
    window.show();
    if (!options.importFile.isEmpty() && !options.quitAfterPaint) {
        // After the window is up, so the question has the case list behind it.
        QTimer::singleShot(0, &window, [&window, &store, &services, file = options.importFile] {
            const FileImport::Outcome outcome =
                FileImport::offer(&window, store, services.validationContext(), file);
            window.statusBar()->showMessage(outcome.message, 30000);
            if (outcome.stored) {
                window.refreshList();
                window.refreshStatus();
            }
        });
    }

    if (demo && !options.quitAfterPaint) {
        const QString program =
            !options.sandboxProgram.isEmpty()
                ? options.sandboxProgram
                : SandboxProcess::locate(QCoreApplication::applicationDirPath(), environment);
        QObject::connect(&sandbox, &SandboxProcess::ready, &window, [&](quint16) {
            QString error;
            if (!configureDemo(store, sandbox.baseUrl(), &error)) {
                window.statusBar()->showMessage(error, 15000);
                return;
            }
            window.statusBar()->showMessage(tr("Demonstration: receiving the sandbox's dossiers…"), 5000);
            window.syncController()->syncNow(OfficeSettings(store).area());
        });
        QObject::connect(&sandbox, &SandboxProcess::failed, &window, [&window](const QString &reason) {
            window.statusBar()->showMessage(tr("%1 Working offline.").arg(reason), 30000);
        });
        if (program.isEmpty()) {
            window.statusBar()->showMessage(
                tr("ndxp-sandbox was not found (build it, or pass --sandbox PATH): working offline."), 30000);
        } else {
            sandbox.start(program, {QStringLiteral("--seed"), QString::number(options.demoDossiers),
                                    QStringLiteral("--seed-provinces"), QStringLiteral("01")});
        }
    }
    // A session ending (SIGTERM) closes the app as quitting does: the demonstration's database and its
    // sandbox are removed, the database closed.
    TerminationSignals::quitOnThem(app);
    const int rc = QApplication::exec();
    sandbox.stop();
    return rc;
}

} // namespace btxh::app
