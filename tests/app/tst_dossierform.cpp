// SPDX-License-Identifier: GPL-3.0-or-later
// The dossier form, driven by its widgets: typing, picking, validation beside each field, drafts and
// queueing, undo and redo, and never losing typed work silently.
#include "AppTestSupport.h"

#include "CodeComboBox.h"
#include "DossierCode.h"
#include "DossierCodeAllocator.h"
#include "DossierForm.h"
#include "FieldEditor.h"
#include "FormSections.h"
#include "RecordListEditor.h"
#include "StoredDossier.h"
#include "Translations.h"

#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>

using namespace btxh;
using namespace btxh::app;
using namespace btxh::app::test;

class TestDossierForm : public QObject {
    Q_OBJECT

private:
    static QLineEdit *line(DossierForm *form, DossierField f) {
        return qobject_cast<QLineEdit *>(form->editor(f)->editor());
    }
    static CodeComboBox *combo(DossierForm *form, DossierField f) { return form->editor(f)->combo(); }
    static QString problemText(DossierForm *form, DossierField f) {
        return form
            ->findChild<QLabel *>(QStringLiteral("problem_") + FieldTable::dossier().at(int(f)).wireName)
            ->text();
    }
    // Fills what the template leaves to the officer, by typing and picking.
    static void fillApplicant(DossierForm *form) {
        pick(combo(form, DossierField::MaTTHC), QStringLiteral("mai tang cho doi tuong"));
        typeText(line(form, DossierField::HoVaTen), QStringLiteral("Nguyễn Thị Hoà"));
        typeText(line(form, DossierField::NgayThangNamSinh), QStringLiteral("12/05/1985"));
        pick(combo(form, DossierField::GioiTinhId), QStringLiteral("Nữ"));
        typeText(line(form, DossierField::CMND), QStringLiteral("001185012345"));
        typeText(line(form, DossierField::SoDinhDanh), QStringLiteral("001185012345"));
        pick(combo(form, DossierField::NoiNopHoSo), QStringLiteral("BNĐP"));
        form->findChild<QTabWidget *>(QStringLiteral("formTabs"))->setCurrentIndex(1);
        QTest::mouseClick(form->findChild<QToolButton *>(QStringLiteral("documentsAddButton")),
                          Qt::LeftButton);
        QTableWidget *docs = form->findChild<QTableWidget *>(QStringLiteral("documentsTable"));
        docs->item(0, int(DocumentField::TenTepDinhKem))->setText(QStringLiteral("Tờ khai.pdf"));
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(Language::Vietnamese);
    }

    void sectionsComeFromTheFieldTable() {
        // Every field but the XML one is in exactly one section, in the table's order within it.
        QSet<int> seen;
        for (const FormSections::Group &g : FormSections::dossier())
            for (int f : g.fields) {
                QVERIFY2(!seen.contains(f), qPrintable(FieldTable::dossier().at(f).wireName));
                seen.insert(f);
            }
        QCOMPARE(seen.size(), FieldTable::dossier().size() - 1);
        QVERIFY(!seen.contains(int(DossierField::CertificateExtentData)));
        for (const FormSections::Group &g : FormSections::dossier())
            for (int f : g.fields)
                QCOMPARE(FieldTable::dossier().at(f).section, g.section);
        QCOMPARE(FieldTable::dossier().at(int(DossierField::HKTT_ChiTiet)).section,
                 FormSection::PermanentResidence);
        QCOMPARE(FieldTable::dossier().at(int(DossierField::Email)).section, FormSection::Contact);
        QCOMPARE(FieldTable::dossier().at(int(DossierField::SoDinhDanh)).section, FormSection::Identity);
    }

