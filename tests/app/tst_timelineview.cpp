// SPDX-License-Identifier: GPL-3.0-or-later
// The processing timeline as an officer reads it in the detail pane: a card per step down a rail, each step's
// time drawn against its legal deadline, the overdue one in red, the waits between steps, the final result at
// the end — at the pane's default width with no sideways scrolling, the table still one tab away.
#include "AppTestSupport.h"

#include "MainWindow.h"
#include "ProcessingTimeline.h"
#include "TimelineModel.h"
#include "TimelineView.h"
#include "TimelineWidget.h"
#include "Translations.h"

#include <QAction>
#include <QLabel>
#include <QScrollBar>
#include <QTabWidget>

using namespace btxh;
using namespace btxh::app;
using namespace btxh::app::test;

namespace {

const QString Code = QStringLiteral("000.00.01.G07-250301-0007");
const QDateTime Received(QDate(2025, 3, 1), QTime(8, 0));
constexpr int StepCount = 12;
constexpr int OverdueStep = 5; // 0-based: its next step comes a day after its deadline
constexpr int WaitingStep = 8; // 0-based: starts two days after it was handed over

// Twelve steps a day apart with long texts (as real handlers write them); the last one returns the result.
QList<ProcessingStep> twelveSteps() {
    QList<ProcessingStep> steps;
    for (int i = 0; i < StepCount; ++i) {
        ProcessingStep s;
        const QDateTime at = Received.addDays(i);
        s.setValue(ProgressField::MaHoSo, Code);
        s.setValue(ProgressField::TaiKhoanXuLy, QStringLiteral("canbo.%1").arg(i));
        s.setValue(ProgressField::NguoiXuLy, QStringLiteral("Nguyễn Thị Thanh Hương %1").arg(i + 1));
        s.setValue(ProgressField::ChucDanh, QStringLiteral("Công chức Lao động – Thương binh và Xã hội"));
        s.setValue(ProgressField::DonViXuLy,
                   QStringLiteral("Phòng Lao động – Thương binh và Xã hội quận Ba Đình"));
        s.setValue(
            ProgressField::NoiDungXuLy,
            QStringLiteral("Thẩm định hồ sơ, đối chiếu giấy tờ với bản gốc, lấy ý kiến của trưởng thôn và "
                           "hội đồng xét duyệt, lập danh sách trình lãnh đạo phê duyệt (bước %1)")
                .arg(i + 1));
        s.setValue(ProgressField::StatusId,
                   i == 0 ? QStringLiteral("2")
                          : (i + 1 == StepCount ? QStringLiteral("10") : QStringLiteral("4")));
        s.setValue(ProgressField::ThoiDiemXuLy, WireDate::formatDateTime(at));
        const QDateTime start = i == WaitingStep ? at.addDays(2) : at;
        s.setValue(ProgressField::NgayBatDau, WireDate::formatDateTime(start));
        // A day allowed; the overdue step's successor comes two days later.
        s.setValue(ProgressField::NgayKetThucTheoQuyDinh, WireDate::formatDateTime(start.addDays(1)));
        steps << s;
    }
    // The step after the overdue one comes two days after it: one day late.
    for (int i = OverdueStep + 1; i < StepCount; ++i)
        for (ProgressField f :
             {ProgressField::ThoiDiemXuLy, ProgressField::NgayBatDau, ProgressField::NgayKetThucTheoQuyDinh})
            steps[i].setValue(
                f, WireDate::formatDateTime(WireDate::parse(steps.at(i).value(f)).dateTime().addDays(1)));
    return steps;
}

} // namespace

