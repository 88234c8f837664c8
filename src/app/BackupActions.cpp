// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupActions.h"

#include "AppLog.h"
#include "BackgroundJob.h"
#include "CaseListModel.h"
#include "DossierForm.h"
#include "MainWindow.h"
#include "Store.h"
#include "StoreBackup.h"
#include "SyncController.h"
#include "SyncSettings.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>

namespace btxh::app {

namespace {

// Progress from StoreBackup to the job's dialog; the job's Cancel stops the copy.
std::function<bool(qint64, qint64)> reportTo(BackgroundJob &job) {
    return [&job](qint64 done, qint64 total) {
        job.report(done, total);
        return !job.isCancelled();
    };
}

void warn(QWidget *parent, const QString &name, const QString &title, const StoreError &error) {
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::Ok, parent);
    box.setObjectName(name);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.exec();
}

} // namespace

BackupActions::BackupActions(MainWindow *window, const AppServices &services)
    : QObject(window)
    , m_window(window)
    , m_services(services) {
    setObjectName(QStringLiteral("backupActions"));
    m_chooseSave = [](QWidget *parent, const QString &title, const QString &suggested,
                      const QString &filter) {
        return QFileDialog::getSaveFileName(parent, title, suggested, filter);
    };
    m_chooseOpen = [](QWidget *parent, const QString &title, const QString &suggested,
                      const QString &filter) {
        return QFileDialog::getOpenFileName(parent, title, suggested, filter);
    };
}

QString BackupActions::suggestedBackupPath() const {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(QStringLiteral("btxh-backup-%1.sqlite")
                                     .arg(m_services.now().toString(QStringLiteral("yyyyMMdd-HHmm"))));
}

void BackupActions::showStatus(const QString &text, int timeoutMs) {
    m_window->statusBar()->showMessage(text, timeoutMs);
}

bool BackupActions::refuseOnServer(const QString &boxName) {
    if (!m_services.store->isServer())
        return false;
    warn(m_window, boxName, tr("Back up the database"),
         StoreError::make(StoreError::Kind::Invalid,
                          tr("The office's server database is backed up by its administrator with "
                             "PostgreSQL's own tools (pg_dump, or the server's backups); this computer "
                             "keeps no copy of it.")));
    return true;
}

bool BackupActions::backUp() {
    if (refuseOnServer(QStringLiteral("backupErrorBox")))
        return false;
    const QString filter = tr("BTXH backups (*.sqlite);;All files (*)");
    const QString path = m_chooseSave(m_window, tr("Back up the database"), suggestedBackupPath(), filter);
    if (path.isEmpty())
        return false;
    StoreBackup::Result r;
    const QString database = m_services.store->path();
    BackgroundJob::run(m_window, tr("Backing up…"), true, [&](BackgroundJob &job) {
        StoreBackup::Options options;
        options.clock = m_services.clock;
        options.progress = reportTo(job);
        r = StoreBackup::backup(database, path, options);
    });
    if (r.error.kind == StoreError::Kind::Interrupted) {
        showStatus(r.error.message, 15000);
        return false;
    }
    if (!r.ok()) {
        showStatus(QString());
        warn(m_window, QStringLiteral("backupErrorBox"), tr("The backup was not made"), r.error);
        return false;
    }
    qCInfo(lcApp) << "backup written:" << r.info.dossierCount << "dossiers";
    showStatus(tr("Backed up %n dossier(s) to %1 (%2).", nullptr, int(r.info.dossierCount))
                   .arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(r.info.bytes)),
               30000);
    Q_EMIT backedUp(path);
    return true;
}

bool BackupActions::closeForms() {
    // Each open form asks about its own unsaved changes; one "keep editing" stops the restore.
    const QList<DossierForm *> forms = m_window->findChildren<DossierForm *>();
    for (DossierForm *form : forms) {
        if (form->isVisible() && !form->close())
            return false;
    }
    return true;
}

