// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export the list… and File > Import… on the real main window (offscreen) over a real SQLite file: the
// file dialogs answered through the injectable choosers, the import preview looked at and answered, the
// message boxes by their names.
#include "AppTestSupport.h"

#include "BackgroundJob.h"
#include "CaseListModel.h"
#include "CaseListSheet.h"
#include "CsvTableWriter.h"
#include "ImportAction.h"
#include "ListExportAction.h"
#include "MainWindow.h"
#include "SheetPreviewDialog.h"
#include "SheetPreviewModel.h"
#include "Translations.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QThread>

using namespace btxh;
using namespace btxh::app;
using namespace btxh::app::test;

namespace {

QString code(int i) {
    return QStringLiteral("000.00.01.G07-261120-%1").arg(i, 4, 10, QLatin1Char('0'));
}

const QDateTime Received(QDate(2026, 11, 20), QTime(9, 0));

// The import template's columns filled with a dossier's values, as an officer would type them.
QByteArray sheetOf(const QList<Dossier> &dossiers) {
    const QList<CaseListSheet::Column> columns = CaseListSheet::columns(true);
    QStringList header;
    for (const CaseListSheet::Column &c : columns)
        header << CsvTableWriter::quoted(CaseListSheet::header(c, Language::Vietnamese));
    QByteArray out = "\xEF\xBB\xBF" + header.join(u',').toUtf8() + "\r\n";
    for (const Dossier &d : dossiers) {
        QStringList cells;
        for (const CaseListSheet::Column &c : columns)
            cells << CsvTableWriter::quoted(c.role == CaseListSheet::Column::Role::Documents
                                                ? QString::fromUtf8("Tờ khai.pdf")
                                                : d.fields.value(c.spec->id));
        out += cells.join(u',').toUtf8() + "\r\n";
    }
    return out;
}

} // namespace

class TestSheetActions : public QObject {
    Q_OBJECT

    std::unique_ptr<TestOffice> m_office;
    std::unique_ptr<MainWindow> m_window;

    QString path(const QString &name) const { return m_office->dir.filePath(name); }
    ImportAction *importer() { return child<ImportAction>(m_window.get(), QStringLiteral("importAction")); }
    ListExportAction *exporter() {
        return child<ListExportAction>(m_window.get(), QStringLiteral("listExportAction"));
    }
    qint64 stored() { return m_office->store->count(ListFilter()).value_or(-1); }
    qint64 listed() {
        CaseListModel *model = m_window->caseModel();
        if (!QTest::qWaitFor([model] { return !model->isSearching() && model->isCountExact(); }, 5000))
            return -1;
        return model->totalCount();
    }
    QString writeSheet(const QString &name, const QByteArray &bytes) {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return f.fileName();
    }
    void choose(const QString &file) {
        importer()->setOpenFileChooser(
            [file](QWidget *, const QString &, const QString &, const QString &) { return file; });
    }
    // Two good rows and one whose date of birth is text.
    QString mixedSheet() {
        Dossier bad = validDossier(code(12), QString::fromUtf8("Lê Thị Hoa"), Received);
        bad.setValue(DossierField::NgayThangNamSinh, QString::fromUtf8("mùng 5 tháng 3"));
        return writeSheet(QStringLiteral("new.csv"),
                          sheetOf({validDossier(code(10), QString::fromUtf8("Phạm Văn Đức"), Received),
                                   validDossier(code(11), QString::fromUtf8("Đỗ Thị Mai"), Received), bad}));
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(Language::English);
    }

    void init() {
        m_office = std::make_unique<TestOffice>();
        ChangeSet c;
        for (int i = 1; i < 4; ++i)
            c.local << ChangeSet::LocalDossier{
                validDossier(code(i), QString::fromUtf8("Nguyễn Văn An"), Received), {}};
        QVERIFY(m_office->store->apply(c));
        m_window = std::make_unique<MainWindow>(m_office->services);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(listed(), 3);
    }

    void cleanup() {
        m_window.reset();
        m_office.reset();
    }

