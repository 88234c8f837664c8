// SPDX-License-Identifier: GPL-3.0-or-later
// On a small office screen: 1280×720 less a 40-pixel taskbar. The main window and every dialog open within
// the screen's area (long forms scroll inside), and the main window and the forms come back where they were,
// per screen. With the system font half as large again no label or button is cut short, and every input has
// a name a screen reader says. The offscreen platform is given that screen before the application starts (see
// main() below).
#include "AppTestSupport.h"

#include "AboutDialog.h"
#include "ConflictDialog.h"
#include "DashboardDialog.h"
#include "DossierForm.h"
#include "FinalResultDialog.h"
#include "FirstRunWizard.h"
#include "MainWindow.h"
#include "PrintActions.h"
#include "SettingsDialog.h"
#include "SheetPreviewDialog.h"
#include "StaleEditDialog.h"
#include "StepDialog.h"
#include "Translations.h"
#include "WindowFit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTextEdit>
#include <QUndoStack>

using namespace btxh;
using namespace btxh::app;
using namespace btxh::app::test;

namespace {

constexpr int ScreenWidth = 1280;
constexpr int ScreenHeight = 720 - 40; // the taskbar takes the bottom 40 pixels

QString describe(const QWidget *w) {
    return QStringLiteral("%1 %2 \"%3\"")
        .arg(QLatin1StringView(w->metaObject()->className()), w->objectName(),
             w->property("text").toString().left(40));
}

// The text a label or button shows does not fit the room its layout gave it.
QString clipped(const QWidget *w) {
    const QSize room = w->size();
    if (const auto *label = qobject_cast<const QLabel *>(w)) {
        if (label->text().isEmpty() || !label->pixmap().isNull())
            return {};
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(room.width());
            return needed > room.height() ? QStringLiteral("%1 high, needs %2").arg(room.height()).arg(needed)
                                          : QString();
        }
    } else if (!qobject_cast<const QAbstractButton *>(w)) {
        return {};
    }
    const QSize needed = w->minimumSizeHint().isValid() ? w->minimumSizeHint() : w->sizeHint();
    if (needed.width() <= room.width() && needed.height() <= room.height())
        return {};
    return QStringLiteral("%1×%2, needs %3×%4")
        .arg(room.width())
        .arg(room.height())
        .arg(needed.width())
        .arg(needed.height());
}

// What an officer types into or chooses from; the line edit inside a picker or spin box is the picker's.
bool isInput(const QWidget *w) {
    if (qobject_cast<const QLineEdit *>(w))
        return !qobject_cast<const QComboBox *>(w->parentWidget()) &&
               !qobject_cast<const QAbstractSpinBox *>(w->parentWidget()) &&
               !static_cast<const QLineEdit *>(w)->isReadOnly();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(w))
        return !text->isReadOnly();
    if (const auto *text = qobject_cast<const QTextEdit *>(w))
        return !text->isReadOnly();
    return qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w);
}

// Its own accessible name, else the text of the label that labels it (a label's buddy): what Orca reads. Not
// QAccessibleInterface::text(Name) alone: on Linux a picker answers that with its current value.
QString spokenName(QWidget *w) {
    if (!w->accessibleName().trimmed().isEmpty())
        return w->accessibleName().trimmed();
    QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
    if (!a)
        return {};
    for (const auto &[label, relation] : a->relations(QAccessible::Label))
        if (label && !label->text(QAccessible::Name).trimmed().isEmpty())
            return label->text(QAccessible::Name).trimmed();
    return {};
}

bool insideItemView(const QWidget *w, const QWidget *window) {
    for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget())
        if (qobject_cast<const QAbstractItemView *>(p))
            return true;
    return false;
}

// Every window of the app, opened over one office: the main window, the forms and every dialog.
struct Windows {
    TestOffice office;
    SheetImport sheet;
    std::unique_ptr<MainWindow> main;
    QSettings answers;
    const QString code = QStringLiteral("000.00.01.G07-241126-0001");

    explicit Windows(const QString &answersPath)
        : answers(answersPath, QSettings::IniFormat) {
        ChangeSet changes;
        changes.local << ChangeSet::LocalDossier{
            validDossier(code, QStringLiteral("Hà Văn Tú"), QDateTime(QDate(2024, 11, 26), QTime(9, 0))), {}};
        QVERIFY(office.store->apply(changes));
    }

    static QStringList names() {
        return {QStringLiteral("main window"),   QStringLiteral("dossier form"),
                QStringLiteral("settings"),      QStringLiteral("processing step"),
                QStringLiteral("final result"),  QStringLiteral("conflict"),
                QStringLiteral("first run"),     QStringLiteral("about"),
                QStringLiteral("reports"),       QStringLiteral("sheet import preview"),
                QStringLiteral("print preview"), QStringLiteral("stale edit")};
    }