bool BackupActions::restoreFromBackup() {
    if (refuseOnServer(QStringLiteral("restoreErrorBox")))
        return false;
    if (m_window->syncController()->isRunning()) {
        QMessageBox box(QMessageBox::Information, tr("Restore from backup"),
                        tr("A sync is running. Wait for it to finish, then restore."), QMessageBox::Ok,
                        m_window);
        box.setObjectName(QStringLiteral("restoreErrorBox"));
        box.exec();
        return false;
    }
    const QString filter = tr("BTXH backups (*.sqlite);;All files (*)");
    const QString file = m_chooseOpen(m_window, tr("Restore from backup"),
                                      QFileInfo(suggestedBackupPath()).absolutePath(), filter);
    if (file.isEmpty())
        return false;
    StoreBackup::Result checked;
    // The integrity check reads the whole backup once and cannot be stopped halfway.
    BackgroundJob::run(m_window, tr("Checking the backup…"), false,
                       [&](BackgroundJob &) { checked = StoreBackup::verify(file); });
    if (!checked.ok()) {
        warn(m_window, QStringLiteral("restoreErrorBox"), tr("This backup cannot be restored"),
             checked.error);
        return false;
    }

    const QString database = m_services.store->path();
    const QLocale locale;
    QMessageBox confirm(
        QMessageBox::Warning, tr("Restore from backup"),
        tr("Restore the backup of %1, holding %n dossier(s)?", nullptr, int(checked.info.dossierCount))
            .arg(locale.toString(checked.info.modified, QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Cancel, m_window);
    confirm.setObjectName(QStringLiteral("restoreConfirmBox"));
    confirm.setInformativeText(
        tr("Everything in the database is replaced by the backup's content: what was entered or received "
           "since "
           "the backup was taken is no longer shown. The current database is kept as a safety copy beside "
           "it.\n\nBackup: %1 (%2)\nDatabase: %3")
            .arg(QDir::toNativeSeparators(file), locale.formattedDataSize(checked.info.bytes),
                 QDir::toNativeSeparators(database)));
    confirm.button(QMessageBox::Yes)->setText(tr("Restore"));
    confirm.setDefaultButton(QMessageBox::Cancel);
    if (confirm.exec() != QMessageBox::Yes)
        return false;
    // A backup from another office or another time may send the keychain's key pair to another host.
    const QMap<QString, QString> current = StoreBackup::settingsOf(database);
    const QMap<QString, QString> incoming = StoreBackup::settingsOf(file);
    const bool gatewayDiffers =
        SyncSettings::describeConnection(current) != SyncSettings::describeConnection(incoming);
    const bool mayTakeGateway = m_services.settings().mayChangeConnection();
    bool keepGateway = gatewayDiffers;
    if (gatewayDiffers && mayTakeGateway) {
        QMessageBox ask(QMessageBox::Question, tr("Restore from backup"),
                        tr("The backup sends to another gateway than this database."),
                        QMessageBox::Yes | QMessageBox::No, m_window);
        ask.setObjectName(QStringLiteral("restoreGatewayBox"));
        ask.setInformativeText(
            tr("Backup: %1\nThis database: %2\n\nThe office's key pair is sent to the gateway "
               "chosen here. Keep this database's gateway unless the backup's is the right one.")
                .arg(SyncSettings::describeConnection(incoming), SyncSettings::describeConnection(current)));
        ask.button(QMessageBox::Yes)->setText(tr("Use the backup's gateway"));
        ask.button(QMessageBox::No)->setText(tr("Keep this database's gateway"));
        ask.setDefaultButton(QMessageBox::No);
        keepGateway = ask.exec() != QMessageBox::Yes;
    }
    if (!closeForms())
        return false;

    StoreBackup::Result r;
    // Every connection of ours is closed first: the restore refuses a database still in use.
    m_window->caseModel()->releaseConnection();
    m_services.store->close();
    BackgroundJob::run(m_window, tr("Restoring…"), true, [&](BackgroundJob &job) {
        StoreBackup::Options options;
        options.clock = m_services.clock;
        options.progress = reportTo(job);
        r = StoreBackup::restore(file, database, options);
    });
    // Reopened whatever happened: after a failure or a cancel the database is as it was.
    const StoreResult<void> reopened = m_services.store->open(database);
    showStatus(QString());
    if (reopened)
        Q_EMIT storeReplaced();
    if (r.error.kind == StoreError::Kind::Interrupted) {
        showStatus(r.error.message, 15000);
        return false;
    }
    if (!r.ok()) {
        warn(m_window, QStringLiteral("restoreErrorBox"), tr("The backup was not restored"), r.error);
        return false;
    }
    if (!reopened) {
        warn(m_window, QStringLiteral("restoreErrorBox"), tr("The restored database cannot be opened"),
             reopened.error());
        return false;
    }
    QString gatewayNote;
    if (keepGateway) {
        if (const StoreResult<void> put = SyncSettings::restoreConnection(*m_services.store, current); !put) {
            warn(m_window, QStringLiteral("restoreErrorBox"),
                 tr("The gateway settings could not be put back: check them in Settings before syncing"),
                 put.error());
            return false;
        }
        gatewayNote = mayTakeGateway ? tr("This database's gateway settings were kept.")
                                     : tr("This database's gateway settings were kept: only an administrator "
                                          "may take the backup's.");
    }
    qCInfo(lcApp) << "backup restored:" << r.info.dossierCount << "dossiers"
                  << (keepGateway ? "(gateway settings kept)" : "");
    QMessageBox done(QMessageBox::Information, tr("Restore from backup"),
                     tr("The backup was restored: %n dossier(s).", nullptr, int(r.info.dossierCount)),
                     QMessageBox::Ok, m_window);
    done.setObjectName(QStringLiteral("restoreDoneBox"));
    QStringList notes;
    if (!r.safetyCopyPath.isEmpty())
        notes << tr("The database as it was before is kept at %1")
                     .arg(QDir::toNativeSeparators(r.safetyCopyPath));
    if (!gatewayNote.isEmpty())
        notes << gatewayNote;
    done.setInformativeText(notes.join(u'\n'));
    done.exec();
    Q_EMIT restored(r.safetyCopyPath);
    return true;
}

} // namespace btxh::app
