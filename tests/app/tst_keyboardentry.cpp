// SPDX-License-Identifier: GPL-3.0-or-later
// At the desk without a mouse: a dossier created, filled, checked, saved and queued with the keyboard alone,
// the pickers chosen with arrows and Return (Escape leaving them), dates typed in the shapes officers type
// them, Return never closing the form, every command's shortcut shown, and what a screen reader says of a
// field.
#include "AppTestSupport.h"

#include "CaseListModel.h"
#include "CodeComboBox.h"
#include "DossierForm.h"
#include "FieldEditor.h"
#include "FormSections.h"
#include "MainWindow.h"
#include "RecordListEditor.h"
#include "StoredDossier.h"
#include "Translations.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QTableWidget>
#include <QToolBar>
#include <QUndoStack>

using namespace btxh;
using namespace btxh::app;
using namespace btxh::app::test;

namespace {

// Where a key goes on a real desktop: the open list of a picker, else the focused widget.
QWidget *keyTarget() {
    if (QWidget *popup = QApplication::activePopupWidget())
        return popup;
    return QApplication::focusWidget();
}

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QWidget *target = keyTarget();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void typeKeys(const QString &text) {
    for (const QChar c : text) {
        QWidget *target = keyTarget();
        QVERIFY2(target, "nothing has the keyboard focus");
        QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

QString focusedField() {
    QWidget *w = QApplication::focusWidget();
    while (w && !w->objectName().startsWith(u"field_"))
        w = w->parentWidget();
    return w ? w->objectName().mid(6) : QString();
}

int sectionOfField(const QString &wireName) {
    const int id = FieldTable::dossier().indexOf(wireName);
    for (const FormSections::Group &g : FormSections::dossier())
        if (g.fields.contains(id))
            return int(g.section);
    return -1;
}

} // namespace

class TestKeyboardEntry : public QObject {
    Q_OBJECT

    QString m_error;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(Language::Vietnamese);
    }

    // The whole job, keys only: Ctrl+N, the fields in the order Tab reaches them (following the sections),
    // filtered lists chosen with Down and Return, a date typed as digits, a submitted document added with its
    // shortcut, Ctrl+S, the check, Ctrl+Return to queue, Ctrl+P for the receipt, Escape to close.
    void newDossier_keysOnly_createsFillsSavesAndQueues() {
        TestOffice office;
        MainWindow window(office.services);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        auto *form = window.findChild<DossierForm *>();
        QVERIFY2(form, "Ctrl+N opened no form");
        // Not qWaitForWindowActive(form): Qt counts a window whose transient parent is active as active, so
        // it returns at once, before the form has the keyboard.
        QTRY_COMPARE(QApplication::activeWindow(), form);
        const QString code = form->code();
        QVERIFY(!focusedField().isEmpty()); // the form opens in its first field

        QStringList visited;
        int section = -1;
        for (int guard = 0; guard < 80; ++guard) {
            const QString field = focusedField();
            if (field.isEmpty())
                break; // past the last field: the buttons
            QVERIFY2(!visited.contains(field), qPrintable(field + QStringLiteral(" reached twice")));
            visited << field;
            const int s = sectionOfField(field);
            QVERIFY2(s >= section, qPrintable(field + QStringLiteral(" is out of its section's order")));
            section = s;
            bool returnMoves = false;
            if (field == u"MaTTHC") {
                typeKeys(QStringLiteral("mai tang cho doi tuong"));
                press(Qt::Key_Down);
                press(Qt::Key_Return);
            } else if (field == u"DanTocId") {
                typeKeys(QStringLiteral("thai"));
                press(Qt::Key_Down);
                press(Qt::Key_Return);
                QCOMPARE(form->editor(DossierField::DanTocId)->combo()->currentText(),
                         QStringLiteral("Thái"));
            } else if (field == u"HoVaTen") {
                typeKeys(QStringLiteral("Nguyễn Thị Hoà"));
                returnMoves = true;
            } else if (field == u"NgayThangNamSinh") {
                typeKeys(QStringLiteral("12051985"));
                returnMoves = true;
            } else if (field == u"CMND" || field == u"SoDinhDanh") {
                typeKeys(QStringLiteral("001185012345"));
                returnMoves = true;
            } else if (field == u"GioiTinhId") {
                press(Qt::Key_Down);
                press(Qt::Key_Down); // (none), Nam, Nữ
                QCOMPARE(form->editor(DossierField::GioiTinhId)->combo()->currentText(),
                         QStringLiteral("Nữ"));
            } else if (field == u"NoiNopHoSo") {
                press(Qt::Key_Down);
                QVERIFY(!form->editor(DossierField::NoiNopHoSo)->value().isEmpty());
            }
            if (returnMoves) {
                press(Qt::Key_Return); // Return moves on, as on paper; the form stays open
                QVERIFY(form->isVisible());
                QVERIFY2(focusedField() != field,
                         qPrintable(field + QStringLiteral(": Return did not move on")));
            } else {
                press(Qt::Key_Tab);
            }
        }
        for (const char *f : {"MaTTHC", "DanTocId", "HoVaTen", "NgayThangNamSinh", "GioiTinhId", "CMND",
                              "SoDinhDanh", "NoiNopHoSo"})
            QVERIFY2(visited.contains(QLatin1StringView(f)), f);
        QCOMPARE(form->editor(DossierField::NgayThangNamSinh)->value(), QStringLiteral("12/05/1985"));
        QCOMPARE(form->editor(DossierField::MaTTHC)->value(), QStringLiteral("1.001731")); // mai táng
        QCOMPARE(form->editor(DossierField::HoVaTen)->value(), QStringLiteral("Nguyễn Thị Hoà"));

        // A submitted document: its shortcut opens the list with a new row being edited.
        press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        typeKeys(QStringLiteral("Tờ khai.pdf"));
        press(Qt::Key_Return);
        QCOMPARE(form->documents()->records().size(), 1);

        // Check: no problem left, then save (a draft first), then queue.
        QVERIFY2(!form->hasErrors(),
                 qPrintable(form->problems().value(0).field + u' ' + form->problems().value(0).message));
        press(Qt::Key_S, Qt::ControlModifier);
        StoreResult<StoredDossier> stored = office.store->dossier(code);
        QVERIFY(stored);
        QCOMPARE(stored->syncState, SyncState::Draft);
        press(Qt::Key_Return, Qt::ControlModifier);
        stored = office.store->dossier(code);
        QCOMPARE(stored->syncState, SyncState::Ready);
        QCOMPARE(office.store->outbox().entriesOf(code)->size(), 1);
        QCOMPARE(stored->dossier.value(DossierField::DanTocId), QStringLiteral("3")); // Thái, GSO code
        QCOMPARE(stored->dossier.value(DossierField::NgayThangNamSinh), QStringLiteral("12/05/1985"));

        // The applicant's receipt by its shortcut; closing its preview leaves the form at the keyboard.
        press(Qt::Key_P, Qt::ControlModifier);
        QPrintPreviewDialog *preview = nullptr;
        QTRY_VERIFY((preview = form->findChild<QPrintPreviewDialog *>(QStringLiteral("printPreview"))));
        QVERIFY(preview->windowTitle().contains(code));
        preview->close();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(form));

        QPointer<DossierForm> guard(form);
        press(Qt::Key_Escape);
        QTRY_VERIFY(!guard || !guard->isVisible());
    }

