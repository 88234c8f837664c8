// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintActions.h"

#include "AppLog.h"
#include "DossierForm.h"
#include "Printers.h"
#include "Store.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>

namespace btxh::app {

using documents::PrintJob;

PrintActions::PrintActions(QWidget *window, const AppServices &services, Sources sources)
    : QObject(window)
    , m_window(window)
    , m_services(services)
    , m_sources(std::move(sources))
    , m_menu(new QMenu(window))
    , m_pdfMenu(new QMenu(window)) {
    m_menu->setObjectName(QStringLiteral("menuPrint"));
    m_pdfMenu->setObjectName(QStringLiteral("menuSavePdf"));
    // In retranslate()'s order; the first three of each menu print the selected dossier.
    m_actions << addAction(m_menu, QKeySequence::Print, [this] {
        preview(Kind::Receipt, Paper::A4);
    }) << addAction(m_menu, QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_P), [this] {
        preview(Kind::Receipt, Paper::A5);
    }) << addAction(m_menu, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] {
        preview(Kind::Sheet);
    }) << addAction(m_menu, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P), [this] { preview(Kind::Book); });
    m_menu->addSeparator();
    m_menu->addMenu(m_pdfMenu);
    m_actions << addAction(m_pdfMenu, {}, [this] { saveAsPdf(Kind::Receipt, Paper::A4); })
              << addAction(m_pdfMenu, {}, [this] { saveAsPdf(Kind::Receipt, Paper::A5); })
              << addAction(m_pdfMenu, {}, [this] { saveAsPdf(Kind::Sheet); })
              << addAction(m_pdfMenu, {}, [this] { saveAsPdf(Kind::Book); });
    m_dossierActions = {m_actions[0], m_actions[1], m_actions[2], m_actions[4], m_actions[5], m_actions[6]};
    const char *const names[] = {"actionPrintReceipt", "actionPrintReceiptA5", "actionPrintSheet",
                                 "actionPrintBook",    "actionPdfReceipt",     "actionPdfReceiptA5",
                                 "actionPdfSheet",     "actionPdfBook"};
    for (int i = 0; i < m_actions.size(); ++i)
        m_actions[i]->setObjectName(QLatin1StringView(names[i]));
    retranslate();
}

PrintActions::~PrintActions() = default;

QAction *PrintActions::addAction(QMenu *menu, const QKeySequence &shortcut,
                                 const std::function<void()> &slot) {
    auto *action = new QAction(m_window);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, slot);
    menu->addAction(action);
    m_window->addAction(action);
    return action;
}

void PrintActions::retranslate() {
    m_menu->setTitle(tr("&Print"));
    m_pdfMenu->setTitle(tr("Save as PDF"));
    const QStringList texts = {tr("Receipt…"),
                               tr("Receipt on A5…"),
                               tr("Dossier sheet…"),
                               tr("Tracking book…"),
                               tr("Receipt (PDF)…"),
                               tr("Receipt on A5 (PDF)…"),
                               tr("Dossier sheet (PDF)…"),
                               tr("Tracking book (PDF)…")};
    for (int i = 0; i < m_actions.size(); ++i)
        m_actions[i]->setText(texts.value(i));
}

void PrintActions::updateActions(bool hasDossier) {
    for (QAction *a : std::as_const(m_dossierActions))
        a->setEnabled(hasDossier);
}

void PrintActions::attachTo(DossierForm *form) {
    auto *action = new QAction(form);
    action->setObjectName(QStringLiteral("printReceiptAction"));
    action->setShortcut(QKeySequence::Print);
    QPointer<DossierForm> guard(form);
    connect(action, &QAction::triggered, this, [this, guard] {
        if (guard)
            preview(Kind::Receipt, Paper::A4, guard->code(), guard);
    });
    form->addAction(action);
}

documents::PrintContext PrintActions::context() const {
    const OfficeSettings settings = m_services.settings();
    documents::PrintContext c;
    c.ethnicity = settings.ethnicity();
    c.now = m_services.now();
    c.officer = settings.handlerName();
    c.office = settings.officeUnit();
    return c;
}