    void exportList_writesTheListAsFiltered() {
        const QString csv = path(QStringLiteral("list.csv"));
        exporter()->setSaveFileChooser(
            [csv](QWidget *, const QString &, const QString &, const QString &) { return csv; });
        ListFilter f;
        f.search = code(2);
        m_window->caseModel()->setFilter(f);
        QCOMPARE(listed(), 1);
        auto *action = child<QAction>(m_window.get(), QStringLiteral("actionExportList"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // header, one dossier, the last line's end
        QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBF"));
        QVERIFY(lines.at(1).contains(code(2).toUtf8()));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("1 dossier exported")),
                 qPrintable(m_window->statusBar()->currentMessage()));

        const QString xlsx = path(QStringLiteral("list"));
        exporter()->setSaveFileChooser(
            [xlsx](QWidget *, const QString &, const QString &, const QString &) { return xlsx; });
        action->trigger();
        QFile book(xlsx + QStringLiteral(".xlsx")); // no extension given: a workbook
        QVERIFY(book.open(QIODevice::ReadOnly));
        QCOMPARE(book.read(2), QByteArray("PK"));
    }

    void importSheet_previewCancelled_storesNothing() {
        choose(mixedSheet());
        int previewed = 0;
        importer()->setPreviewHook([&previewed](SheetPreviewDialog *dialog) {
            ++previewed;
            QVERIFY(dialog->model()->rowCount() >= 3); // a line per row at least
            QTimer::singleShot(0, dialog, &QDialog::reject);
        });
        auto *action = child<QAction>(m_window.get(), QStringLiteral("actionImport"));
        QVERIFY(action->isEnabled());
        action->trigger();
        QCOMPARE(previewed, 1);
        QCOMPARE(stored(), 3);
    }

    void importSheet_keepsErrorsAsDraftsOnlyWhenChosen() {
        choose(mixedSheet());
        QString summary, button;
        importer()->setPreviewHook([&](SheetPreviewDialog *dialog) {
            summary = child<QLabel>(dialog, QStringLiteral("summaryLabel"))->text();
            auto *ok =
                child<QDialogButtonBox>(dialog, QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
            child<QCheckBox>(dialog, QStringLiteral("draftsCheck"))->setChecked(true);
            button = ok->text();
            QTimer::singleShot(0, ok, &QPushButton::click);
        });
        QString done;
        answerMessageBox(QMessageBox::Ok, &done);
        QVERIFY(importer()->importFile());
        QVERIFY2(summary.contains(QStringLiteral("Ready: 2. With errors: 1. Cannot be imported: 0.")),
                 qPrintable(summary));
        QCOMPARE(button, QStringLiteral("Import 3 dossiers"));
        QCOMPARE(stored(), 6);
        QCOMPARE(m_office->store->dossier(code(10))->syncState, SyncState::Ready);
        QCOMPARE(m_office->store->dossier(code(12))->syncState, SyncState::Draft);
        QCOMPARE(listed(), 6); // the list shows them
    }

    void importWorkbook_isRefusedWithWhatToDo() {
        choose(writeSheet(QStringLiteral("new.xlsx"), "PK\x03\x04"));
        QString text;
        answerMessageBox(QMessageBox::Ok, &text);
        QVERIFY(!importer()->importFile());
        QVERIFY2(text.contains(QStringLiteral("CSV UTF-8")), qPrintable(text));
        QCOMPARE(stored(), 3);
    }

    void backgroundJob_cancelStopsTheWork_whileTheWindowKeepsAnswering() {
        int ticks = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, [&ticks] { ++ticks; });
        tick.start(10);
        QTimer::singleShot(500, m_window.get(), [this] {
            // The officer clicks Cancel.
            if (auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("jobProgress")))
                if (auto *button = progress->findChild<QPushButton *>())
                    button->click();
        });
        QElapsedTimer waited;
        waited.start();
        const bool finished =
            BackgroundJob::run(m_window.get(), QStringLiteral("long job"), true, [](BackgroundJob &job) {
                QElapsedTimer limit;
                limit.start();
                for (qint64 i = 0; !job.isCancelled() && limit.elapsed() < 10000; ++i) {
                    job.report(i, 0);
                    QThread::msleep(5);
                }
            });
        QVERIFY(!finished);
        QVERIFY(waited.elapsed() < 9000); // stopped by Cancel, not by the work's own limit
        QVERIFY2(ticks > 10, qPrintable(QString::number(ticks))); // the GUI thread kept running its timers
    }

    void saveTemplate_writesTheHeaderRow() {
        const QString file = path(QStringLiteral("template.csv"));
        importer()->setSaveFileChooser(
            [file](QWidget *, const QString &, const QString &, const QString &) { return file; });
        QVERIFY(importer()->saveTemplate());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray header = f.readLine();
        QVERIFY(header.contains("Dossier code"));
        QVERIFY(header.contains("Submitted documents"));
        QVERIFY(f.readLine().isEmpty());
    }
};

QTEST_MAIN(TestSheetActions)
#include "tst_sheetactions.moc"