    void picker_arrowAndReturnChooseTheHighlightedMatch() {
        TestOffice office;
        std::unique_ptr<DossierForm> form(DossierForm::createNew(office.services, nullptr, &m_error));
        form->show();
        QVERIFY(QTest::qWaitForWindowActive(form.get()));
        CodeComboBox *ethnicity = form->editor(DossierField::DanTocId)->combo();
        ethnicity->setFocus();
        typeKeys(QStringLiteral("t"));
        QVERIFY(QApplication::activePopupWidget());
        press(Qt::Key_Down);
        press(Qt::Key_Down); // the second match
        const QString highlighted = ethnicity->filterCompleter()->popup()->currentIndex().data().toString();
        press(Qt::Key_Return);
        QVERIFY(!highlighted.isEmpty());
        QCOMPARE(ethnicity->currentText(), highlighted);
        QCOMPARE(ethnicity->lineEdit()->text(), highlighted);
    }

    void picker_escapeLeavesTheChoiceUnchanged() {
        TestOffice office;
        std::unique_ptr<DossierForm> form(DossierForm::createNew(office.services, nullptr, &m_error));
        form->show();
        QVERIFY(QTest::qWaitForWindowActive(form.get()));
        CodeComboBox *ethnicity = form->editor(DossierField::DanTocId)->combo();
        ethnicity->setFocus();
        typeKeys(QStringLiteral("kinh"));
        press(Qt::Key_Return);
        QCOMPARE(ethnicity->currentText(), QStringLiteral("Kinh"));
        ethnicity->lineEdit()->selectAll();
        typeKeys(QStringLiteral("thai"));
        press(Qt::Key_Down);
        press(Qt::Key_Escape);
        QCOMPARE(ethnicity->currentText(), QStringLiteral("Kinh"));
        QCOMPARE(ethnicity->lineEdit()->text(), QStringLiteral("Kinh"));
        QVERIFY(form->isVisible()); // the Escape was the list's, not the form's
        QTest::keyClick(ethnicity, Qt::Key_Tab);
        QCOMPARE(form->editor(DossierField::DanTocId)->value(), QStringLiteral("1"));
    }

