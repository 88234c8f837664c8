// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfficeDatabasePage.h"
#include "ui_OfficeDatabasePage.h"

#include "AppLog.h"
#include "BackgroundJob.h"
#include "DatabaseChoice.h"
#include "DatabaseLocation.h"
#include "DatabaseMove.h"
#include "DatabasePath.h"
#include "SecretKind.h"
#include "SecretStore.h"
#include "Store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <climits>
#include <optional>

namespace btxh::app {

using secrets::SecretKind;
using secrets::SecretKinds;
using secrets::SecretResult;

namespace {

// The tables whose copy differed from the source, for the officer.
QStringList differing(const DatabaseCopy::Result &copy) {
    QStringList tables;
    for (const DatabaseCopy::TableCheck &c : copy.checks)
        if (!c.matches())
            tables << c.table;
    return tables;
}

} // namespace

OfficeDatabasePage::OfficeDatabasePage(const AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OfficeDatabasePage>())
    , m_services(services) {
    m_ui->setupUi(this);
    connect(m_ui->copyToServerButton, &QPushButton::clicked, this, &OfficeDatabasePage::copyToServer);
    connect(m_ui->copyFromServerButton, &QPushButton::clicked, this, &OfficeDatabasePage::chooseFileAndCopy);
    connect(m_ui->serverAddressEdit, &QLineEdit::textChanged, this, &OfficeDatabasePage::updateEnabled);
    connect(m_ui->openServerRadio, &QRadioButton::clicked, this, &OfficeDatabasePage::chooseServer);
    connect(m_ui->openOwnFileRadio, &QRadioButton::clicked, this, &OfficeDatabasePage::chooseOwnFile);
}

OfficeDatabasePage::~OfficeDatabasePage() = default;

void OfficeDatabasePage::load(bool editable) {
    m_editable = editable;
    const bool onServer = m_services.store->isServer();
    m_ui->localDatabaseLabel->setText(onServer ? tr("the office's server, %1").arg(m_services.store->path())
                                               : QDir::toNativeSeparators(m_services.store->path()));
    QString server = m_services.settings().value(OfficeSettings::OfficeServer);
    if (server.isEmpty() && onServer)
        server = m_services.store->path();
    if (server.isEmpty() && m_services.appSettings)
        server = DatabaseChoice::savedServer(*m_services.appSettings);
    m_ui->serverAddressEdit->setText(server);
    if (!editable)
        m_ui->moveResultLabel->setText(tr("Only the office's administrator moves the office's cases."));
    m_ui->openChoiceGroup->setVisible(m_services.appSettings != nullptr);
    if (m_services.appSettings) {
        const QString saved = DatabaseChoice::savedServer(*m_services.appSettings);
        showOpenChoice(!saved.isEmpty());
        m_ui->openChoiceNote->setText(saved.isEmpty()
                                          ? tr("At its next start this computer opens its own database file.")
                                          : tr("At its next start this computer opens %1.").arg(saved));
    }
    updateEnabled();
}

void OfficeDatabasePage::showOpenChoice(bool server) {
    m_ui->openServerRadio->setChecked(server);
    m_ui->openOwnFileRadio->setChecked(!server);
}

void OfficeDatabasePage::chooseOwnFile() {
    if (!m_services.appSettings)
        return;
    QString error;
    DatabaseChoice::saveServer(*m_services.appSettings, QString(), &error);
    m_ui->openChoiceNote->setText(tr("At its next start this computer opens its own database file, %1.")
                                      .arg(QDir::toNativeSeparators(defaultDatabasePath())));
}

void OfficeDatabasePage::chooseServer() {
    if (!m_services.appSettings || m_busy)
        return;
    QString error;
    const DatabaseLocation server = DatabaseChoice::serverAddress(m_ui->serverAddressEdit->text(), &error);
    if (!server.isValid()) {
        showOpenChoice(false);
        m_ui->openChoiceNote->setText(error);
        m_ui->serverAddressEdit->setFocus();
        return;
    }
    withPassword(server, m_ui->openChoiceNote, [this, server](const QString &password, bool typed) {
        checkServer(server, password, typed);
    });
}

void OfficeDatabasePage::checkServer(const DatabaseLocation &server, const QString &password, bool typed) {
    std::optional<StoreResult<qint64>> dossiers;
    // Opened as the app will open it at the next start, so a refusal (no tables yet, an older schema, a
    // wrong password, no network) is said now, at the desk, not then.
    BackgroundJob::run(this, tr("Connecting to %1…").arg(server.display()), false, [&](BackgroundJob &) {
        Store::Options options;
        options.readOnly = true;
        options.serverPassword = [password](const QString &) { return password; };
        Store store(options);
        const StoreResult<void> opened = store.open(server.display());
        dossiers = opened ? store.count(ListFilter()) : StoreResult<qint64>(opened.error());
    });
    m_busy = false;
    updateEnabled();
    if (!*dossiers) {
        showOpenChoice(false);
        m_ui->openChoiceNote->setText(
            tr("This computer keeps opening its own file: %1").arg(dossiers->error().message));
        return;
    }
    QString error;
    if (!DatabaseChoice::saveServer(*m_services.appSettings, server.display(), &error)) {
        showOpenChoice(false);
        m_ui->openChoiceNote->setText(error);
        return;
    }
    if (typed) {
        // The server took it: kept for the app's next start, never in a file of ours.
        m_services.secrets->write(SecretKinds::databaseProfile(server.keychainKey()),
                                  SecretKind::DatabasePassword, password, {}, this);
        m_ui->serverPasswordEdit->clear();
    }
    qCInfo(lcApp) << "this desktop opens the office server from its next start";
    m_ui->openChoiceNote->setText(
        tr("%1 holds %Ln dossier(s). At its next start this computer opens it; its own file stays as it is.",
           nullptr, int(std::min<qint64>(**dossiers, INT_MAX)))
            .arg(server.display()));
}

void OfficeDatabasePage::updateEnabled() {
    const bool ready = m_editable && !m_busy;
    const bool address = !m_ui->serverAddressEdit->text().trimmed().isEmpty();
    // Any officer may point this computer at the office's server; only the administrator moves cases.
    m_ui->serverAddressEdit->setEnabled(!m_busy);
    m_ui->serverPasswordEdit->setEnabled(!m_busy);
    m_ui->openChoiceGroup->setEnabled(!m_busy);
    // On the server already, there is nothing of this computer's to copy there.
    m_ui->copyToServerButton->setEnabled(ready && address && !m_services.store->isServer());
    m_ui->copyFromServerButton->setEnabled(ready && address);
}

void OfficeDatabasePage::copyToServer() {
    start(Direction::ToServer, m_services.store->path());
}

void OfficeDatabasePage::copyFromServer(const QString &file) {
    start(Direction::FromServer, file);
}

void OfficeDatabasePage::chooseFileAndCopy() {
    const QString file =
        m_chooseFile ? m_chooseFile(this)
                     : QFileDialog::getSaveFileName(this, tr("New database file for the office's cases"),
                                                    QString(), tr("Database (*.sqlite)"));
    if (!file.isEmpty())
        copyFromServer(file);
}

void OfficeDatabasePage::start(Direction direction, const QString &file) {
    if (m_busy)
        return;
    QString error;
    const DatabaseLocation server = DatabaseChoice::serverAddress(m_ui->serverAddressEdit->text(), &error);
    if (!server.isValid()) {
        finish(false, error);
        m_ui->serverAddressEdit->setFocus();
        return;
    }
    withPassword(server, m_ui->moveResultLabel,
                 [this, direction, server, file](const QString &password, bool typed) {
                     run(direction, server, file, password, typed);
                 });
}

void OfficeDatabasePage::withPassword(const DatabaseLocation &server, QLabel *note,
                                      std::function<void(const QString &password, bool typed)> then) {
    m_busy = true;
    updateEnabled();
    const QString typed = m_ui->serverPasswordEdit->text();
    if (!typed.isEmpty() || !m_services.secrets) {
        then(typed, !typed.isEmpty());
        return;
    }
    note->setText(tr("Asking the keychain for the server's password…"));
    m_services.secrets->read(
        SecretKinds::databaseProfile(server.keychainKey()), SecretKind::DatabasePassword,
        [then = std::move(then)](const SecretResult &r) {
            // Not stored, or a keychain that cannot be asked: libpq reads ~/.pgpass instead.
            then(r.ok() ? r.value : QString(), false);
        },
        this);
}

void OfficeDatabasePage::run(Direction direction, const DatabaseLocation &server, const QString &file,
                             const QString &password, bool typed) {
    DatabaseMove::Options options;
    options.password = password;
    std::optional<StoreResult<DatabaseMove::Result>> outcome;
    QElapsedTimer timer;
    timer.start();
    const QString label = direction == Direction::ToServer ? tr("Copying to %1…").arg(server.display())
                                                           : tr("Copying from %1…").arg(server.display());
    BackgroundJob::run(this, label, true, [&](BackgroundJob &job) {
        options.copy.progress = [&job](const QString &, qint64 done, qint64 total) {
            job.report(done, total);
        };
        options.copy.cancelled = [&job] { return job.isCancelled(); };
        outcome = direction == Direction::ToServer ? DatabaseMove::fileToServer(file, server, options)
                                                   : DatabaseMove::serverToFile(server, file, options);
    });
    options.password.fill(u'\0');
    m_busy = false;
    const StoreResult<DatabaseMove::Result> &r = *outcome;
    if (!r) {
        qCWarning(lcApp) << "office move failed:" << StoreError::kindName(r.error().kind);
        finish(false, r.error().message);
        return;
    }
    const QLocale locale;
    if (!r->copy.committed) {
        finish(false, tr("The copy differed from its source in: %1. It was rolled back; nothing was kept.")
                          .arg(differing(r->copy).join(QStringLiteral(", "))));
        return;
    }
    m_services.settings().setValue(OfficeSettings::OfficeServer, server.display());
    if (typed) {
        // The server took it: kept for the next move (and the office's desktops), never in a file of ours.
        m_services.secrets->write(SecretKinds::databaseProfile(server.keychainKey()),
                                  SecretKind::DatabasePassword, m_ui->serverPasswordEdit->text(), {}, this);
        m_ui->serverPasswordEdit->clear();
    }
    QString text;
    if (r->createdSchema)
        text = tr("Created the office's tables on the server (schema %1).").arg(r->schemaVersion) + u' ';
    const QString seconds = locale.toString(std::max<qint64>(timer.elapsed(), 1) / 1000.0, 'f', 1);
    text += direction == Direction::ToServer
                ? tr("Copied %1 rows to %2 in %3 s; every table's row count and SHA-256 are the same on both "
                     "sides.")
                      .arg(locale.toString(r->rows()), server.display(), seconds)
                : tr("Copied %1 rows into %2 in %3 s; every table's row count and SHA-256 are the same on "
                     "both sides.")
                      .arg(locale.toString(r->rows()), QDir::toNativeSeparators(file), seconds);
    qCInfo(lcApp) << "office move done:" << r->rows() << "rows";
    finish(true, text);
}

void OfficeDatabasePage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

void OfficeDatabasePage::finish(bool ok, const QString &text) {
    m_busy = false;
    m_ui->moveResultLabel->setText(text);
    updateEnabled();
    Q_EMIT moveFinished(ok);
}

} // namespace btxh::app