    void newDossierGetsACodeAndLabelsFromTheTable() {
        TestOffice office;
        QString error;
        std::unique_ptr<DossierForm> form(DossierForm::createNew(office.services, nullptr, &error));
        QVERIFY2(form, qPrintable(error));
        QVERIFY(DossierCode::isValid(form->code()));
        QVERIFY(form->code().startsWith(QStringLiteral("000.00.01.G07-")));
        // Labels come from the field table, in Vietnamese, with the required mark.
        QCOMPARE(form->findChild<QLabel *>(QStringLiteral("label_HoVaTen"))->text(),
                 QStringLiteral("Họ và tên *"));
        // Codes behind, Vietnamese names in front.
        QCOMPARE(combo(form.get(), DossierField::LoaiDoiTuong)->currentText(), QStringLiteral("Người dân"));
        QCOMPARE(combo(form.get(), DossierField::LoaiDoiTuong)->currentCode(), QStringLiteral("1"));
        // A second new dossier the same day gets the next serial.
        std::unique_ptr<DossierForm> second(DossierForm::createNew(office.services, nullptr, &error));
        QVERIFY(second);
        QCOMPARE(DossierCode::parse(second->code()).serial, DossierCode::parse(form->code()).serial + 1);
    }

    void twoDesktopsOnOneDatabase_neverHandOutTheSameCode_andSkipCodesAlreadyStored() {
        TestOffice office;
        Store other; // a second window, or btxh, on the same file
        QVERIFY(other.open(office.store->path()));
        DossierCodeAllocator here(*office.store);
        DossierCodeAllocator there(other);
        const QString agency = QStringLiteral("000.00.01.G07");
        const QDate day(2026, 3, 2);
        QString error;
        QSet<QString> codes;
        for (int i = 0; i < 5; ++i) {
            for (DossierCodeAllocator *allocator : {&here, &there}) {
                const QString code = allocator->next(agency, day, &error);
                QVERIFY2(!code.isEmpty(), qPrintable(error));
                QVERIFY2(!codes.contains(code), qPrintable(code));
                codes.insert(code);
            }
        }
        QCOMPARE(codes.size(), 10);
        // Serial 11 arrives from the gateway before this desk asks again: it is skipped.
        ChangeSet pulled;
        pulled.received.append({Dossier::socialProtection(DossierCode::make(agency, day, 11)), QByteArray()});
        QVERIFY(office.store->apply(pulled));
        QCOMPARE(there.next(agency, day, &error), DossierCode::make(agency, day, 12));
    }

    void theLastSerialOfADay_isRefusedWithAClearMessage() {
        TestOffice office;
        const QString agency = QStringLiteral("000.00.01.G07");
        const QDate day(2026, 3, 2);
        QVERIFY(office.store->settings().setValue(DossierCodeAllocator::counterKey(agency, day),
                                                  QString::number(DossierCode::MaxSerial - 1)));
        DossierCodeAllocator allocator(*office.store);
        QString error;
        QCOMPARE(allocator.next(agency, day, &error), DossierCode::make(agency, day, DossierCode::MaxSerial));
        QVERIFY(allocator.next(agency, day, &error).isEmpty());
        QVERIFY2(error.contains(QString::number(DossierCode::MaxSerial)), qPrintable(error));
    }

    void validationShowsBesideEachFieldAsTheOfficerTypes() {
        TestOffice office;
        QString error;
        std::unique_ptr<DossierForm> form(DossierForm::createNew(office.services, nullptr, &error));
        form->show();
        // Nothing is shouted at a fresh form.
        QVERIFY(problemText(form.get(), DossierField::HoVaTen).isEmpty());
        QVERIFY(!form->findChild<QPushButton *>(QStringLiteral("queueButton"))->isEnabled());

        typeText(line(form.get(), DossierField::CMND), QStringLiteral("12345"));
        QVERIFY2(problemText(form.get(), DossierField::CMND).contains(QStringLiteral("12")),
                 qPrintable(problemText(form.get(), DossierField::CMND)));
        typeText(line(form.get(), DossierField::NgayThangNamSinh), QStringLiteral("31/02/1985"));
        QVERIFY(!problemText(form.get(), DossierField::NgayThangNamSinh).isEmpty());
        typeText(line(form.get(), DossierField::Email), QStringLiteral("not-an-address"));
        QVERIFY(!problemText(form.get(), DossierField::Email).isEmpty());

        // Corrected, the messages go.
        replaceText(line(form.get(), DossierField::CMND), QStringLiteral("001185012345"));
        QVERIFY(problemText(form.get(), DossierField::CMND).isEmpty());
        replaceText(line(form.get(), DossierField::NgayThangNamSinh), QStringLiteral("12/05/1985"));
        QVERIFY(problemText(form.get(), DossierField::NgayThangNamSinh).isEmpty());
        replaceText(line(form.get(), DossierField::Email), QStringLiteral("hoa@example.vn"));
        QVERIFY(problemText(form.get(), DossierField::Email).isEmpty());
        QVERIFY(form->hasErrors()); // the rest is still missing
        answerMessageBox(QMessageBox::Discard);
        QVERIFY(form->close());
    }