    // The window named, owned by the caller (the print preview deletes itself when closed).
    QWidget *open(const QString &name) {
        const AppServices &s = office.services;
        const QDateTime received(QDate(2024, 11, 26), QTime(9, 0));
        if (name == u"main window")
            return new MainWindow(s);
        if (name == u"dossier form") {
            QString error;
            return DossierForm::createNew(s, nullptr, &error);
        }
        if (name == u"settings")
            return new SettingsDialog(s);
        if (name == u"processing step")
            return new StepDialog(s, code, StepDialog::suggestion(s, code, QStringLiteral("2"), QString()));
        if (name == u"final result")
            return new FinalResultDialog(s, validDossier(code, QStringLiteral("Hà Văn Tú"), received));
        if (name == u"conflict")
            return new ConflictDialog(s, code);
        if (name == u"stale edit")
            return new StaleEditDialog(
                s, validDossier(code, QStringLiteral("Hà Văn Tư"), received),
                QStringLiteral("The dossier %1 was changed by canbo.khac at 09:00.").arg(code));
        if (name == u"first run")
            return new FirstRunWizard(s, answers);
        if (name == u"about")
            return new AboutDialog(office.store.get());
        if (name == u"reports")
            return new DashboardDialog(s);
        if (name == u"sheet import preview")
            return new SheetPreviewDialog(sheet, QStringLiteral("ho-so.xlsx"));
        if (name == u"print preview") {
            main = std::make_unique<MainWindow>(s);
            auto *print = main->findChild<PrintActions *>();
            return print ? print->preview(PrintActions::Kind::Receipt, PrintActions::Paper::A4, code)
                         : nullptr;
        }
        return nullptr;
    }

    // Closes and deletes a window of open().
    static void close(QWidget *window) {
        if (auto *form = qobject_cast<DossierForm *>(window))
            form->undoStack()->setClean();
        QPointer<QWidget> guard(window);
        window->close();
        if (guard && !guard->testAttribute(Qt::WA_DeleteOnClose))
            delete guard.data();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
};

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

    void everyWindow_fits_data() {
        QTest::addColumn<QString>("name");
        for (const QString &name : Windows::names())
            QTest::newRow(qPrintable(name)) << name;
    }
    // Each window at 1280×720: within the screen's area, long contents scrolling inside.
    void everyWindow_fits() {
        QFETCH(QString, name);
        Windows windows(m_dir->filePath(QStringLiteral("answers.ini")));
        QWidget *window = windows.open(name);
        QVERIFY(window);
        verifyFits(window);
        Windows::close(window);
    }

    void everyWindow_largerSystemFont_textIsNotClipped_data() { everyWindow_fits_data(); }
    // An officer who sets the system font half as large again: every window still fits the screen (forms
    // scroll), and no label or button is cut short of its text.
    void everyWindow_largerSystemFont_textIsNotClipped() {
        QFETCH(QString, name);
        const QFont normal = QApplication::font();
        QFont larger = normal;
        larger.setPointSizeF(normal.pointSizeF() * 1.5);
        QApplication::setFont(larger);
        const auto restore = qScopeGuard([&normal] { QApplication::setFont(normal); });
        Windows windows(m_dir->filePath(QStringLiteral("answers.ini")));
        QWidget *window = windows.open(name);
        QVERIFY(window);
        QCOMPARE(window->font().pointSizeF(), larger.pointSizeF());
        verifyFits(window);
        QTest::qWait(0); // the layouts settle
        QStringList cut;
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(window) || w->window() != window || insideItemView(w, window))
                continue;
            if (const QString why = clipped(w); !why.isEmpty())
                cut << describe(w) + QStringLiteral(": ") + why;
        }
        Windows::close(window);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
    }

    void everyWindow_everyInputHasANameAScreenReaderReads_data() { everyWindow_fits_data(); }
    // What a screen reader says on entering each input: its own accessible name, or its label's text; a
    // required one says so ("Họ và tên, bắt buộc").
    void everyWindow_everyInputHasANameAScreenReaderReads() {
        QFETCH(QString, name);
        Windows windows(m_dir->filePath(QStringLiteral("answers.ini")));
        QWidget *window = windows.open(name);
        QVERIFY(window);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QStringList nameless;
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!isInput(w) || insideItemView(w, window) || w->window() != window)
                continue;
            const QString spoken = spokenName(w);
            if (spoken.isEmpty())
                nameless << describe(w);
            // A label marked with "*" is a required field: the name says so.
            for (const QLabel *l : window->findChildren<QLabel *>())
                if (l->buddy() == w && l->text().trimmed().endsWith(u'*') &&
                    !spoken.contains(QStringLiteral("bắt buộc")))
                    nameless << describe(w) + QStringLiteral(" (required, not said: \"%1\")").arg(spoken);
        }
        Windows::close(window);
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(u'\n')));
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
