// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictDialog.h"
#include "ui_ConflictDialog.h"

#include "AppLog.h"
#include "ChangeSet.h"
#include "JsonCodec.h"
#include "Store.h"
#include "Validator.h"

#include <QJsonDocument>
#include <QMessageBox>

namespace btxh::app {

ConflictDialog::ConflictDialog(const AppServices &services, const QString &code, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConflictDialog>())
    , m_services(services)
    , m_code(code) {
    m_ui->setupUi(this);
    m_comparison = new DossierComparison(m_ui->comparisonTable, this);

    const StoreResult<StoredDossier> stored = services.store->dossier(code);
    if (stored && stored->syncState == SyncState::Conflict) {
        m_comparison->setDossiers(
            stored->dossier, JsonCodec::readDossier(QJsonDocument::fromJson(stored->serverJson).object()));
        m_loaded = true;
    }
    connect(m_ui->onlyDifferencesCheck, &QCheckBox::toggled, this, &ConflictDialog::fill);
    connect(m_ui->keepLocalButton, &QPushButton::clicked, this, &ConflictDialog::keepAllLocal);
    connect(m_ui->takeServerButton, &QPushButton::clicked, this, &ConflictDialog::takeAllServer);
    connect(m_ui->applyButton, &QPushButton::clicked, this, &ConflictDialog::applyChoices);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ConflictDialog::reject);
    for (QPushButton *b : {m_ui->keepLocalButton, m_ui->takeServerButton, m_ui->applyButton})
        b->setEnabled(m_loaded);
    fill();
}

ConflictDialog::~ConflictDialog() = default;

void ConflictDialog::fill() {
    const QStringList headers{tr("Field"), tr("On this computer"), tr("On the server")};
    if (!m_loaded) {
        m_ui->conflictHeader->setText(tr("The dossier %1 is not in conflict (any more).").arg(m_code));
        m_ui->comparisonTable->setHorizontalHeaderLabels(headers);
        m_ui->comparisonTable->setRowCount(0);
        return;
    }
    m_ui->conflictHeader->setText(tr("The server changed the dossier %1 while your edits were waiting to be "
                                     "sent. For each line, tick the "
                                     "value to keep. %n line(s) differ.",
                                     "", int(differences().size()))
                                      .arg(m_code));
    m_comparison->fill({headers, m_ui->onlyDifferencesCheck->isChecked(), m_services.validationContext()});
}

bool ConflictDialog::finish(const StoreError &error) {
    if (error.isError()) {
        QMessageBox::warning(this, tr("Cannot resolve the conflict"), error.message);
        return false;
    }
    qCInfo(lcApp) << "conflict of" << m_code << "resolved";
    Q_EMIT resolved(m_code);
    accept();
    return true;
}

bool ConflictDialog::keepAllLocal() {
    if (!m_loaded)
        return false;
    return finish(m_services.store->resolveConflict(m_code, Store::ConflictChoice::KeepLocal).error());
}

bool ConflictDialog::takeAllServer() {
    if (!m_loaded)
        return false;
    return finish(m_services.store->resolveConflict(m_code, Store::ConflictChoice::TakeServer).error());
}

bool ConflictDialog::applyChoices() {
    if (!m_loaded)
        return false;
    const int fromServer = m_comparison->rightCount();
    if (fromServer == 0)
        return keepAllLocal();
    if (fromServer == differences().size())
        return takeAllServer();
    const Dossier d = merged();
    Problems problems = Validator(m_services.validationContext()).validate(d);
    for (Problem &p : problems)
        p.recordKey = m_code;
    // The server's copy becomes the base, then the merged values are the local edit on top of it: one write.
    return finish(
        m_services.store
            ->resolveConflict(m_code, Store::ConflictChoice::TakeServer, ChangeSet::LocalDossier{d, problems})
            .error());
}

void ConflictDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fill();
    }
    QDialog::changeEvent(event);
}

} // namespace btxh::app