    void placePickersCascadeAndFilterWithoutToneMarks() {
        TestOffice office;
        QString error;
        std::unique_ptr<DossierForm> form(DossierForm::createNew(office.services, nullptr, &error));
        form->show();
        CodeComboBox *province = combo(form.get(), DossierField::HKTT_MaTinh);
        CodeComboBox *district = combo(form.get(), DossierField::HKTT_MaHuyen);
        CodeComboBox *commune = combo(form.get(), DossierField::HKTT_MaXa);
        // A new dossier is received today: province → commune from the 2025 list, no district step.
        QVERIFY(!district->isVisible());
        QCOMPARE(commune->entryCount(), 0); // nothing to offer before a province
        pick(province, QStringLiteral("ha noi"));
        QCOMPARE(province->currentCode(), QStringLiteral("01"));
        QVERIFY(commune->entryCount() > 100);
        pick(commune, QStringLiteral("ba dinh"));
        QCOMPARE(commune->currentCode(), QStringLiteral("00004"));
        QCOMPARE(commune->currentText(), QStringLiteral("Phường Ba Đình"));
        // Names are sorted the Vietnamese way, without the "Phường"/"Xã" in front: Ba Đình before Đống Đa.
        QVERIFY(commune->findText(QStringLiteral("Phường Ba Đình")) <
                commune->findText(QStringLiteral("Phường Đống Đa")));
        // Another province clears the commune that no longer belongs to it, in one undo step.
        pick(province, QStringLiteral("bac ninh"));
        QCOMPARE(province->currentCode(), QStringLiteral("24")); // Bắc Ninh, as the 2025 list codes it
        QVERIFY(commune->currentCode().isEmpty());
        form->undoStack()->undo();
        QCOMPARE(province->currentCode(), QStringLiteral("01"));
        QCOMPARE(commune->currentCode(), QStringLiteral("00004"));
        form->undoStack()->setClean();
        form->close();
    }

    // A pre-reform draft keeps province → district → commune; the same code reads as its old unit and is
    // never changed by the switch.
    void placePickersFollowTheReceivedDate() {
        TestOffice office;
        QString error;
        std::unique_ptr<DossierForm> form(DossierForm::createNew(office.services, nullptr, &error));
        form->show();
        CodeComboBox *district = combo(form.get(), DossierField::MaHuyen);
        CodeComboBox *commune = combo(form.get(), DossierField::MaXa);
        QCOMPARE(commune->currentCode(), QStringLiteral("00004")); // the office's commune
        QCOMPARE(commune->currentText(), QStringLiteral("Phường Ba Đình"));
        QVERIFY(!district->isVisible());
        replaceText(line(form.get(), DossierField::NgayTiepNhan), QStringLiteral("30/06/2025 10:00:00"));
        QTRY_VERIFY(district->isVisible());
        QVERIFY(district->entryCount() > 20);
        QCOMPARE(commune->currentCode(), QStringLiteral("00004"));
        auto districtProblem = [&form](const char *code) {
            for (const Problem &p : form->problems())
                if (p.field == u"MaHuyen" && p.code == QLatin1StringView(code))
                    return true;
            return false;
        };
        QVERIFY(districtProblem("required")); // the three-level list asks for it
        pick(district, QStringLiteral("ba dinh"));
        QCOMPARE(district->currentCode(), QStringLiteral("001"));
        QCOMPARE(commune->currentCode(), QStringLiteral("00004"));
        QCOMPARE(commune->currentText(), QStringLiteral("Phường Trúc Bạch")); // 00004 in the 2024 list
        QVERIFY(!districtProblem("required"));
        // Back after the reform: the district the officer chose stays visible, to be cleared, and is flagged.
        replaceText(line(form.get(), DossierField::NgayTiepNhan), QStringLiteral("01/07/2025 10:00:00"));
        QTRY_COMPARE(commune->currentText(), QStringLiteral("Phường Ba Đình"));
        QVERIFY(district->isVisible());
        QCOMPARE(district->currentCode(), QStringLiteral("001"));
        QVERIFY(districtProblem("district-after-reform"));
        form->undoStack()->setClean();
        form->close();
    }