std::unique_ptr<PrintJob> PrintActions::job(Kind kind, Paper paper, const QString &code, QWidget *parent) {
    auto job = std::make_unique<PrintJob>(*m_services.store, context());
    job->setPaper(paper);
    if (kind == Kind::Book) {
        const ListQuery query = m_sources.listQuery();
        job->setBook(query, 0, PrintJob::describe(query.filter, context()));
        return job;
    }
    const QString dossier = code.isEmpty() ? m_sources.currentCode() : code;
    if (dossier.isEmpty()) {
        m_sources.showMessage(tr("Select a dossier to print."));
        return nullptr;
    }
    if (const std::optional<StoreError> e = job->loadDossier(kind, dossier)) {
        if (e->kind == StoreError::Kind::NotFound)
            QMessageBox::information(parent ? parent : m_window, tr("Print"),
                                     tr("Save the dossier %1 first (Ctrl+S), then print it.").arg(dossier));
        else
            QMessageBox::warning(parent ? parent : m_window, tr("Print"), e->message);
        return nullptr;
    }
    return job;
}

PrintJob::Outcome PrintActions::paint(const PrintJob &job, QPagedPaintDevice *device, const QString &pdfPath,
                                      QString *error) {
    if (job.kind() != Kind::Book)
        return pdfPath.isEmpty() ? job.paint(device, {}, error) : job.writePdf(pdfPath, {}, error);
    // A long book: its progress, and Cancel. Setting the value lets the window repaint and take the click.
    QProgressDialog progress(tr("Printing the tracking book…"), tr("Cancel"), 0, 0, m_window);
    progress.setObjectName(QStringLiteral("bookProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const auto step = [&progress](qint64 done, qint64 total) {
        if (total > 0 && progress.maximum() != total)
            progress.setMaximum(int(std::min<qint64>(total, INT_MAX)));
        if (done % 10 == 0 || done == total)
            progress.setValue(int(std::min<qint64>(done, INT_MAX)));
        return !progress.wasCanceled();
    };
    const PrintJob::Outcome outcome =
        pdfPath.isEmpty() ? job.paint(device, step, error) : job.writePdf(pdfPath, step, error);
    progress.reset();
    return outcome;
}

QPrintPreviewDialog *PrintActions::preview(Kind kind, Paper paper, const QString &code, QWidget *parent) {
    std::shared_ptr<PrintJob> printJob = job(kind, paper, code, parent);
    if (!printJob)
        return nullptr;
    if (!documents::Printers::available())
        m_sources.showMessage(documents::Printers::noPrinterMessage());
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageLayout(printJob->pageLayout());
    printer->setDocName(printJob->title());
    auto *dialog = new QPrintPreviewDialog(printer, parent ? parent : m_window);
    dialog->setObjectName(QStringLiteral("printPreview"));
    dialog->setWindowTitle(printJob->title());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, this, [printer] { delete printer; });
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [this, printJob](QPrinter *target) {
        QString error;
        const PrintJob::Outcome outcome = paint(*printJob, target, QString(), &error);
        if (outcome == PrintJob::Outcome::Failed)
            m_sources.showMessage(tr("Cannot print: %1").arg(error));
        else if (outcome == PrintJob::Outcome::Cancelled)
            m_sources.showMessage(tr("Printing cancelled; the preview shows only part of the book."));
    });
    // Qt's preview leaves its page number and zoom unnamed: a screen reader would say only their values.
    for (QComboBox *zoom : dialog->findChildren<QComboBox *>())
        if (zoom->accessibleName().isEmpty())
            zoom->setAccessibleName(tr("Zoom"));
    for (QLineEdit *page : dialog->findChildren<QLineEdit *>())
        if (page->accessibleName().isEmpty() && !qobject_cast<QComboBox *>(page->parentWidget()))
            page->setAccessibleName(tr("Page number"));
    dialog->resize(900, 700);
    dialog->open();
    return dialog;
}

bool PrintActions::saveAsPdf(Kind kind, Paper paper, QString path) {
    const std::unique_ptr<PrintJob> printJob = job(kind, paper, QString(), nullptr);
    if (!printJob)
        return false;
    if (path.isEmpty()) {
        const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(printJob->title().replace(u'/', u'-') + QStringLiteral(".pdf"));
        path = QFileDialog::getSaveFileName(m_window, tr("Save as PDF"), suggested, tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return false;
    }
    QString error;
    const PrintJob::Outcome outcome = paint(*printJob, nullptr, path, &error);
    if (outcome == PrintJob::Outcome::Cancelled) {
        m_sources.showMessage(tr("Cancelled: no PDF was written."));
        return false;
    }
    if (outcome == PrintJob::Outcome::Failed) {
        QMessageBox::warning(m_window, tr("Save as PDF"), tr("The PDF was not written: %1").arg(error));
        return false;
    }
    qCInfo(lcApp) << "PDF written:" << int(kind);
    m_sources.showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace btxh::app