class TestTimelineView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(Language::Vietnamese);
    }

    void timeline_measuresStepsWaitsAndTheEnd() {
        const ProcessingTimeline t =
            ProcessingTimeline::build(twelveSteps(), QStringLiteral("10"), Received.addDays(30));
        QCOMPARE(t.steps.size(), StepCount);
        QVERIFY(t.finished);
        QVERIFY(t.steps.at(OverdueStep).isOverdue());
        QCOMPARE(t.steps.at(OverdueStep).lateSeconds(), qint64(86400));
        QCOMPARE(t.steps.at(OverdueStep).allowedSeconds(), qint64(86400));
        QCOMPARE(t.steps.at(WaitingStep).waitedBefore, qint64(2 * 86400));
        for (int i = 0; i < StepCount; ++i)
            if (i != OverdueStep)
                QVERIFY2(!t.steps.at(i).isOverdue(), qPrintable(QString::number(i)));
        QVERIFY(!t.steps.constLast().open);
        // In progress, the latest step runs until now.
        const ProcessingTimeline open =
            ProcessingTimeline::build(twelveSteps(), QString(), Received.addDays(30));
        QVERIFY(open.steps.constLast().open);
        QVERIFY(open.steps.constLast().isOverdue());
    }

    // The detail pane at its default width: the main window at 1366×768 less its frame and the taskbar.
    void twelveSteps_readAtTheDefaultWidthWithoutScrollingSideways() {
        TestOffice office;
        ChangeSet changes;
        Dossier d = validDossier(Code, QStringLiteral("Hoàng Văn Thụ"), Received);
        d.setValue(DossierField::StatusId, QStringLiteral("10"));
        changes.local << ChangeSet::LocalDossier{d, {}};
        for (const ProcessingStep &s : twelveSteps())
            changes.receivedSteps << ChangeSet::ReceivedStep{s, {}};
        QVERIFY(office.store->apply(changes));

        MainWindow window(office.services);
        window.resize(1350, 688);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectDossier(Code);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
        tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("timelineTab")));
        TimelineView *cards = window.timeline()->cards();
        QTRY_COMPARE(
            cards->findChildren<QWidget *>(QRegularExpression(QStringLiteral("^timelineStep_"))).size(),
            StepCount);
        QTest::qWait(50); // layouts settle
        QVERIFY2(cards->isVisible(), "the timeline is the first view");
        QVERIFY2(!cards->horizontalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("content %1 wide in a viewport of %2")
                                .arg(cards->widget()->minimumSizeHint().width())
                                .arg(cards->viewport()->width())));
        QVERIFY(cards->widget()->width() <= cards->viewport()->width());
        QVERIFY(cards->verticalScrollBar()->maximum() > 0); // twelve steps are taller than the pane

        // The overdue step says so in red; the wait and the result are there.
        QWidget *overdueCard =
            cards->findChild<QWidget *>(QStringLiteral("timelineStep_%1").arg(OverdueStep + 1));
        QVERIFY(overdueCard);
        auto *late = overdueCard->findChild<QLabel *>(QStringLiteral("overdue"));
        QVERIFY(late);
        QVERIFY2(late->text().contains(QStringLiteral("1 ngày")), qPrintable(late->text()));
        QVERIFY(late->styleSheet().contains(QStringLiteral("a41c1c")));
        QCOMPARE(cards->findChildren<QLabel *>(QStringLiteral("overdue")).size(), 1);
        auto *gap = cards->findChild<QWidget *>(QStringLiteral("timelineGap"));
        QVERIFY(gap);
        QVERIFY2(gap->findChild<QLabel *>()->text().contains(QStringLiteral("2 ngày")),
                 qPrintable(gap->findChild<QLabel *>()->text()));
        auto *result = cards->findChild<QWidget *>(QStringLiteral("timelineResult"));
        QVERIFY(result);
        QVERIFY(result->findChild<QLabel *>()->text().contains(QStringLiteral("Đã trả kết quả")));
        const QStringList texts = [&] {
            QStringList all;
            for (QLabel *l : overdueCard->findChildren<QLabel *>())
                all << l->text();
            return all;
        }();
        QVERIFY2(texts.join(u' ').contains(QStringLiteral("Nguyễn Thị Thanh Hương 6")),
                 qPrintable(texts.join(u'|')));

        // The table is the second view, with the same steps.
        auto *views = window.timeline()->findChild<QTabWidget *>(QStringLiteral("viewTabs"));
        QCOMPARE(views->count(), 2);
        QCOMPARE(window.timeline()->model()->rowCount(), StepCount);
        saveScreenshot(&window, QStringLiteral("timeline.png"));
    }

    // The roles of the law in force, in the main window: who may enter dossiers, add steps and record the
    // decision, for a dossier entered here and for one pulled from the gateway.
    void roles_decideWhoEntersStepsAndDecidesInTheWindow_data() {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("creates");
        QTest::addColumn<bool>("stepsOnOwn");
        QTest::addColumn<bool>("stepsOnPulled");
        QTest::addColumn<bool>("decides");
        QTest::newRow("commune officer") << int(UserRole::CommuneOfficer) << true << true << false << false;
        QTest::newRow("commune leader") << int(UserRole::CommuneLeader) << false << true << true << true;
        QTest::newRow("province reviewer")
            << int(UserRole::ProvinceReviewer) << false << true << true << false;
        QTest::newRow("administrator") << int(UserRole::Administrator) << true << true << true << true;
    }
    void roles_decideWhoEntersStepsAndDecidesInTheWindow() {
        QFETCH(int, role);
        QFETCH(bool, creates);
        QFETCH(bool, stepsOnOwn);
        QFETCH(bool, stepsOnPulled);
        QFETCH(bool, decides);
        TestOffice office{UserRole(role)};
        const QString own = QStringLiteral("000.00.01.G07-260815-0001");
        const QString pulled = QStringLiteral("000.00.01.G07-260815-0002");
        const QDateTime received(QDate(2026, 8, 15), QTime(9, 0));
        ChangeSet changes;
        changes.local << ChangeSet::LocalDossier{validDossier(own, QStringLiteral("Lê Văn Tám"), received),
                                                 {}};
        changes.received << ChangeSet::ReceivedDossier{
            validDossier(pulled, QStringLiteral("Đỗ Thị Mai"), received), {}};
        const auto applied = office.store->apply(changes);
        QVERIFY2(applied, qPrintable(applied.error().message));
        MainWindow window(office.services);
        auto action = [&window](const char *name) {
            auto *a = window.findChild<QAction *>(QString::fromLatin1(name));
            return a && a->isEnabled();
        };
        QCOMPARE(action("actionNewDossier"), creates);
        window.selectDossier(own);
        QCOMPARE(action("actionAddStep"), stepsOnOwn);
        QCOMPARE(action("actionRecordResult"), decides);
        window.selectDossier(pulled);
        QCOMPARE(action("actionAddStep"), stepsOnPulled);
        QCOMPARE(action("actionRecordResult"), decides);
        QCOMPARE(window.timeline()->canRecordResult(), decides);
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