    void draftIsAlwaysSavedAndQueueingWaitsForAValidDossier() {
        TestOffice office;
        QString error;
        DossierForm *form = DossierForm::createNew(office.services, nullptr, &error);
        form->setAttribute(Qt::WA_DeleteOnClose);
        form->show();
        const QString code = form->code();
        typeText(line(form, DossierField::HoVaTen), QStringLiteral("Nguyễn Thị Hoà"));
        // An incomplete dossier is saved as a draft, with why it is one.
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("saveDraftButton")), Qt::LeftButton);
        StoreResult<StoredDossier> stored = office.store->dossier(code);
        QVERIFY(stored);
        QCOMPARE(stored->syncState, SyncState::Draft);
        QCOMPARE(stored->dossier.value(DossierField::HoVaTen), QStringLiteral("Nguyễn Thị Hoà"));
        QVERIFY(!stored->problems.isEmpty());
        QVERIFY(office.store->outbox().entriesOf(code)->isEmpty());
        // All shown now: the officer sees what is left to do.
        QVERIFY(!problemText(form, DossierField::CMND).isEmpty());

        fillApplicant(form);
        QVERIFY2(!form->hasErrors(),
                 qPrintable(form->problems().value(0).field + u' ' + form->problems().value(0).message));
        QCOMPARE(line(form, DossierField::TenTTHC)->text(),
                 QStringLiteral("Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội"));
        QPushButton *queue = form->findChild<QPushButton *>(QStringLiteral("queueButton"));
        QVERIFY(queue->isEnabled());
        QTest::mouseClick(queue, Qt::LeftButton);
        stored = office.store->dossier(code);
        QCOMPARE(stored->syncState, SyncState::Ready);
        QCOMPARE(office.store->outbox().entriesOf(code)->size(), 1);
        QCOMPARE(stored->dossier.extent.documents.size(), 1);
        QVERIFY(!form->isDirty());
        form->close();
    }

    void undoAndRedoWhileEditing() {
        TestOffice office;
        QString error;
        std::unique_ptr<DossierForm> form(DossierForm::createNew(office.services, nullptr, &error));
        form->show();
        form->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(form.get()));
        QLineEdit *name = line(form.get(), DossierField::HoVaTen);
        typeText(name, QStringLiteral("Lê Văn Đức"));
        typeText(line(form.get(), DossierField::SoDienThoai), QStringLiteral("0912345678"));
        QCOMPARE(form->undoStack()->count(), 2); // typing in one field is one step
        QTest::keyClick(form.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(line(form.get(), DossierField::SoDienThoai)->text().isEmpty());
        QCOMPARE(name->text(), QStringLiteral("Lê Văn Đức"));
        form->undoStack()->undo();
        QVERIFY(name->text().isEmpty());
        form->undoStack()->redo();
        QCOMPARE(name->text(), QStringLiteral("Lê Văn Đức"));
        // Documents are undone as a list.
        QTest::mouseClick(form->findChild<QToolButton *>(QStringLiteral("documentsAddButton")),
                          Qt::LeftButton);
        QCOMPARE(form->documents()->records().size(), 1);
        form->undoStack()->undo();
        QCOMPARE(form->documents()->records().size(), 0);
        form->undoStack()->setClean();
    }

    void closingWithUnsavedChangesAsks() {
        TestOffice office;
        QString error;
        DossierForm *form = DossierForm::createNew(office.services, nullptr, &error);
        form->show();
        const QString code = form->code();
        typeText(line(form, DossierField::HoVaTen), QStringLiteral("Phạm Thị Lan"));

        // "Keep editing": nothing closes, nothing is lost.
        answerMessageBox(QMessageBox::Cancel);
        QVERIFY(!form->close());
        QVERIFY(form->isVisible());
        QCOMPARE(line(form, DossierField::HoVaTen)->text(), QStringLiteral("Phạm Thị Lan"));

        // "Save draft": kept in the store.
        QString question;
        answerMessageBox(QMessageBox::Save, &question);
        QVERIFY(form->close());
        QVERIFY(question.contains(code));
        QCOMPARE(office.store->dossier(code)->dossier.value(DossierField::HoVaTen),
                 QStringLiteral("Phạm Thị Lan"));
        delete form;

        // "Discard": gone on purpose, and only then.
        const StoreResult<StoredDossier> stored = office.store->dossier(code);
        DossierForm again(office.services, stored->dossier, false, true);
        again.show();
        replaceText(qobject_cast<QLineEdit *>(again.editor(DossierField::HoVaTen)->editor()),
                    QStringLiteral("X"));
        answerMessageBox(QMessageBox::Discard);
        QVERIFY(again.close());
        QCOMPARE(office.store->dossier(code)->dossier.value(DossierField::HoVaTen),
                 QStringLiteral("Phạm Thị Lan"));
    }

    void storeRefusalKeepsTheFormOpenAndTheTyping() {
        TestOffice office;
        QString error;
        std::unique_ptr<DossierForm> form(DossierForm::createNew(office.services, nullptr, &error));
        form->show();
        const QString code = form->code();
        typeText(line(form.get(), DossierField::HoVaTen), QStringLiteral("Vũ Thị Mai"));
        office.store->close(); // the database went away (unplugged disk, network share)
        QString message;
        answerMessageBox(QMessageBox::Ok, &message);
        QVERIFY(!form->saveDraft());
        QVERIFY2(message.contains(code), qPrintable(message));
        QVERIFY(form->isDirty());
        QCOMPARE(line(form.get(), DossierField::HoVaTen)->text(), QStringLiteral("Vũ Thị Mai"));
        form->undoStack()->setClean();
    }

    void pulledDossierIsReadOnlyForACommuneOfficer() {
        TestOffice office(UserRole::CommuneOfficer);
        ChangeSet received;
        received.received << ChangeSet::ReceivedDossier{
            validDossier(QStringLiteral("000.00.01.G07-250101-0007"), QStringLiteral("Đỗ Văn Nam"),
                         QDateTime::currentDateTime().addDays(-3)),
            {}};
        QVERIFY(office.store->apply(received));
        const StoreResult<StoredDossier> stored =
            office.store->dossier(QStringLiteral("000.00.01.G07-250101-0007"));
        const bool enteredHere = stored->serverJson.isEmpty() || stored->hasLocalEdits;
        QVERIFY(!enteredHere);
        DossierForm form(office.services, stored->dossier, false,
                         office.services.policy().canEditDossier(enteredHere));
        form.show();
        QVERIFY(!form.isEditable());
        QVERIFY(line(&form, DossierField::HoVaTen)->isReadOnly());
        QVERIFY(!form.findChild<QPushButton *>(QStringLiteral("saveDraftButton"))->isVisible());
        QVERIFY(form.findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isVisible());
        QVERIFY(form.close()); // nothing to ask
    }
};

QTEST_MAIN(TestDossierForm)
#include "tst_dossierform.moc"
