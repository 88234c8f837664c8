// SPDX-License-Identifier: GPL-3.0-or-later
// On a small office screen: 1280×720 less a 40-pixel taskbar. The main window and every dialog open within
// the screen's area (long forms scroll inside), and the main window and the forms come back where they were,
// per screen. The offscreen platform is given that screen before the application starts (see main() below).
#include "AppTestSupport.h"

#include "AboutDialog.h"
#include "ConflictDialog.h"
#include "DossierForm.h"
#include "FinalResultDialog.h"
#include "FirstRunWizard.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "StepDialog.h"
#include "Translations.h"
#include "WindowFit.h"

#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QUndoStack>

using namespace btxh;
using namespace btxh::app;
using namespace btxh::app::test;

namespace {

constexpr int ScreenWidth = 1280;
constexpr int ScreenHeight = 720 - 40; // the taskbar takes the bottom 40 pixels

} // namespace

class TestScreenFit : public QObject {
    Q_OBJECT

    QString m_error;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;

    // The window as shown, fitted: within the screen's available area, its frame included.
    static void verifyFits(QWidget *window) {
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const QRect area = window->screen()->availableGeometry();
        const QString what = window->objectName() + QStringLiteral(" %1×%2 at %3,%4 on %5×%6")
                                                        .arg(window->width())
                                                        .arg(window->height())
                                                        .arg(window->x())
                                                        .arg(window->y())
                                                        .arg(area.width())
                                                        .arg(area.height());
        QVERIFY2(window->width() + 16 <= area.width() && window->height() + 40 <= area.height(),
                 qPrintable(what));
        QVERIFY2(area.contains(window->geometry()), qPrintable(what));
        QVERIFY2(window->minimumSizeHint().height() <= area.height(), qPrintable(what));
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(Language::Vietnamese);
        QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(),
                 QSize(ScreenWidth, ScreenHeight));
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
        WindowFit::install(m_settings.get());
    }

    void mainWindow_firstStartFitsTheScreen() {
        m_settings->clear();
        TestOffice office;
        MainWindow window(office.services);
        verifyFits(&window);
    }

    void dossierForm_fitsAndItsFieldsScroll() {
        TestOffice office;
        std::unique_ptr<DossierForm> form(DossierForm::createNew(office.services, nullptr, &m_error));
        verifyFits(form.get());
        auto *area = form->findChild<QScrollArea *>(QStringLiteral("sectionsArea"));
        QVERIFY(area->verticalScrollBar()->maximum() > 0); // the sections are longer than the screen
        form->undoStack()->setClean();
    }

    void settingsDialog_fits() {
        TestOffice office;
        SettingsDialog dialog(office.services);
        verifyFits(&dialog);
    }

    void stepDialog_fits() {
        TestOffice office;
        const QString code = QStringLiteral("000.00.01.G07-241126-0001");
        ChangeSet changes;
        changes.local << ChangeSet::LocalDossier{
            validDossier(code, QStringLiteral("Hà Văn Tú"), QDateTime(QDate(2024, 11, 26), QTime(9, 0))), {}};
        QVERIFY(office.store->apply(changes));
        StepDialog dialog(office.services, code,
                          StepDialog::suggestion(office.services, code, QStringLiteral("2"), QString()));
        verifyFits(&dialog);
    }

    void finalResultDialog_fits() {
        TestOffice office;
        FinalResultDialog dialog(office.services, validDossier(QStringLiteral("000.00.01.G07-241126-0002"),
                                                               QStringLiteral("Hà Văn Tú"),
                                                               QDateTime(QDate(2024, 11, 26), QTime(9, 0))));
        verifyFits(&dialog);
    }

    void conflictDialog_fits() {
        TestOffice office;
        const QString code = QStringLiteral("000.00.01.G07-241126-0003");
        ChangeSet changes;
        changes.local << ChangeSet::LocalDossier{
            validDossier(code, QStringLiteral("Hà Văn Tú"), QDateTime(QDate(2024, 11, 26), QTime(9, 0))), {}};
        QVERIFY(office.store->apply(changes));
        ConflictDialog dialog(office.services, code);
        verifyFits(&dialog);
    }

    void firstRunWizard_fits() {
        TestOffice office;
        QSettings answers(m_dir->filePath(QStringLiteral("answers.ini")), QSettings::IniFormat);
        FirstRunWizard wizard(office.services, answers);
        verifyFits(&wizard);
    }

    void aboutDialog_fits() {
        TestOffice office;
        AboutDialog dialog(office.store.get());
        verifyFits(&dialog);
    }

    void messageBox_fits() {
        QMessageBox box(QMessageBox::Warning, QStringLiteral("Không lưu được"),
                        QStringLiteral("Một dòng rất dài. ").repeated(200), QMessageBox::Ok);
        box.setObjectName(QStringLiteral("longMessage"));
        verifyFits(&box);
        // All of the text can still be read: it scrolls rather than being cut off.
        auto *label = box.findChild<QLabel *>(QStringLiteral("qt_msgbox_label"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("Một dòng rất dài. ").repeated(200));
        QVERIFY(label->height() >= label->heightForWidth(label->width()));
        QVERIFY(box.findChild<QScrollArea *>()->isAncestorOf(label));
    }

    // Moved and resized, closed, opened again: where it was, on this screen (the key names the screen).
    // setGeometry() places the client area; pos() is the frame's corner, the window manager's border outside
    // it: both must come back as they were.
    void mainWindow_comesBackWhereItWasOnThisScreen() {
        m_settings->clear();
        TestOffice office;
        const QRect placed(60, 50, 1150, 560); // wider than the window's minimum (1085 here)
        QRect frame;
        {
            MainWindow window(office.services);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.setGeometry(placed);
            QCOMPARE(window.geometry(), placed);
            frame = window.frameGeometry();
            window.close();
        }
        MainWindow again(office.services);
        const QString key = WindowFit::key(&again, QGuiApplication::primaryScreen());
        QVERIFY2(key.contains(QStringLiteral("office-1280x680")), qPrintable(key));
        QVERIFY2(m_settings->contains(key), qPrintable(m_settings->allKeys().join(u' ')));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.geometry(), placed);
        QCOMPARE(again.frameGeometry(), frame);
        QCOMPARE(again.pos(), frame.topLeft());
    }
};

// The offscreen platform's screen is set by a configuration file named when the platform is chosen, before
// QApplication exists: 1280×720 wide, with the taskbar's 40 pixels taken from its height.
int main(int argc, char *argv[]) {
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    {
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly))
            return 2;
        f.write(QStringLiteral("{\"screens\": [{\"name\": \"office\", \"x\": 0, \"y\": 0, \"width\": %1, "
                               "\"height\": %2, \"logicalDpi\": 96, \"logicalBaseDpi\": 96, \"dpr\": 1}]}")
                    .arg(ScreenWidth)
                    .arg(ScreenHeight)
                    .toUtf8());
    }
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + config.toLocal8Bit());
    QApplication app(argc, argv);
    TestScreenFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenfit.moc"
