// SPDX-License-Identifier: GPL-3.0-or-later
// Two officers editing one dossier: a form whose dossier another officer (another desktop on the same
// database, or btxh) saved after the form read it does not overwrite that save. Its save is refused, the
// resolution dialog compares "yours" with what is stored now, and what the officer keeps there is stored.
#include "AppTestSupport.h"

#include "DossierForm.h"
#include "FieldEditor.h"
#include "StaleEditDialog.h"
#include "StoredDossier.h"
#include "Translations.h"

#include <QCheckBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

using namespace btxh;
using namespace btxh::app;
using namespace btxh::app::test;

namespace {

const QString Code = QStringLiteral("000.00.01.G07-260302-0001");
const QDateTime Received(QDate(2026, 3, 2), QTime(8, 30), Qt::UTC);

// Runs `handle` on the resolution dialog once it is open (it is modal: scheduled before the save). Watching
// stops with `context` (the form), so that a watch whose dialog never came cannot answer another test's.
void whenResolutionOpens(QObject *context, std::function<void(StaleEditDialog *)> handle, bool *seen) {
    auto attempt = std::make_shared<std::function<void(int)>>();
    QPointer<QObject> guard(context);
    *attempt = [handle, seen, attempt, guard](int left) {
        if (auto *dialog = qobject_cast<StaleEditDialog *>(QApplication::activeModalWidget())) {
            *seen = true;
            handle(dialog);
            return;
        }
        if (left > 0 && guard)
            QTimer::singleShot(20, guard.data(), [attempt, left] { (*attempt)(left - 1); });
    };
    QTimer::singleShot(0, context, [attempt] { (*attempt)(250); });
}

QPushButton *button(QWidget *dialog, const char *name) {
    return child<QPushButton>(dialog, QString::fromLatin1(name));
}

} // namespace

class TestStaleEdit : public QObject {
    Q_OBJECT

    // One database; `office` is this desktop, `other` another officer's (a second Store on the same file).
    struct TwoDesks {
        TestOffice office;
        Store other{[] {
            Store::Options o;
            o.user = QStringLiteral("canbo.khac");
            return o;
        }()};

        TwoDesks() {
            ChangeSet c;
            c.local << ChangeSet::LocalDossier{validDossier(Code, QStringLiteral("Nguyễn Thị Hoà"), Received),
                                               {}};
            const auto made = office.store->apply(c);
            QVERIFY2(made, qPrintable(made.error().message));
            const auto opened = other.open(office.store->path());
            QVERIFY2(opened, qPrintable(opened.error().message));
        }

        // The form as the main window opens it: with the dossier it has just read.
        std::unique_ptr<DossierForm> openForm() {
            auto form = std::make_unique<DossierForm>(office.services, office.store->dossier(Code)->dossier,
                                                      false, true);
            form->show();
            return form;
        }

        // The other officer's save: the phone number, made from the version stored now.
        void otherSaves(const QString &phone) {
            const StoredDossier read = *other.dossier(Code);
            Dossier d = read.dossier;
            d.setValue(DossierField::SoDienThoai, phone);
            ChangeSet c;
            c.local << ChangeSet::LocalDossier{d, {}, read.version};
            const auto saved = other.apply(c);
            QVERIFY2(saved, qPrintable(saved.error().message));
        }

        StoredDossier stored() { return *office.store->dossier(Code); }
    };

    static QLineEdit *line(DossierForm *form, DossierField f) {
        return qobject_cast<QLineEdit *>(form->editor(f)->editor());
    }

    // This officer changes the phone (as the other did) and the address.
    static void typeMine(DossierForm *form) {
        replaceText(line(form, DossierField::SoDienThoai), QStringLiteral("0922222222"));
        replaceText(line(form, DossierField::NOHT_ChiTiet), QStringLiteral("Số 5 ngõ 12"));
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(Language::English);
    }

