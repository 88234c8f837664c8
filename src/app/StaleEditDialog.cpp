// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaleEditDialog.h"
#include "ui_ConflictDialog.h"

#include "AppLog.h"
#include "Store.h"

#include <QMessageBox>

namespace btxh::app {

StaleEditDialog::StaleEditDialog(const AppServices &services, const Dossier &yours, const QString &reason,
                                 QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConflictDialog>())
    , m_services(services)
    , m_code(yours.code())
    , m_reason(reason) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("staleEditDialog"));
    m_comparison = new DossierComparison(m_ui->comparisonTable, this);
    const StoreResult<StoredDossier> stored = services.store->dossier(m_code);
    if (stored) {
        m_comparison->setDossiers(yours, stored->dossier);
        m_storedVersion = stored->version;
        m_loaded = true;
    } else {
        m_comparison->setDossiers(yours, yours);
    }
    connect(m_ui->onlyDifferencesCheck, &QCheckBox::toggled, this, &StaleEditDialog::fill);
    connect(m_ui->keepLocalButton, &QPushButton::clicked, this, &StaleEditDialog::keepAllYours);
    connect(m_ui->takeServerButton, &QPushButton::clicked, this, &StaleEditDialog::takeAllStored);
    connect(m_ui->applyButton, &QPushButton::clicked, this, &StaleEditDialog::applyChoices);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &StaleEditDialog::reject);
    for (QPushButton *b : {m_ui->keepLocalButton, m_ui->takeServerButton, m_ui->applyButton}) {
        b->setEnabled(m_loaded);
        b->setAutoDefault(false);
    }
    m_ui->applyButton->setDefault(true); // Enter applies the ticks; Escape goes back to the form
    m_ui->cancelButton->setAutoDefault(false);
    retranslate();
    m_ui->comparisonTable->setFocus();
    if (m_ui->comparisonTable->rowCount() > 0)
        m_ui->comparisonTable->setCurrentCell(0, 1);
}

StaleEditDialog::~StaleEditDialog() = default;

std::optional<StaleEditDialog::Resolution> StaleEditDialog::resolve(const AppServices &services,
                                                                    const Dossier &yours,
                                                                    const QString &reason, QWidget *parent) {
    StaleEditDialog dialog(services, yours, reason, parent);
    if (!dialog.isLoaded()) {
        // Nothing to compare with: the dossier is gone. The officer's values can be stored again as they are.
        QMessageBox box(QMessageBox::Question, tr("The dossier was changed"),
                        tr("%1\n\nStore the dossier again as this form holds it?").arg(reason),
                        QMessageBox::Save | QMessageBox::Cancel, parent);
        box.setObjectName(QStringLiteral("staleGoneBox"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Save)
            return std::nullopt;
        return Resolution{yours, QString()};
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    qCInfo(lcApp) << "stale edit of" << yours.code() << "merged:" << dialog.m_comparison->rightCount() << "of"
                  << dialog.differences().size() << "lines from the stored dossier";
    return dialog.resolution();
}

void StaleEditDialog::fill() {
    const QStringList headers{tr("Field"), tr("Yours (this form)"), tr("Stored now (by another officer)")};
    const int differ = int(differences().size());
    const QString choose = differ == 0
                               ? tr("The stored dossier now holds what this form holds.")
                               : tr("For each line, tick the value to keep (Space ticks the current cell). "
                                    "%n line(s) differ.",
                                    "", differ);
    m_ui->conflictHeader->setText(m_loaded ? m_reason + u' ' + choose : m_reason);
    m_comparison->fill({headers, m_ui->onlyDifferencesCheck->isChecked(), m_services.validationContext()});
}

void StaleEditDialog::retranslate() {
    m_ui->retranslateUi(this);
    setWindowTitle(tr("Someone else changed this dossier"));
    m_ui->keepLocalButton->setText(tr("Keep all &mine"));
    m_ui->takeServerButton->setText(tr("Take all &stored"));
    m_ui->applyButton->setText(tr("&Apply my choices"));
    m_ui->cancelButton->setText(tr("&Back to the form"));
    fill();
}

void StaleEditDialog::keepAllYours() {
    m_comparison->chooseAll(false);
    accept();
}

void StaleEditDialog::takeAllStored() {
    m_comparison->chooseAll(true);
    accept();
}

void StaleEditDialog::applyChoices() {
    accept();
}

void StaleEditDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace btxh::app
