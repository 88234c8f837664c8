// SPDX-License-Identifier: GPL-3.0-or-later
// An officer's day, end to end, against a real ndxp-sandbox process on 127.0.0.1 and a real SQLite file,
// driving the real widgets by name: receive the area's dossiers, create one by typing and clicking, see and
// fix the validation messages, save, find it again typing without tone marks, queue it, sync, see it synced;
// add a processing step and the final result; settle a conflict; switch the language; keep screenshots.
#include "AppTestSupport.h"

#include "CaseListModel.h"
#include "ConflictDialog.h"
#include "DesktopApplication.h"
#include "DossierDetailView.h"
#include "DossierForm.h"
#include "FieldEditor.h"
#include "FinalResultDialog.h"
#include "JsonCodec.h"
#include "MainWindow.h"
#include "RecordListEditor.h"
#include "StepDialog.h"
#include "SyncController.h"
#include "SyncPanel.h"
#include "SyncSettings.h"
#include "TestSandbox.h"
#include "TimelineModel.h"
#include "TimelineWidget.h"
#include "Translations.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>

using namespace btxh;
using namespace btxh::app;
using namespace btxh::app::test;

class TestDesktopWorkflow : public QObject {
    Q_OBJECT

    std::unique_ptr<btxh::test::TestSandbox> m_sandbox;
    std::unique_ptr<TestOffice> m_office;
    std::unique_ptr<MainWindow> m_window;
    QString m_code; // the dossier entered by typing

    QAction *action(const char *name) { return child<QAction>(m_window.get(), QString::fromLatin1(name)); }
    CaseListModel *model() { return m_window->caseModel(); }

    SyncReport syncNow() {
        QSignalSpy finished(m_window->syncController(), &SyncController::finished);
        action("actionSyncNow")->trigger();
        if (!finished.wait(30000))
            return {};
        return finished.at(0).at(0).value<SyncReport>();
    }

    static QLineEdit *line(DossierForm *form, DossierField f) {
        return qobject_cast<QLineEdit *>(form->editor(f)->editor());
    }

