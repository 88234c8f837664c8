// SPDX-License-Identifier: GPL-3.0-or-later
// The case list over a real store: lazy pages, counts, every sort column, jumps to the bottom as cheap as the
// top, bounded memory, and search as officers type it (no tone marks, đ as d, any case).
#include "AppTestSupport.h"

#include "CaseListModel.h"
#include "DeadlineMarks.h"
#include "MainWindow.h"
#include "VietnameseCollator.h"

#include <QScrollBar>
#include <QTableView>

using namespace btxh;
using namespace btxh::app;
using namespace btxh::app::test;

namespace {

const QStringList FamilyNames = {QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Lê"),
                                 QStringLiteral("Phạm"),   QStringLiteral("Đặng"), QStringLiteral("Vũ")};
const QStringList GivenNames = {QStringLiteral("Văn An"), QStringLiteral("Thị Hoà"),
                                QStringLiteral("Minh Đức"), QStringLiteral("Thu Trang"),
                                QStringLiteral("Quốc Bảo")};

} // namespace

class TestCaseListModel : public QObject {
    Q_OBJECT

    std::unique_ptr<TestOffice> m_office;
    static constexpr int Total = 1500;
    QDateTime m_now;

private Q_SLOTS:
    void initTestCase() {
        m_now = QDateTime(QDate(2025, 6, 15), QTime(10, 0));
        m_office = std::make_unique<TestOffice>(UserRole::CommuneOfficer, [this] { return m_now; });
        ChangeSet changes;
        for (int i = 1; i <= Total; ++i) {
            const QString code = QStringLiteral("000.00.01.G07-250101-%1").arg(i, 4, 10, QLatin1Char('0'));
            const QString name =
                FamilyNames.at(i % FamilyNames.size()) + u' ' + GivenNames.at(i % GivenNames.size());
            Dossier d = validDossier(code, name, m_now.addSecs(-600LL * i));
            changes.received << ChangeSet::ReceivedDossier{d, {}};
            if (i % 100 == 0) { // some dossiers have a step whose deadline has passed
                ProcessingStep s;
                s.setValue(ProgressField::MaHoSo, code);
                s.setValue(ProgressField::ThoiDiemXuLy, WireDate::formatDateTime(m_now.addDays(-10)));
                s.setValue(ProgressField::NgayKetThucTheoQuyDinh,
                           WireDate::formatDateTime(m_now.addDays(-2)));
                s.setValue(ProgressField::StatusId, QStringLiteral("4"));
                changes.receivedSteps << ChangeSet::ReceivedStep{s, {}};
            }
        }
        const auto applied = m_office->store->apply(changes);
        QVERIFY2(applied, qPrintable(applied.error().message));
    }

    void countsEverythingButLoadsOnlyWhatIsShown() {
        CaseListModel model(m_office->store.get(), [this] { return m_now; });
        model.setFilter(ListFilter());
        QCOMPARE(model.rowCount(), Total);
        QCOMPARE(model.totalCount(), qint64(Total));
        QCOMPARE(model.loadedPages(), 1);
        // Newest first by default.
        QCOMPARE(model.codeAt(0), QStringLiteral("000.00.01.G07-250101-0001"));
        QCOMPARE(model.codeAt(Total - 1), QStringLiteral("000.00.01.G07-250101-1500"));
        QCOMPARE(model.loadedPages(), 2); // the bottom came from the other end, not through every page
        // Every row is where a full query would put it, whichever way it was read.
        for (int row : {255, 256, 257, 700, 1023, 1024, 1279, 1280, 1499})
            QCOMPARE(model.codeAt(row),
                     QStringLiteral("000.00.01.G07-250101-%1").arg(row + 1, 4, 10, QLatin1Char('0')));
    }