    void savingTwice_withNobodyElse_opensNoResolution() {
        TwoDesks desks;
        auto form = desks.openForm();
        QVERIFY(!form->baseVersion().isEmpty());
        QCOMPARE(form->baseVersion(), desks.stored().version);
        bool opened = false;
        whenResolutionOpens(
            form.get(), [](StaleEditDialog *d) { d->reject(); }, &opened);
        typeMine(form.get());
        QVERIFY(form->saveDraft());
        replaceText(line(form.get(), DossierField::Email), QStringLiteral("hoa@example.vn"));
        QVERIFY(form->saveDraft());
        QVERIFY(!opened);
        QCOMPARE(form->baseVersion(), desks.stored().version);
        QCOMPARE(desks.stored().dossier.value(DossierField::Email), QStringLiteral("hoa@example.vn"));
    }

    void anotherOfficersSave_opensTheResolution_keepAllMine_storesTheForm() {
        TwoDesks desks;
        auto form = desks.openForm();
        desks.otherSaves(QStringLiteral("0911111111"));
        typeMine(form.get());
        bool opened = false;
        QList<int> differences;
        QString header;
        whenResolutionOpens(
            form.get(),
            [&](StaleEditDialog *dialog) {
                differences = dialog->differences();
                header = child<QLabel>(dialog, QStringLiteral("conflictHeader"))->text();
                QTest::mouseClick(button(dialog, "keepLocalButton"), Qt::LeftButton);
            },
            &opened);
        QVERIFY(form->saveDraft());
        QVERIFY(opened);
        QVERIFY(differences.contains(int(DossierField::SoDienThoai)));
        QVERIFY(differences.contains(int(DossierField::NOHT_ChiTiet)));
        QVERIFY2(header.contains(QStringLiteral("canbo.khac")), qPrintable(header));
        const StoredDossier stored = desks.stored();
        QCOMPARE(stored.dossier.value(DossierField::SoDienThoai), QStringLiteral("0922222222"));
        QCOMPARE(stored.dossier.value(DossierField::NOHT_ChiTiet), QStringLiteral("Số 5 ngõ 12"));
        QCOMPARE(form->baseVersion(), stored.version);
        QVERIFY(!form->isDirty());
    }

    void takeAllStored_keepsTheOtherOfficersDossier_andTheFormShowsIt() {
        TwoDesks desks;
        auto form = desks.openForm();
        const QString addressBefore = desks.stored().dossier.value(DossierField::NOHT_ChiTiet);
        desks.otherSaves(QStringLiteral("0911111111"));
        typeMine(form.get());
        bool opened = false;
        whenResolutionOpens(
            form.get(),
            [](StaleEditDialog *dialog) {
                QTest::mouseClick(button(dialog, "takeServerButton"), Qt::LeftButton);
            },
            &opened);
        QVERIFY(form->saveDraft());
        QVERIFY(opened);
        const StoredDossier stored = desks.stored();
        QCOMPARE(stored.dossier.value(DossierField::SoDienThoai), QStringLiteral("0911111111"));
        QCOMPARE(stored.dossier.value(DossierField::NOHT_ChiTiet), addressBefore);
        QCOMPARE(line(form.get(), DossierField::SoDienThoai)->text(), QStringLiteral("0911111111"));
        QCOMPARE(form->baseVersion(), stored.version);
    }

