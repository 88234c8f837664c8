// SPDX-License-Identifier: GPL-3.0-or-later
// The reports dashboard on real widgets: counted in its worker thread, cancellable, and a cell or a bar shows
// exactly its dossiers.
#include "AppTestSupport.h"
#include "DashboardDialog.h"
#include "ReportTables.h"

#include <QLabel>

#include <QSignalSpy>
#include <QStandardItemModel>

using namespace btxh;
using namespace btxh::app;
using namespace btxh::app::test;

class TestDashboard : public QObject {
    Q_OBJECT
    const QDate m_today{2025, 3, 10};

    // Three dossiers of 1.001776 (22 working days) received on the Friday before Tết 2025: due 03/03/2025.
    // One finished on 03/03 (on time, on the day), one finished 04/03 (late), one still open (overdue).
    void fill(TestOffice &office) {
        office.services.clock = [this] { return QDateTime(m_today, QTime(12, 0)); };
        ChangeSet c;
        const QDateTime received(QDate(2025, 1, 24), QTime(9, 0));
        const QString codes[] = {QStringLiteral("000.00.01.G07-250124-0001"),
                                 QStringLiteral("000.00.01.G07-250124-0002"),
                                 QStringLiteral("000.00.01.G07-250124-0003")};
        const QString statuses[] = {QStringLiteral("10"), QStringLiteral("10"), QStringLiteral("4")};
        for (int i = 0; i < 3; ++i) {
            Dossier d = validDossier(codes[i], QStringLiteral("Lê Thị Hoa"), received);
            d.setValue(DossierField::StatusId, statuses[i]);
            c.received << ChangeSet::ReceivedDossier{d, {}};
        }
        for (int i = 0; i < 2; ++i) {
            ProcessingStep s;
            s.setValue(ProgressField::MaHoSo, codes[i]);
            s.setValue(ProgressField::StatusId, QStringLiteral("10"));
            s.setValue(ProgressField::ThoiDiemXuLy,
                       WireDate::formatDateTime(QDateTime(QDate(2025, 3, 3 + i), QTime(16, 0))));
            c.receivedSteps << ChangeSet::ReceivedStep{s, {}};
        }
        const auto applied = office.store->apply(c);
        QVERIFY2(applied, qPrintable(applied.error().message));
    }

private Q_SLOTS:
    void count_inTheBackground_andACellShowsItsDossiers() {
        TestOffice office;
        fill(office);
        DashboardDialog dialog(office.services);
        dialog.setPeriod(QDate(2025, 1, 1), QDate(2025, 3, 31));
        dialog.setGrouping(ReportGrouping::Procedure);
        // The dossiers are of early 2025: Hà Nội as the 2024 list has it.
        QVERIFY(dialog.setArea(QStringLiteral("2024|P:01")));
        QSignalSpy counted(&dialog, &DashboardDialog::counted);
        dialog.count();
        QVERIFY(dialog.isCounting());
        QVERIFY(counted.wait(10000));
        QVERIFY(!dialog.isCounting());
        QVERIFY(dialog.result());
        QCOMPARE(dialog.result()->total.received, 3);
        QCOMPARE(dialog.result()->total.onTime, 1);
        QCOMPARE(dialog.result()->total.late, 1);
        QCOMPARE(dialog.result()->total.overdue, 1);
        // One procedure and the total.
        QCOMPARE(dialog.countsModel()->rowCount(), 2);
        const int lateColumn = ReportTables::firstCountColumn() + 3;
        QCOMPARE(dialog.countsModel()->item(0, lateColumn)->text(), QStringLiteral("1"));
        QSignalSpy shown(&dialog, &DashboardDialog::showDossiers);
        dialog.activateCell(0, lateColumn);
        QCOMPARE(shown.size(), 1);
        const ListFilter filter = shown.constFirst().at(0).value<ListFilter>();
        QCOMPARE(filter.deadline, DeadlineFilter::Late);
        QCOMPARE(*office.store->count(filter), 1);
        ListQuery q;
        q.filter = filter;
        const StoreResult<ListPage> page = office.store->list(q);
        QVERIFY(page);
        QCOMPARE(page->rows.size(), 1);
        QCOMPARE(page->rows.constFirst().code, QStringLiteral("000.00.01.G07-250124-0002"));
        // The name column is not a count: nothing to show.
        dialog.activateCell(0, 1);
        QCOMPARE(shown.size(), 1);
    }

