// SPDX-License-Identifier: GPL-3.0-or-later
// The Print menu on the real main window (offscreen) over a real SQLite file: print preview of the receipt
// from the list and right after a new dossier is saved (Ctrl+P on its form), and the tracking book of the
// list as filtered saved as PDF, with its progress dialog and Cancel. PDFs read back with pdftotext.
#include "AppTestSupport.h"

#include "DossierForm.h"
#include "MainWindow.h"
#include "PrintActions.h"

#include <QAction>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QProgressDialog>
#include <QStatusBar>

using namespace btxh;
using namespace btxh::app;
using namespace btxh::app::test;

namespace {

QString code(int i) {
    return QStringLiteral("000.00.01.G07-261127-%1").arg(i, 4, 10, QLatin1Char('0'));
}

QString pdfText(const QString &pdf) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return QStringLiteral("<pdftotext did not run>");
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

class TestPrintActions : public QObject {
    Q_OBJECT

    std::unique_ptr<TestOffice> m_office;
    std::unique_ptr<MainWindow> m_window;

    void add(int from, int to, const QString &name) {
        ChangeSet c;
        for (int i = from; i < to; ++i)
            c.local << ChangeSet::LocalDossier{
                validDossier(code(i), name, QDateTime(QDate(2026, 11, 20), QTime(9, 0))), {}};
        const auto applied = m_office->store->apply(c);
        QVERIFY2(applied, qPrintable(applied.error().message));
    }

private Q_SLOTS:
    void init() {
        m_office = std::make_unique<TestOffice>();
        m_office->services.clock = [] { return QDateTime(QDate(2026, 11, 27), QTime(10, 0)); };
        add(1, 4, QStringLiteral("Nguyễn Văn An"));
        add(4, 5, QStringLiteral("Lê Thị Bích"));
        m_window = std::make_unique<MainWindow>(m_office->services);
        m_window->show();
    }

    void cleanup() {
        m_window.reset();
        m_office.reset();
    }

    void receipt_ctrlPOnTheListOpensItsPreview() {
        m_window->selectDossier(code(2));
        auto *action = child<QAction>(m_window.get(), QStringLiteral("actionPrintReceipt"));
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Print));
        QVERIFY(action->isEnabled());
        action->trigger();
        QPrintPreviewDialog *preview = nullptr;
        QTRY_VERIFY((preview = m_window->findChild<QPrintPreviewDialog *>(QStringLiteral("printPreview"))));
        QVERIFY2(preview->windowTitle().contains(code(2)), qPrintable(preview->windowTitle()));
        preview->close();
    }

    void receipt_ctrlPOnANewDossierWaitsUntilItIsSaved() {
        DossierForm *form = m_window->newDossier();
        QVERIFY(form);
        auto *print = child<QAction>(form, QStringLiteral("printReceiptAction"));
        QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
        QString said;
        answerMessageBox(QMessageBox::Ok, &said);
        print->trigger();
        QVERIFY2(said.contains(form->code()) && said.contains(QStringLiteral("Save")), qPrintable(said));
        QVERIFY(!m_window->findChild<QPrintPreviewDialog *>(QStringLiteral("printPreview")));

        QVERIFY(form->saveDraft()); // a draft is enough for a receipt
        print->trigger();
        QPrintPreviewDialog *preview = nullptr;
        QTRY_VERIFY((preview = form->findChild<QPrintPreviewDialog *>(QStringLiteral("printPreview"))));
        QVERIFY(preview->windowTitle().contains(form->code()));
        preview->close();
        form->close();
    }

    void receipt_ctrlPOnAnOpenedDossierOpensItsPreview() {
        DossierForm *form = m_window->editDossier(code(3));
        QVERIFY(form);
        auto *print = form->findChild<QAction *>(QStringLiteral("printReceiptAction"));
        QVERIFY(print);
        QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
        print->trigger();
        QPrintPreviewDialog *preview = nullptr;
        QTRY_VERIFY((preview = form->findChild<QPrintPreviewDialog *>(QStringLiteral("printPreview"))));
        QVERIFY2(preview->windowTitle().contains(code(3)), qPrintable(preview->windowTitle()));
        preview->close();
        form->close();
    }

    void book_savedAsPdfFollowsTheListFilter() {
        auto *search = child<QLineEdit>(m_window.get(), QStringLiteral("searchEdit"));
        search->setText(QStringLiteral("bich"));
        m_window->applyFilters();
        const QString pdf = m_office->dir.filePath(QStringLiteral("book.pdf"));
        QVERIFY(m_window->printActions()->saveAsPdf(PrintActions::Kind::Book, PrintActions::Paper::A4, pdf));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(code(4)), qPrintable(text));
        QVERIFY2(!text.contains(code(1)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Lê Thị Bích")));
    }

    void book_longOneShowsProgressAndCancelWritesNothing() {
        add(10, 1010, QStringLiteral("Phạm Văn Cường"));
        m_window->refreshList();
        const QString pdf = m_office->dir.filePath(QStringLiteral("long-book.pdf"));
        // Cancel as soon as the progress dialog has counted some lines (it processes events as it counts).
        int seen = 0;
        QTimer poll;
        poll.setInterval(0);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("bookProgress"));
            if (progress && progress->value() > 0) {
                seen = std::max(seen, progress->maximum());
                progress->cancel();
            }
        });
        poll.start();
        QVERIFY(!m_window->printActions()->saveAsPdf(PrintActions::Kind::Book, PrintActions::Paper::A4, pdf));
        poll.stop();
        QCOMPARE(seen, 1004);
        QVERIFY(!QFileInfo::exists(pdf));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Cancelled")),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }
};

QTEST_MAIN(TestPrintActions)
#include "tst_printactions.moc"
