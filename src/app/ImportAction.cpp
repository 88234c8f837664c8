// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportAction.h"

#include "AppLog.h"
#include "BackgroundJob.h"
#include "FileImport.h"
#include "SheetImport.h"
#include "SheetPreviewDialog.h"
#include "Store.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace btxh::app {

namespace {

QString documentsFolder() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder.isEmpty() ? QDir::homePath() : folder;
}

} // namespace

ImportAction::ImportAction(QWidget *window, const AppServices &services)
    : QObject(window)
    , m_window(window)
    , m_services(services) {
    setObjectName(QStringLiteral("importAction"));
    m_chooseOpen = [](QWidget *parent, const QString &title, const QString &suggested,
                      const QString &filter) {
        return QFileDialog::getOpenFileName(parent, title, suggested, filter);
    };
    m_chooseSave = [](QWidget *parent, const QString &title, const QString &suggested,
                      const QString &filter) {
        return QFileDialog::getSaveFileName(parent, title, suggested, filter);
    };
}

void ImportAction::warn(const QString &title, const QString &text) {
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("importErrorBox"));
    box.exec();
}

void ImportAction::inform(const QString &text) {
    QMessageBox box(QMessageBox::Information, tr("Import"), text, QMessageBox::Ok, m_window);
    box.setObjectName(QStringLiteral("importDoneBox"));
    box.exec();
}

bool ImportAction::importFile() {
    const QString filter = tr("Dossiers to import (*.csv *.json *.btxhx);;Sheets in the import template "
                              "(*.csv);;Exported dossier files (*.json *.btxhx);;All files (*)");
    const QString path = m_chooseOpen(m_window, tr("Import dossiers"), documentsFolder(), filter);
    if (path.isEmpty())
        return false;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"json" || suffix == u"btxhx")
        return importJson(path);
    return importSheet(path);
}

bool ImportAction::importSheet(const QString &path) {
    const QString name = QFileInfo(path).fileName();
    const QString database = m_services.store->path();
    SheetImport sheet;
    SheetImport::Options options;
    options.context = m_services.validationContext();
    bool read = false;
    QString openError;
    Store::Options readOptions = m_services.store->options();
    readOptions.readOnly = true;
    const bool finished =
        BackgroundJob::run(m_window, tr("Reading %1…").arg(name), true, [&](BackgroundJob &job) {
            Store store(readOptions);
            if (const StoreResult<void> opened = store.open(database); !opened) {
                openError = opened.error().message;
                return;
            }
            options.progress = [&job](qint64 done, qint64 total) {
                job.report(done, total);
                return !job.isCancelled();
            };
            read = sheet.read(path, &store, options);
        });
    if (!finished || sheet.cancelled())
        return false;
    if (!read) {
        warn(tr("Cannot import %1").arg(name),
             tr("%1 cannot be imported; nothing was stored.\n\n%2")
                 .arg(name, sheet.error().isEmpty() ? openError : sheet.error()));
        return false;
    }
    SheetPreviewDialog preview(sheet, name, m_window);
    if (m_previewHook)
        m_previewHook(&preview);
    if (preview.exec() != QDialog::Accepted)
        return false;
    const ChangeSet changes = sheet.changes(preview.keepDrafts());
    if (changes.isEmpty())
        return false;
    std::optional<StoreResult<ChangeResult>> stored;
    const Store::Options storeOptions = m_services.store->options();
    BackgroundJob::run(m_window, tr("Storing %n dossier(s)…", nullptr, int(changes.local.size())), false,
                       [&](BackgroundJob &) {
                           Store store(storeOptions);
                           const StoreResult<void> opened = store.open(database);
                           stored = opened ? store.apply(changes) : StoreResult<ChangeResult>(opened.error());
                       });
    if (!stored || !*stored) {
        warn(tr("Cannot import %1").arg(name),
             tr("Nothing was imported: %1").arg(stored ? stored->error().message : QString()));
        return false;
    }
    int drafts = 0;
    for (const ChangeSet::LocalDossier &l : changes.local)
        drafts += hasErrors(l.problems) ? 1 : 0;
    qCInfo(lcApp) << "sheet imported:" << changes.local.size() << "dossiers," << drafts << "drafts";
    Q_EMIT storeChanged();
    inform(tr("Imported %n dossier(s) from %1", nullptr, int(changes.local.size())).arg(name) +
           (drafts > 0 ? QStringLiteral(" ") + tr("(%n kept as draft(s)).", nullptr, drafts)
                       : QStringLiteral(".")));
    return true;
}

bool ImportAction::importJson(const QString &path) {
    const QString name = QFileInfo(path).fileName();
    const ValidationContext context = m_services.validationContext();
    std::optional<PayloadImport> plan;
    QString error;
    const bool finished =
        BackgroundJob::run(m_window, tr("Reading %1…").arg(name), true,
                           [&](BackgroundJob &) { plan = FileImport::read(path, context, &error); });
    if (!finished)
        return false;
    if (!plan || plan->changes.isEmpty()) {
        warn(tr("Cannot import %1").arg(name),
             tr("%1 cannot be imported.\n\n%2").arg(name, plan ? FileImport::describe(*plan) : error));
        return false;
    }
    QMessageBox box(QMessageBox::Question, tr("Import %1").arg(name),
                    tr("Import the dossiers of %1 into this computer's database?\n\n%2")
                        .arg(name, FileImport::describe(*plan)),
                    QMessageBox::Yes | QMessageBox::No, m_window);
    box.setObjectName(QStringLiteral("importConfirmBox"));
    box.button(QMessageBox::Yes)->setText(tr("Import"));
    box.button(QMessageBox::No)->setText(tr("Do not import"));
    if (box.exec() != QMessageBox::Yes)
        return false;
    bool ok = false;
    QString message;
    const QString database = m_services.store->path();
    const Store::Options storeOptions = m_services.store->options();
    BackgroundJob::run(m_window, tr("Storing…"), false, [&](BackgroundJob &) {
        Store store(storeOptions);
        if (const StoreResult<void> opened = store.open(database); !opened) {
            message = opened.error().message;
            return;
        }
        ok = FileImport::apply(store, *plan, &message);
    });
    if (!ok) {
        warn(tr("Cannot import %1").arg(name), message);
        return false;
    }
    Q_EMIT storeChanged();
    inform(message);
    return true;
}

bool ImportAction::saveTemplate() {
    const QString suggested = QDir(documentsFolder()).filePath(QStringLiteral("mau-nhap-ho-so.xlsx"));
    const QString path = m_chooseSave(m_window, tr("Save the import template"), suggested,
                                      tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!SheetImport::writeTemplate(path, TableWriter::formatForPath(path).value_or(TableFormat::Xlsx),
                                    &error)) {
        warn(tr("The template was not saved"), error);
        return false;
    }
    return true;
}

} // namespace btxh::app