    void select(const QString &code) {
        m_window->selectDossier(code);
        QCOMPARE(m_window->currentCode(), code);
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BTXH-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_desktopworkflow"));
        Translations::install(Language::Vietnamese);
        DesktopApplication::useVietnameseFont();

        m_sandbox = std::make_unique<btxh::test::TestSandbox>(
            QStringList{QStringLiteral("--seed"), QStringLiteral("40"), QStringLiteral("--seed-provinces"),
                        QStringLiteral("01"), QStringLiteral("--seed-days"), QStringLiteral("20")});
        QVERIFY2(m_sandbox->start(30000), qPrintable(m_sandbox->error()));
        QString error;
        m_office = std::make_unique<TestOffice>(UserRole::Administrator);
        Store &store = *m_office->store;
        QVERIFY2(DesktopApplication::configureDemo(store, m_sandbox->baseUrl(), &error), qPrintable(error));
        // A district office: the whole of Hà Nội comes in, the officer picks the district and commune.
        QVERIFY(SyncSettings::save(store, QStringLiteral("area.district"), QString(), &error));
        QVERIFY(SyncSettings::save(store, QStringLiteral("area.commune"), QString(), &error));
        m_office->secrets.write(DesktopApplication::demoKeysProfile(), secrets::SecretKind::ConsumerKey,
                                QStringLiteral("demo-key"));
        m_office->secrets.write(DesktopApplication::demoKeysProfile(), secrets::SecretKind::ConsumerSecret,
                                QStringLiteral("demo-secret"));
        m_window = std::make_unique<MainWindow>(m_office->services);
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() {
        if (m_window)
            m_window->close();
        m_window.reset();
        if (m_sandbox)
            m_sandbox->stop();
    }

    void receivesTheAreasDossiersFromTheSandbox() {
        QCOMPARE(model()->rowCount(), 0);
        const SyncReport report = syncNow();
        QCOMPARE(report.stop, SyncReport::Stop::None);
        QVERIFY(report.created >= 40);
        QCOMPARE(model()->rowCount(), 40);
        QCOMPARE(m_window->syncController()->connection(), SyncController::Connection::Online);
        QCOMPARE(child<QLabel>(m_window.get(), QStringLiteral("connectionStatus"))->text(),
                 m_window->syncController()->connectionText());
        QVERIFY(m_office->services.settings().lastSuccessfulSync().isValid());
    }

    void createsADossierByTypingAndClicking() {
        action("actionNewDossier")->trigger();
        auto *form = m_window->findChild<DossierForm *>();
        QVERIFY(form);
        QVERIFY(QTest::qWaitForWindowExposed(form));
        m_code = form->code();

        typeText(line(form, DossierField::HoVaTen), QStringLiteral("Lương Thị Đoan Trang"));
        typeText(line(form, DossierField::NgayThangNamSinh), QStringLiteral("31/02/1985"));
        typeText(line(form, DossierField::CMND), QStringLiteral("00118501"));
        auto problem = [form](DossierField f) {
            return form
                ->findChild<QLabel *>(QStringLiteral("problem_") + FieldTable::dossier().at(int(f)).wireName)
                ->text();
        };
        QVERIFY2(!problem(DossierField::CMND).isEmpty(), "a short ID number is pointed out");
        QVERIFY(!problem(DossierField::NgayThangNamSinh).isEmpty());
        QVERIFY(!child<QPushButton>(form, QStringLiteral("queueButton"))->isEnabled());

        replaceText(line(form, DossierField::CMND), QStringLiteral("001185012345"));
        replaceText(line(form, DossierField::NgayThangNamSinh), QStringLiteral("12/05/1985"));
        QVERIFY(problem(DossierField::CMND).isEmpty());
        QVERIFY(problem(DossierField::NgayThangNamSinh).isEmpty());
        typeText(line(form, DossierField::SoDinhDanh), QStringLiteral("001185012345"));
        pick(form->editor(DossierField::GioiTinhId)->combo(), QStringLiteral("Nữ"));
        pick(form->editor(DossierField::MaTTHC)->combo(),
             QStringLiteral("tro cap xa hoi hang thang, ho tro kinh phi cham soc"));
        pick(form->editor(DossierField::NoiNopHoSo)->combo(), QStringLiteral("BNĐP"));
        // Received today: province → commune from the 2025 list, no district.
        pick(form->editor(DossierField::MaXa)->combo(), QStringLiteral("ba dinh"));
        pick(form->editor(DossierField::HKTT_MaTinh)->combo(), QStringLiteral("ha noi"));
        pick(form->editor(DossierField::HKTT_MaXa)->combo(), QStringLiteral("ngoc ha"));
        typeText(line(form, DossierField::HKTT_ChiTiet), QStringLiteral("Số 12 ngõ 34 phố Trúc Bạch"));
        child<QTabWidget>(form, QStringLiteral("formTabs"))->setCurrentIndex(1);
        QTest::mouseClick(child<QToolButton>(form, QStringLiteral("documentsAddButton")), Qt::LeftButton);
        child<QTableWidget>(form, QStringLiteral("documentsTable"))
            ->item(0, int(DocumentField::TenTepDinhKem))
            ->setText(QStringLiteral("Tờ khai đề nghị trợ cấp xã hội.pdf"));
        QVERIFY2(!form->hasErrors(),
                 qPrintable(form->problems().value(0).field + u' ' + form->problems().value(0).message));

        QTest::mouseClick(child<QPushButton>(form, QStringLiteral("saveDraftButton")), Qt::LeftButton);
        const StoreResult<StoredDossier> stored = m_office->store->dossier(m_code);
        QVERIFY(stored);
        QCOMPARE(stored->syncState, SyncState::Draft); // saved, not sent until the officer queues it
        QCOMPARE(stored->dossier.value(DossierField::MaXa), QStringLiteral("00004"));
        QCOMPARE(stored->dossier.value(DossierField::HKTT_MaXa), QStringLiteral("00008"));
        QVERIFY(stored->dossier.value(DossierField::MaHuyen).isEmpty());
        form->close();
        QTRY_VERIFY(!m_window->findChild<DossierForm *>());
    }

    void findsItAgainTypingWithoutToneMarks() {
        QLineEdit *search = child<QLineEdit>(m_window.get(), QStringLiteral("searchEdit"));
        typeText(search, QStringLiteral("luong thi doan"));
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->codeAt(0), m_code);
        QTest::keyClick(search, Qt::Key_Return); // to the list, first row selected
        QCOMPARE(m_window->currentCode(), m_code);
        QVERIFY(m_window->detailView()->toPlainText().contains(QStringLiteral("Lương Thị Đoan Trang")));
        QCOMPARE(model()->data(model()->index(0, CaseListModel::SyncColumn)).toString(),
                 syncStateLabel(SyncState::Draft));
    }