    void memoryStaysBoundedWhileScrollingTheWholeList() {
        CaseListModel model(m_office->store.get(), [this] { return m_now; });
        model.setMaxPages(3);
        model.setFilter(ListFilter());
        QStringList seen;
        for (int row = 0; row < model.rowCount(); ++row)
            seen << model.data(model.index(row, CaseListModel::CodeColumn)).toString();
        QVERIFY(model.loadedPages() <= 3);
        QCOMPARE(seen.size(), Total);
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), Total); // no row twice, none skipped
        // Sequential reading goes page after page (keyset), one query per page.
        QCOMPARE(model.pageLoads(), (Total + CaseListModel::PageSize - 1) / CaseListModel::PageSize);
    }

    void countsLargeResultsInTheBackground() {
        CaseListModel model(m_office->store.get(), [this] { return m_now; });
        model.setCountInBackground(true);
        model.setFilter(ListFilter());
        // The first page shows at once; the count follows from the worker's own connection.
        QCOMPARE(model.rowCount(), CaseListModel::PageSize);
        QVERIFY(!model.isCountExact());
        QTRY_VERIFY(model.isCountExact());
        QCOMPARE(model.rowCount(), Total);
        QCOMPARE(model.codeAt(Total - 1), QStringLiteral("000.00.01.G07-250101-1500"));
        // A result that fits one page needs no count at all.
        ListFilter one;
        one.search = QStringLiteral("250101-0042");
        model.setFilter(one);
        QVERIFY(model.isCountExact());
        QCOMPARE(model.rowCount(), 1);
        // A count that arrives for a filter already replaced is dropped.
        ListFilter nguyen;
        nguyen.search = QStringLiteral("nguyen");
        model.setFilter(ListFilter());
        model.setFilter(nguyen);
        QTRY_VERIFY(model.isCountExact());
        QTest::qWait(100);
        QCOMPARE(model.rowCount(), int(Total / FamilyNames.size()));
    }

    void sortsByEveryColumn() {
        CaseListModel model(m_office->store.get(), [this] { return m_now; });
        model.setFilter(ListFilter());
        for (int column = 0; column < CaseListModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model.sort(column, order);
                QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
                QCOMPARE(model.rowCount(), Total);
                QVERIFY(!model.codeAt(Total - 1).isEmpty());
            }
        }
        model.sort(CaseListModel::CodeColumn, Qt::AscendingOrder);
        QCOMPARE(model.codeAt(0), QStringLiteral("000.00.01.G07-250101-0001"));
        model.sort(CaseListModel::CodeColumn, Qt::DescendingOrder);
        QCOMPARE(model.codeAt(0), QStringLiteral("000.00.01.G07-250101-1500"));
    }

    void findsNamesTypedWithoutToneMarks() {
        CaseListModel model(m_office->store.get(), [this] { return m_now; });
        ListFilter f;
        f.search = QStringLiteral("dang minh duc"); // Đặng Minh Đức: đ typed as d
        model.setFilter(f);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.data(model.index(row, CaseListModel::NameColumn)).toString(),
                     QStringLiteral("Đặng Minh Đức"));
        f.search = QStringLiteral("NGUYỄN");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), int(Total / FamilyNames.size()));
        f.search = QStringLiteral("250101-0042");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        f.search = QStringLiteral("khong co ai");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 0);
    }

    void marksAndFiltersOverdueDossiers() {
        CaseListModel model(m_office->store.get(), [this] { return m_now; });
        ListFilter f;
        f.deadline = DeadlineFilter::Overdue;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), Total / 100);
        // The filter and the marks use one clock: the store's and the model's must agree for this check.
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!model.data(model.index(row, CaseListModel::DeadlineColumn)).toString().isEmpty());
    }

    void aNewSearchStartsAtItsTopAndReadsOnlyItsFirstPage() {
        // Pages the view asks for are read on the GUI thread; at a million dossiers each costs a keystroke
        // 12-130 ms. A new search's first page comes from the worker, and nothing else should be read.
        MainWindow window(m_office->services);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CaseListModel *model = window.caseModel();
        QTableView *table = window.caseTable();
        QTRY_VERIFY(model->isCountExact());
        QCOMPARE(model->rowCount(), Total);
        table->scrollTo(model->index(1200, 0)); // far past the first page
        QTRY_VERIFY(table->verticalScrollBar()->value() > 1000);
        window.setSearchDelay(0);
        // Every dossier's code holds it: more than a page, so the count follows from the worker.
        QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("searchEdit")),
                         QStringLiteral("250101"));
        QTRY_VERIFY(model->filter().search == u"250101" && !model->isSearching() && model->isCountExact());
        QCOMPARE(model->rowCount(), Total);
        QTest::qWait(100); // the view paints what it now shows
        QCOMPARE(table->verticalScrollBar()->value(), 0);
        QCOMPARE(model->loadedPages(), 1);
    }

    void vietnameseCollationOrdersNames() {
        QStringList names{QStringLiteral("Đào"), QStringLiteral("Dương"), QStringLiteral("Ân"),
                          QStringLiteral("An"),  QStringLiteral("Bình"),  QStringLiteral("Ưng"),
                          QStringLiteral("Uông")};
        VietnameseCollator::sort(names);
        QCOMPARE(names, (QStringList{QStringLiteral("An"), QStringLiteral("Ân"), QStringLiteral("Bình"),
                                     QStringLiteral("Dương"), QStringLiteral("Đào"), QStringLiteral("Uông"),
                                     QStringLiteral("Ưng")}));
    }
};

QTEST_MAIN(TestCaseListModel)
#include "tst_caselistmodel.moc"
