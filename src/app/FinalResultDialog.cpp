// SPDX-License-Identifier: GPL-3.0-or-later
#include "FinalResultDialog.h"
#include "ui_FinalResultDialog.h"

#include "AppLog.h"
#include "Catalogues.h"
#include "ChangeSet.h"
#include "DeadlineMarks.h"
#include "RecordListEditor.h"
#include "Store.h"
#include "Validator.h"

#include <QMessageBox>
#include <QPushButton>

namespace btxh::app {

FinalResultDialog::FinalResultDialog(const AppServices &services, const Dossier &dossier, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FinalResultDialog>())
    , m_services(services)
    , m_dossier(dossier)
    , m_papers(new RecordListEditor(FieldTable::resultPaper(), QStringLiteral("resultPapers"))) {
    m_ui->setupUi(this);
    m_ui->papersLayout->addWidget(m_papers);
    m_papers->setRecords(dossier.extent.resultPapers);
    m_ui->resultProblems->setStyleSheet(QStringLiteral("color: #a41c1c;"));
    fillOutcomes();
    const QString current = dossier.value(DossierField::StatusId);
    setOutcome(DeadlineMarks::isFinished(current) ? current : QString(DossierStatus::ResultDelivered));
    connect(m_papers, &RecordListEditor::edited, this, [this] { validate(false); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FinalResultDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FinalResultDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Save and queue"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->resultHeader->setText(
        tr("Dossier %1: the result is sent to the Ministry's system at the next sync.").arg(dossier.code()));
    validate(false);
}

FinalResultDialog::~FinalResultDialog() = default;

void FinalResultDialog::fillOutcomes() {
    const QString keep = m_ui->statusCombo->currentData().toString();
    m_ui->statusCombo->clear();
    if (const Catalogue *statuses = Catalogues::instance().find(u"status"))
        for (const CatalogueEntry &e : statuses->entries)
            if (DeadlineMarks::isFinished(e.code))
                m_ui->statusCombo->addItem(e.name(), e.code);
    if (!keep.isEmpty())
        setOutcome(keep);
}

void FinalResultDialog::setOutcome(const QString &statusCode) {
    const int i = m_ui->statusCombo->findData(statusCode);
    if (i >= 0)
        m_ui->statusCombo->setCurrentIndex(i);
}

Dossier FinalResultDialog::result() const {
    Dossier d = m_dossier;
    d.setValue(DossierField::LoaiDuLieu, DataKind::FinalResult);
    d.setValue(DossierField::StatusId, m_ui->statusCombo->currentData().toString());
    ExtentData extent = d.extent;
    extent.resultPapers = m_papers->records();
    extent.hasResultList = true;
    d.setExtent(extent);
    return d;
}

Problems FinalResultDialog::problems() const {
    return Validator(m_services.validationContext()).validate(result());
}

void FinalResultDialog::validate(bool showAll) {
    const Problems problems = this->problems();
    const QString prefix = FieldTable::dossier().at(int(DossierField::CertificateExtentData)).wireName;
    Problems inList, aboutList;
    QStringList others;
    for (const Problem &p : problems) {
        if (p.field.startsWith(prefix + QStringLiteral("/GiayToKetQua")))
            inList << p;
        else if (p.code == u"result-papers-missing")
            aboutList << p;
        else if (p.isError())
            others << p.label + QStringLiteral(": ") + p.message;
    }
    m_papers->showProblems(inList, prefix + QStringLiteral("/GiayToKetQua"),
                           showAll ? aboutList : Problems());
    if (!others.isEmpty() && showAll)
        others.prepend(tr("The dossier itself has problems to fix first (open it to correct them):"));
    m_ui->resultProblems->setText(showAll ? others.join(u'\n') : QString());
}

void FinalResultDialog::accept() {
    validate(true);
    const Dossier d = result();
    Problems problems = this->problems();
    if (hasErrors(problems))
        return;
    for (Problem &p : problems)
        p.recordKey = d.code();
    ChangeSet changes;
    changes.local << ChangeSet::LocalDossier{d, problems};
    if (const StoreResult<ChangeResult> saved = m_services.store->apply(changes); !saved) {
        QMessageBox::critical(this, tr("Cannot save"),
                              tr("The result could not be saved: %1").arg(saved.error().message));
        return;
    }
    qCInfo(lcApp) << "recorded the final result of" << d.code();
    Q_EMIT resultSaved(d.code());
    QDialog::accept();
}

void FinalResultDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillOutcomes();
        m_papers->retranslate();
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Save and queue"));
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
        m_ui->resultHeader->setText(
            tr("Dossier %1: the result is sent to the Ministry's system at the next sync.")
                .arg(m_dossier.code()));
        validate(false);
    }
    QDialog::changeEvent(event);
}

} // namespace btxh::app