    void queuesIt() {
        action("actionQueueDossier")->trigger();
        QCOMPARE(m_office->store->dossier(m_code)->syncState, SyncState::Ready);
        QCOMPARE(m_window->syncController()->queuedCount(), 1);
        QVERIFY(child<QLabel>(m_window.get(), QStringLiteral("queuedStatus"))->text().contains(u'1'));
    }

    void syncsItAndSeesItSynced() {
        const SyncReport report = syncNow();
        QCOMPARE(report.stop, SyncReport::Stop::None);
        QCOMPARE(report.pushed, qint64(1));
        QCOMPARE(m_office->store->dossier(m_code)->syncState, SyncState::Synced);
        const int row = model()->rowOfCode(m_code);
        QVERIFY(row >= 0);
        QCOMPARE(model()->data(model()->index(row, CaseListModel::SyncColumn)).toString(),
                 syncStateLabel(SyncState::Synced));
        QCOMPARE(m_window->syncController()->queuedCount(), 0);
    }

    void addsAProcessingStepAndItsDeadlineIsMarked() {
        select(m_code);
        action("actionAddStep")->trigger();
        auto *dialog = m_window->findChild<StepDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->editor(ProgressField::NguoiXuLy)->value(),
                 QStringLiteral("Nguyễn Thị Demo")); // from the settings
        auto *content = qobject_cast<QPlainTextEdit *>(dialog->editor(ProgressField::NoiDungXuLy)->editor());
        typeText(content, QStringLiteral("Thẩm định hồ sơ, đề nghị Phòng LĐ-TB&XH xem xét"));
        const QDateTime now = QDateTime::currentDateTime();
        auto *deadline =
            qobject_cast<QLineEdit *>(dialog->editor(ProgressField::NgayKetThucTheoQuyDinh)->editor());
        replaceText(deadline, WireDate::formatDateTime(now.addDays(-1)));
        // Before its start: refused, with the reason beside the field.
        QTest::mouseClick(
            child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(!child<QLabel>(dialog, QStringLiteral("problem_NgayKetThucTheoQuyDinh"))->text().isEmpty());
        QVERIFY(m_office->store->steps(m_code)->isEmpty());
        replaceText(qobject_cast<QLineEdit *>(dialog->editor(ProgressField::NgayBatDau)->editor()),
                    WireDate::formatDateTime(now.addDays(-5)));
        QTest::mouseClick(
            child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<StepDialog *>());

        const QList<StoredStep> steps = m_office->store->steps(m_code).value();
        QCOMPARE(steps.size(), 1);
        QVERIFY(steps.at(0).local);
        QCOMPARE(steps.at(0).syncState, SyncState::Ready);
        TimelineModel *timeline = m_window->timeline()->model();
        QCOMPARE(timeline->rowCount(), 1);
        QCOMPARE(timeline->stateOf(0), DeadlineState::Overdue);
        QCOMPARE(timeline->data(timeline->index(0, TimelineModel::MarkColumn)).toString(),
                 DeadlineMarks::label(DeadlineState::Overdue));
        QCOMPARE(m_office->store->outbox().entriesOf(m_code)->constLast().kind, OutboxEntry::Kind::Progress);

        const SyncReport report = syncNow();
        QCOMPARE(report.stop, SyncReport::Stop::None);
        QCOMPARE(m_office->store->steps(m_code)->constFirst().syncState, SyncState::Synced);
    }