    // "(chưa chọn)" is what an empty picker says, not text: typing replaces it, and Return picks the match.
    void picker_noneIsAPlaceholderNotText() {
        TestOffice office;
        std::unique_ptr<DossierForm> form(DossierForm::createNew(office.services, nullptr, &m_error));
        form->show();
        QVERIFY(QTest::qWaitForWindowActive(form.get()));
        CodeComboBox *ethnicity = form->editor(DossierField::DanTocId)->combo();
        QCOMPARE(ethnicity->currentCode(), QString());
        QCOMPARE(ethnicity->lineEdit()->text(), QString());
        QVERIFY2(ethnicity->lineEdit()->placeholderText().contains(QStringLiteral("(chưa chọn)")),
                 qPrintable(ethnicity->lineEdit()->placeholderText()));
        ethnicity->setFocus();
        ethnicity->lineEdit()->setCursorPosition(0);
        typeKeys(QStringLiteral("dao"));
        press(Qt::Key_Return);
        QCOMPARE(ethnicity->currentText(), QStringLiteral("Dao"));
    }

    void dateField_acceptsTheShapesOfficersType_data() {
        QTest::addColumn<QString>("typed");
        QTest::newRow("digits") << QStringLiteral("12051985");
        QTest::newRow("slashes, short month") << QStringLiteral("12/5/1985");
        QTest::newRow("dashes") << QStringLiteral("12-05-1985");
        QTest::newRow("dots") << QStringLiteral("12.05.1985");
        QTest::newRow("as shown") << QStringLiteral("12/05/1985");
    }
    void dateField_acceptsTheShapesOfficersType() {
        QFETCH(QString, typed);
        TestOffice office;
        std::unique_ptr<DossierForm> form(DossierForm::createNew(office.services, nullptr, &m_error));
        form->show();
        QVERIFY(QTest::qWaitForWindowActive(form.get()));
        auto *birth = qobject_cast<QLineEdit *>(form->editor(DossierField::NgayThangNamSinh)->editor());
        birth->setFocus();
        typeKeys(typed);
        press(Qt::Key_Tab);
        QCOMPARE(birth->text(), QStringLiteral("12/05/1985"));
        QCOMPARE(form->currentDossier().value(DossierField::NgayThangNamSinh), QStringLiteral("12/05/1985"));
        const QString problem = form->editor(DossierField::NgayThangNamSinh)->problemLabel()->text();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void dateField_refusesADayTheMonthHasNot() {
        TestOffice office;
        std::unique_ptr<DossierForm> form(DossierForm::createNew(office.services, nullptr, &m_error));
        form->show();
        QVERIFY(QTest::qWaitForWindowActive(form.get()));
        typeText(form->editor(DossierField::HoVaTen)->editor(), QStringLiteral("Lò Thị Ánh"));
        auto *birth = qobject_cast<QLineEdit *>(form->editor(DossierField::NgayThangNamSinh)->editor());
        birth->setFocus();
        typeKeys(QStringLiteral("31/02/2024"));
        press(Qt::Key_Tab);
        QCOMPARE(birth->text(), QStringLiteral("31/02/2024")); // kept as typed, to be corrected
        const QString problem = form->editor(DossierField::NgayThangNamSinh)->problemLabel()->text();
        QVERIFY2(problem.contains(QStringLiteral("31/02/2024")) && problem.contains(QStringLiteral("29")),
                 qPrintable(problem));
        QVERIFY(form->hasErrors());
        // A draft keeps what was typed, the bad date included.
        QVERIFY(form->saveDraft());
        QCOMPARE(office.store->dossier(form->code())->dossier.value(DossierField::HoVaTen),
                 QStringLiteral("Lò Thị Ánh"));
        QCOMPARE(office.store->dossier(form->code())->dossier.value(DossierField::NgayThangNamSinh),
                 QStringLiteral("31/02/2024"));
    }

    // The gateway sends some dates with a time: a date field shows the date.
    void dateField_showsNoTimeFromTheGateway() {
        TestOffice office;
        Dossier d = validDossier(QStringLiteral("000.00.01.G07-241126-0001"), QStringLiteral("Hà Văn Tú"),
                                 QDateTime(QDate(2024, 11, 26), QTime(9, 0)));
        d.setValue(DossierField::NgayThangNamSinh, QStringLiteral("12/05/1985 00:00:00"));
        d.setValue(DossierField::CMND_NgayCap, QStringLiteral("2015-03-02 00:00:00"));
        DossierForm form(office.services, d, false, true);
        auto text = [&form](DossierField f) {
            return qobject_cast<QLineEdit *>(form.editor(f)->editor())->text();
        };
        QCOMPARE(text(DossierField::NgayThangNamSinh), QStringLiteral("12/05/1985"));
        QCOMPARE(text(DossierField::CMND_NgayCap), QStringLiteral("02/03/2015"));
        QVERIFY(!form.isDirty());
    }

    void inputs_haveNamesAScreenReaderReads() {
        TestOffice office;
        std::unique_ptr<DossierForm> form(DossierForm::createNew(office.services, nullptr, &m_error));
        QCOMPARE(form->editor(DossierField::HoVaTen)->editor()->accessibleName(),
                 QStringLiteral("Họ và tên, bắt buộc"));
        for (const FieldSpec &spec : FieldTable::dossier().fields()) {
            const FieldEditor *e = form->editor(DossierField(spec.id));
            if (!e)
                continue;
            QVERIFY2(e->editor()->accessibleName().startsWith(spec.label()), qPrintable(spec.wireName));
        }
    }

    void undoAndRedo_readInVietnamese() {
        TestOffice office;
        std::unique_ptr<DossierForm> form(DossierForm::createNew(office.services, nullptr, &m_error));
        form->show();
        QVERIFY(QTest::qWaitForWindowActive(form.get()));
        typeText(form->editor(DossierField::HoVaTen)->editor(), QStringLiteral("An"));
        auto *undo = form->findChild<QAction *>(QStringLiteral("undoAction"));
        QVERIFY(undo->text().startsWith(QStringLiteral("Hoàn tác")));
        QVERIFY2(!undo->text().contains(QStringLiteral("Undo")), qPrintable(undo->text()));
        QVERIFY(undo->toolTip().contains(QStringLiteral("Ctrl+Z")));
        undo->trigger();
        auto *redo = form->findChild<QAction *>(QStringLiteral("redoAction"));
        QVERIFY2(redo->text().startsWith(QStringLiteral("Làm lại")), qPrintable(redo->text()));
        form->undoStack()->setClean();
    }

    // Every command of the menus has a shortcut, shown in the menu and in its tooltip; every menu a mnemonic.
    void everyCommand_hasItsShortcutShown() {
        TestOffice office;
        MainWindow window(office.services);
        for (QAction *menuAction : window.menuBar()->actions()) {
            QVERIFY2(menuAction->text().contains(u'&'), qPrintable(menuAction->text()));
            QMenu *menu = menuAction->menu();
            if (menu->objectName() == u"menuLanguage")
                continue; // two checkable choices, reached through the menu's mnemonic
            for (QAction *a : menu->actions()) {
                if (a->isSeparator() || a->menu() || a->objectName() == u"actionAboutQt")
                    continue;
                QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->objectName()));
                QVERIFY2(a->toolTip().contains(a->shortcut().toString(QKeySequence::NativeText)),
                         qPrintable(a->objectName() + QStringLiteral(": ") + a->toolTip()));
            }
        }
    }
};

QTEST_MAIN(TestKeyboardEntry)
#include "tst_keyboardentry.moc"