    void oneLineFromEachSide_byKeyboard_storesTheMix() {
        TwoDesks desks;
        auto form = desks.openForm();
        desks.otherSaves(QStringLiteral("0911111111"));
        typeMine(form.get());
        bool opened = false;
        whenResolutionOpens(
            form.get(),
            [](StaleEditDialog *dialog) {
                // The phone's line: its stored side ticked with Space; then Enter applies.
                auto *table = child<QTableWidget>(dialog, QStringLiteral("comparisonTable"));
                int row = -1;
                for (int r = 0; r < table->rowCount(); ++r)
                    if (table->item(r, 0)->data(Qt::UserRole).toInt() == int(DossierField::SoDienThoai))
                        row = r;
                QVERIFY(row >= 0);
                table->setFocus();
                table->setCurrentCell(row, 2);
                QTest::keyClick(table, Qt::Key_Space);
                QVERIFY(dialog->choosesStored(int(DossierField::SoDienThoai)));
                QVERIFY(!dialog->choosesStored(int(DossierField::NOHT_ChiTiet)));
                QTest::keyClick(table, Qt::Key_Return);
            },
            &opened);
        QVERIFY(form->saveDraft());
        QVERIFY(opened);
        const StoredDossier stored = desks.stored();
        QCOMPARE(stored.dossier.value(DossierField::SoDienThoai), QStringLiteral("0911111111"));
        QCOMPARE(stored.dossier.value(DossierField::NOHT_ChiTiet), QStringLiteral("Số 5 ngõ 12"));
    }

    void backToTheForm_storesNothing_andLosesNothing() {
        TwoDesks desks;
        auto form = desks.openForm();
        desks.otherSaves(QStringLiteral("0911111111"));
        typeMine(form.get());
        bool opened = false;
        whenResolutionOpens(
            form.get(), [](StaleEditDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); }, &opened);
        QVERIFY(!form->saveDraft());
        QVERIFY(opened);
        QCOMPARE(desks.stored().dossier.value(DossierField::SoDienThoai), QStringLiteral("0911111111"));
        QVERIFY(form->isDirty());
        QCOMPARE(line(form.get(), DossierField::SoDienThoai)->text(), QStringLiteral("0922222222"));
        QCOMPARE(line(form.get(), DossierField::NOHT_ChiTiet)->text(), QStringLiteral("Số 5 ngõ 12"));
        form->undoStack()->setClean();
    }

    void aSaveWhileTheDialogIsOpen_isCaughtByTheSecondCheck() {
        TwoDesks desks;
        auto form = desks.openForm();
        desks.otherSaves(QStringLiteral("0911111111"));
        typeMine(form.get());
        bool first = false, second = false;
        QString secondStored;
        whenResolutionOpens(
            form.get(),
            [&](StaleEditDialog *dialog) {
                // The other officer saves again while this one decides: the choice is refused in its turn.
                desks.otherSaves(QStringLiteral("0933333333"));
                whenResolutionOpens(
                    form.get(),
                    [&](StaleEditDialog *again) {
                        secondStored = again->stored().value(DossierField::SoDienThoai);
                        QTest::mouseClick(button(again, "keepLocalButton"), Qt::LeftButton);
                    },
                    &second);
                QTest::mouseClick(button(dialog, "keepLocalButton"), Qt::LeftButton);
            },
            &first);
        QVERIFY(form->saveDraft());
        QVERIFY(first);
        QVERIFY(second);
        QCOMPARE(secondStored, QStringLiteral("0933333333"));
        QCOMPARE(desks.stored().dossier.value(DossierField::SoDienThoai), QStringLiteral("0922222222"));
    }

    void aSaveBetweenTheReadAndTheFormOpening_isNotOverwrittenEither() {
        TwoDesks desks;
        const Dossier readByTheList = desks.stored().dossier;
        desks.otherSaves(QStringLiteral("0911111111"));
        DossierForm form(desks.office.services, readByTheList, false, true);
        form.show();
        replaceText(line(&form, DossierField::NOHT_ChiTiet), QStringLiteral("Số 5 ngõ 12"));
        bool opened = false;
        whenResolutionOpens(
            &form, [](StaleEditDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); }, &opened);
        QVERIFY(!form.saveDraft());
        QVERIFY(opened);
        QCOMPARE(desks.stored().dossier.value(DossierField::SoDienThoai), QStringLiteral("0911111111"));
        form.undoStack()->setClean();
    }
};

QTEST_MAIN(TestStaleEdit)
#include "tst_staleedit.moc"
