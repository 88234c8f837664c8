// SPDX-License-Identifier: GPL-3.0-or-later
// The sync panel's outbox: each item's state and the gateway's own message; a refused item retried or
// discarded (administrators only), and what that does to the dossier; nothing else touched.
#include "AppTestSupport.h"

#include "OutboxModel.h"
#include "SyncController.h"
#include "SyncPanel.h"
#include "SyncSettings.h"
#include "Translations.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace btxh;
using namespace btxh::app;
using namespace btxh::app::test;

class TestSyncPanel : public QObject {
    Q_OBJECT

    // Two queued dossiers; the gateway refused the first for good.
    static void queueTwoAndRefuseOne(TestOffice &office, qint64 *refusedId) {
        const QDateTime now = QDateTime::currentDateTime();
        ChangeSet changes;
        changes.local << ChangeSet::LocalDossier{validDossier(QStringLiteral("000.00.01.G07-250301-0001"),
                                                              QStringLiteral("Trịnh Văn Hải"),
                                                              now.addDays(-1)),
                                                 {}}
                      << ChangeSet::LocalDossier{validDossier(QStringLiteral("000.00.01.G07-250301-0002"),
                                                              QStringLiteral("Mạc Thị Hằng"),
                                                              now.addDays(-1)),
                                                 {}};
        QVERIFY(office.store->apply(changes));
        const QList<OutboxEntry> due = *office.store->outbox().due(now.addSecs(60));
        QCOMPARE(due.size(), 2);
        *refusedId = due.at(0).id;
        SyncLease lease = SyncLease::here(QStringLiteral("tst_syncpanel"));
        QCOMPARE(office.store->outbox().acquireLease(lease, 60).value_or(Store::LeaseOutcome::Busy),
                 Store::LeaseOutcome::Acquired);
        QVERIFY(office.store->outbox().markSent(*refusedId, lease.token));
        QVERIFY(office.store->outbox().markPushFailed(
            *refusedId, lease.token, QStringLiteral("Mã hồ sơ đã tồn tại (error_code 4)"), {}, true));
        QVERIFY(office.store->outbox().releaseLease(lease.token));
    }

    static void selectEntry(SyncPanel &panel, qint64 id) {
        auto *view = child<QTableView>(&panel, QStringLiteral("outboxView"));
        for (int r = 0; r < panel.outbox()->rowCount(); ++r)
            if (panel.outbox()->entry(r)->id == id)
                view->selectRow(r);
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(Language::Vietnamese);
    }

    void listsEachItemWithTheGatewaysMessage() {
        TestOffice office;
        qint64 refused = 0;
        queueTwoAndRefuseOne(office, &refused);
        SyncController controller(office.services);
        SyncPanel panel;
        panel.setup(office.services, &controller);
        panel.show();
        QCOMPARE(panel.outbox()->rowCount(), 2);
        int row = -1;
        for (int r = 0; r < 2; ++r)
            if (panel.outbox()->entry(r)->id == refused)
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(panel.outbox()->data(panel.outbox()->index(row, OutboxModel::StateColumn)).toString(),
                 OutboxModel::stateLabel(OutboxEntry::State::Failed));
        QCOMPARE(panel.outbox()->data(panel.outbox()->index(row, OutboxModel::MessageColumn)).toString(),
                 QStringLiteral("Mã hồ sơ đã tồn tại (error_code 4)"));
        QVERIFY(child<QLabel>(&panel, QStringLiteral("outboxSummary"))->text().contains(u'1'));
    }

