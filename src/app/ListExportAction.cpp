// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListExportAction.h"

#include "AppLog.h"
#include "BackgroundJob.h"
#include "DossierExport.h"
#include "Store.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace btxh::app {

ListExportAction::ListExportAction(QWidget *window, const AppServices &services)
    : QObject(window)
    , m_window(window)
    , m_services(services) {
    setObjectName(QStringLiteral("listExportAction"));
    m_chooseSave = [](QWidget *parent, const QString &title, const QString &suggested,
                      const QString &filter) {
        return QFileDialog::getSaveFileName(parent, title, suggested, filter);
    };
}

bool ListExportAction::exportList(const ListQuery &query) {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("ho-so-%1.xlsx").arg(m_services.now().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString filter = tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)");
    QString path = m_chooseSave(m_window, tr("Export the list"), suggested, filter);
    if (path.isEmpty())
        return false;
    std::optional<TableFormat> format = TableWriter::formatForPath(path);
    if (!format) {
        path += QStringLiteral(".xlsx");
        format = TableFormat::Xlsx;
    }
    const QString database = m_services.store->path();
    const ValidationContext context = m_services.validationContext();
    Store::Options options = m_services.store->options();
    options.readOnly = true;
    DossierExport::Result result;
    const bool finished =
        BackgroundJob::run(m_window, tr("Exporting the list…"), true, [&](BackgroundJob &job) {
            Store store(options);
            if (const StoreResult<void> opened = store.open(database); !opened) {
                result.error = opened.error().message;
                return;
            }
            const std::unique_ptr<TableWriter> writer = TableWriter::create(*format, path);
            // The CLI's namer: a place is named in the list in force on the row's received date, as on
            // screen.
            const CaseListSheet sheet(CaseListSheet::catalogueNamer(context));
            result = DossierExport::run(store, query, 0, *writer, sheet, [&job](qint64 done, qint64 total) {
                job.report(done, total);
                return !job.isCancelled();
            });
        });
    if (!finished || result.cancelled) {
        qCInfo(lcApp) << "list export cancelled after" << result.rows << "rows";
        return false;
    }
    if (!result.error.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("The list was not exported"), result.error, QMessageBox::Ok,
                        m_window);
        box.setObjectName(QStringLiteral("exportErrorBox"));
        box.exec();
        return false;
    }
    qCInfo(lcApp) << "list exported:" << result.rows << "rows";
    Q_EMIT exported(path, result.rows);
    return true;
}

} // namespace btxh::app