    // 00004 is Phường Trúc Bạch in the 2024 list and Phường Ba Đình (the office's commune) in the 2025 one:
    // two dossiers received in January 2025 and one in August 2025 are two groups, each named in its list,
    // and each group's cell shows exactly its dossiers.
    void byCommune_aCodeOnBothSidesOfTheReformIsTwoGroups() {
        TestOffice office;
        office.services.clock = [] { return QDateTime(QDate(2025, 9, 10), QTime(12, 0)); };
        ChangeSet c;
        const QDateTime received[] = {QDateTime(QDate(2025, 1, 24), QTime(9, 0)),
                                      QDateTime(QDate(2025, 6, 30), QTime(15, 0)),
                                      QDateTime(QDate(2025, 8, 15), QTime(9, 0))};
        for (int i = 0; i < 3; ++i) {
            Dossier d = validDossier(QStringLiteral("000.00.01.G07-2508-000%1").arg(i + 1),
                                     QStringLiteral("Lê Thị Hoa"), received[i]);
            d.setValue(DossierField::MaXa, QStringLiteral("00004"));
            c.received << ChangeSet::ReceivedDossier{d, {}};
        }
        const auto applied = office.store->apply(c);
        QVERIFY2(applied, qPrintable(applied.error().message));
        DashboardDialog dialog(office.services);
        dialog.setPeriod(QDate(2025, 1, 1), QDate(2025, 9, 10));
        dialog.setGrouping(ReportGrouping::Commune);
        QVERIFY(dialog.setArea(QString())); // the whole database
        QSignalSpy counted(&dialog, &DashboardDialog::counted);
        dialog.count();
        QVERIFY(counted.wait(10000));
        QVERIFY(dialog.result());
        QStandardItemModel *model = dialog.countsModel();
        QCOMPARE(model->rowCount(), 3); // two groups and the total
        QCOMPARE(model->item(0, 1)->text(), QStringLiteral("00004 Phường Trúc Bạch (2024)"));
        QCOMPARE(model->item(1, 1)->text(), QStringLiteral("00004 Phường Ba Đình (2025)"));
        const int receivedColumn = ReportTables::firstCountColumn();
        QCOMPARE(model->item(0, receivedColumn)->text(), QStringLiteral("2"));
        QCOMPARE(model->item(1, receivedColumn)->text(), QStringLiteral("1"));
        QSignalSpy shown(&dialog, &DashboardDialog::showDossiers);
        const std::pair<GsoList, qint64> groups[] = {{GsoList::Units2024, 2}, {GsoList::Units2025, 1}};
        for (int row = 0; row < 2; ++row) {
            dialog.activateCell(row, receivedColumn);
            QCOMPARE(shown.size(), row + 1);
            const ListFilter filter = shown.at(row).at(0).value<ListFilter>();
            QCOMPARE(filter.commune, QStringLiteral("00004"));
            QCOMPARE(filter.areaList, std::optional<GsoList>(groups[row].first));
            QCOMPARE(*office.store->count(filter), groups[row].second);
        }
        // The office's own commune today counts only what was received since the reform.
        QVERIFY(dialog.setArea(QStringLiteral("2025|C:00004")));
        dialog.count();
        QVERIFY(counted.wait(10000));
        QCOMPARE(dialog.result()->total.received, 1);
        QVERIFY(!dialog.setArea(QStringLiteral("2025|C:99999")));
    }

    void cancel_stopsTheReportAndSaysSo() {
        TestOffice office;
        fill(office);
        DashboardDialog dialog(office.services);
        QSignalSpy counted(&dialog, &DashboardDialog::counted);
        dialog.count();
        dialog.cancel();
        QVERIFY(counted.wait(10000));
        QVERIFY(!dialog.isCounting());
        // Either it was stopped before it finished, or it had finished first: never a half result.
        if (!dialog.result())
            QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))
                        ->text()
                        .contains(DashboardDialog::tr("The report was cancelled; nothing was counted.")));
        // Counting again afterwards works.
        dialog.count();
        QVERIFY(counted.wait(10000));
        QVERIFY(dialog.result());
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