    void retryPutsARefusedItemBackInTheQueue() {
        TestOffice office;
        qint64 refused = 0;
        queueTwoAndRefuseOne(office, &refused);
        QCOMPARE(office.store->dossier(QStringLiteral("000.00.01.G07-250301-0001"))->syncState,
                 SyncState::Failed);
        SyncController controller(office.services);
        SyncPanel panel;
        panel.setup(office.services, &controller);
        panel.show();
        selectEntry(panel, refused);
        QPushButton *retry = child<QPushButton>(&panel, QStringLiteral("retryButton"));
        QVERIFY(retry->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(office.store->dossier(QStringLiteral("000.00.01.G07-250301-0001"))->syncState,
                 SyncState::Ready);
        QCOMPARE(office.store->outbox().due(QDateTime::currentDateTime().addSecs(60))->size(), 2);
        // Retrying what is not refused or waiting is refused with a reason.
        SyncLease lease = SyncLease::here(QStringLiteral("tst_syncpanel"));
        QCOMPARE(office.store->outbox().acquireLease(lease, 60).value_or(Store::LeaseOutcome::Busy),
                 Store::LeaseOutcome::Acquired);
        QVERIFY(office.store->outbox().markSent(refused, lease.token));
        QVERIFY(office.store->outbox().releaseLease(lease.token));
        const StoreResult<void> retried = office.store->outbox().retry(refused);
        QVERIFY(!retried);
        QCOMPARE(retried.error().kind, StoreError::Kind::Invalid);
        QVERIFY(!retried.error().message.isEmpty());
    }

    void discardIsForAdministratorsAndKeepsTheDossierAsADraft() {
        TestOffice officer(UserRole::CommuneOfficer);
        qint64 refused = 0;
        queueTwoAndRefuseOne(officer, &refused);
        {
            SyncController controller(officer.services);
            SyncPanel panel;
            panel.setup(officer.services, &controller);
            panel.show();
            selectEntry(panel, refused);
            QVERIFY(!child<QPushButton>(&panel, QStringLiteral("discardButton"))->isEnabled());
        }
        TestOffice admin(UserRole::Administrator);
        queueTwoAndRefuseOne(admin, &refused);
        SyncController controller(admin.services);
        SyncPanel panel;
        panel.setup(admin.services, &controller);
        panel.show();
        selectEntry(panel, refused);
        QPushButton *discard = child<QPushButton>(&panel, QStringLiteral("discardButton"));
        QVERIFY(discard->isEnabled());
        answerMessageBox(QMessageBox::No); // changed their mind: nothing happens
        QTest::mouseClick(discard, Qt::LeftButton);
        QCOMPARE(panel.outbox()->rowCount(), 2);
        answerMessageBox(QMessageBox::Yes);
        QTest::mouseClick(discard, Qt::LeftButton);
        QCOMPARE(panel.outbox()->rowCount(), 1);
        const StoreResult<StoredDossier> kept =
            admin.store->dossier(QStringLiteral("000.00.01.G07-250301-0001"));
        QVERIFY(kept);
        QCOMPARE(kept->syncState, SyncState::Draft);
        QCOMPARE(kept->dossier.value(DossierField::HoVaTen), QStringLiteral("Trịnh Văn Hải"));
        QCOMPARE(admin.store->dossier(QStringLiteral("000.00.01.G07-250301-0002"))->syncState,
                 SyncState::Ready);
    }

    void syncWithNoGatewayConfiguredSaysSo() {
        TestOffice office; // no endpoint, no key pair: fully offline
        QString error;
        QVERIFY(SyncSettings::save(*office.store, QStringLiteral("endpoint.kind"), QStringLiteral("custom"),
                                   &error));
        SyncController controller(office.services);
        SyncPanel panel;
        panel.setup(office.services, &controller);
        QSignalSpy finished(&controller, &SyncController::finished);
        QTest::mouseClick(child<QPushButton>(&panel, QStringLiteral("syncNowButton")), Qt::LeftButton);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(0).value<SyncReport>().stop, SyncReport::Stop::Configuration);
        QCOMPARE(controller.connection(), SyncController::Connection::NotConfigured);
        QVERIFY(!child<QLabel>(&panel, QStringLiteral("resultLabel"))->text().isEmpty());
    }
};

QTEST_MAIN(TestSyncPanel)
#include "tst_syncpanel.moc"