    void recordsTheFinalResult() {
        select(m_code);
        action("actionRecordResult")->trigger();
        auto *dialog = m_window->findChild<FinalResultDialog *>();
        QVERIFY(dialog);
        QPushButton *ok =
            child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton); // no result paper yet: refused
        QVERIFY(dialog->isVisible());
        QTest::mouseClick(child<QToolButton>(dialog, QStringLiteral("resultPapersAddButton")),
                          Qt::LeftButton);
        child<QTableWidget>(dialog, QStringLiteral("resultPapersTable"))
            ->item(0, int(ResultPaperField::TenGiayTo))
            ->setText(QStringLiteral("Quyết định hưởng trợ cấp xã hội hàng tháng"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<FinalResultDialog *>());
        const StoreResult<StoredDossier> stored = m_office->store->dossier(m_code);
        QVERIFY(stored->dossier.isFinalResult());
        QCOMPARE(stored->dossier.extent.resultPapers.size(), 1);
        QCOMPARE(m_office->store->outbox().entriesOf(m_code)->constLast().kind,
                 OutboxEntry::Kind::FinalResult);
        const SyncReport report = syncNow();
        QCOMPARE(report.stop, SyncReport::Stop::None);
        QCOMPARE(m_office->store->dossier(m_code)->syncState, SyncState::Synced);
    }

    void settlesAConflictFieldByField() {
        // A dossier received from the Ministry, edited here...
        model()->setFilter(ListFilter());
        QString pulled;
        for (int row = 0; row < model()->rowCount() && pulled.isEmpty(); ++row)
            if (model()->codeAt(row) != m_code)
                pulled = model()->codeAt(row);
        QVERIFY(!pulled.isEmpty());
        DossierForm *form = m_window->editDossier(pulled);
        QVERIFY(form && form->isEditable());
        replaceText(line(form, DossierField::SoDienThoai), QStringLiteral("0987654321"));
        replaceText(line(form, DossierField::Email), QStringLiteral("nguoinop@example.vn"));
        const bool queued = form->saveAndQueue() || form->saveDraft();
        QVERIFY(queued);
        form->close();
        QTRY_VERIFY(!m_window->findChild<DossierForm *>());
        const Dossier local = m_office->store->dossier(pulled)->dossier;

        // ...while another office changed it on the server (the pull brings it before our push went).
        Dossier server = JsonCodec::readDossier(
            QJsonDocument::fromJson(m_office->store->dossier(pulled)->serverJson).object());
        server.setValue(DossierField::HKTT_ChiTiet, QStringLiteral("Số 5 phố Hàng Bông (đã cập nhật)"));
        server.setValue(DossierField::SoDienThoai, QStringLiteral("0911000111"));
        ChangeSet pull;
        pull.received << ChangeSet::ReceivedDossier{server,
                                                    QJsonDocument(JsonCodec::writeDossier(server)).toJson()};
        const StoreResult<ChangeResult> outcome = m_office->store->apply(pull);
        QVERIFY(outcome);
        QCOMPARE(outcome->received.constFirst(), ChangeOutcome::Conflict);
        action("actionRefresh")->trigger(); // Ctrl+R

        // The sync panel lists it; the officer compares and chooses line by line.
        if (!m_window->syncDock()->isVisible())
            action("actionShowSyncPanel")->trigger(); // F9
        QTRY_VERIFY(m_window->syncDock()->isVisible());
        auto *conflicts = child<QListWidget>(m_window->syncPanel(), QStringLiteral("conflictList"));
        QCOMPARE(conflicts->count(), 1);
        QCOMPARE(conflicts->item(0)->data(Qt::UserRole).toString(), pulled);
        QTest::mouseClick(child<QPushButton>(m_window->syncPanel(), QStringLiteral("resolveButton")),
                          Qt::LeftButton);
        auto *dialog = m_window->findChild<ConflictDialog *>();
        QVERIFY(dialog && dialog->isLoaded());
        const QList<int> differences = dialog->differences();
        QVERIFY(differences.contains(int(DossierField::HKTT_ChiTiet)));
        QVERIFY(differences.contains(int(DossierField::SoDienThoai)));
        // Tick the server's address; keep our phone.
        auto *table = child<QTableWidget>(dialog, QStringLiteral("comparisonTable"));
        int addressRow = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->data(Qt::UserRole).toInt() == int(DossierField::HKTT_ChiTiet))
                addressRow = r;
        QVERIFY(addressRow >= 0);
        table->item(addressRow, 2)->setCheckState(Qt::Checked);
        QVERIFY(dialog->choosesServer(int(DossierField::HKTT_ChiTiet)));
        QCOMPARE(table->item(addressRow, 1)->checkState(), Qt::Unchecked);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("applyButton")), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<ConflictDialog *>());

        const StoreResult<StoredDossier> settled = m_office->store->dossier(pulled);
        QVERIFY(settled->syncState != SyncState::Conflict);
        QCOMPARE(settled->dossier.value(DossierField::HKTT_ChiTiet),
                 QStringLiteral("Số 5 phố Hàng Bông (đã cập nhật)"));
        QCOMPARE(settled->dossier.value(DossierField::SoDienThoai), local.value(DossierField::SoDienThoai));
        QCOMPARE(settled->dossier.value(DossierField::Email), QStringLiteral("nguoinop@example.vn"));
        QCOMPARE(conflicts->count(), 0);
    }

    void keepsScreenshots() {
        m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->clear();
        m_window->applyFilters();
        select(m_code);
        child<QTabWidget>(m_window.get(), QStringLiteral("detailTabs"))->setCurrentIndex(0);
        m_window->syncDock()->hide();
        m_window->resize(1280, 760);
        QTest::qWait(50);
        saveScreenshot(m_window.get(), QStringLiteral("main-window.png"));

        DossierForm *form = m_window->editDossier(m_code);
        QVERIFY(form);
        form->resize(1000, 720);
        QVERIFY(QTest::qWaitForWindowExposed(form));
        saveScreenshot(form, QStringLiteral("dossier-form.png"));
        form->close();

        m_window->syncDock()->show();
        m_window->syncPanel()->resize(1000, 330);
        QTest::qWait(50);
        saveScreenshot(m_window->syncPanel(), QStringLiteral("sync-panel.png"));
    }

    void switchesTheLanguageWhileRunning() {
        DossierForm *form = m_window->editDossier(m_code);
        QVERIFY(form);
        QLabel *nameLabel = child<QLabel>(form, QStringLiteral("label_HoVaTen"));
        QCOMPARE(nameLabel->text(), QStringLiteral("Họ và tên *"));
        const QString viNew = action("actionNewDossier")->text();
        QVERIFY2(viNew != QStringLiteral("New dossier…"), "the Vietnamese translation is used");

        action("actionEnglish")->trigger();
        QTRY_COMPARE(nameLabel->text(),
                     QStringLiteral("Full name *")); // LanguageChange is posted to each window
        QCOMPARE(action("actionNewDossier")->text(), QStringLiteral("New dossier…"));
        QCOMPARE(model()->headerData(CaseListModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Applicant"));
        QCOMPARE(
            model()->data(model()->index(model()->rowOfCode(m_code), CaseListModel::SyncColumn)).toString(),
            QStringLiteral("Synced"));

        action("actionVietnamese")->trigger();
        QTRY_COMPARE(nameLabel->text(), QStringLiteral("Họ và tên *"));
        QCOMPARE(action("actionNewDossier")->text(), viNew);
        form->close();
    }
};

QTEST_MAIN(TestDesktopWorkflow)
#include "tst_desktopworkflow.moc"
