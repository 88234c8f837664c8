// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetPreviewDialog.h"
#include "ui_SheetPreviewDialog.h"

#include "SheetPreviewModel.h"

#include <QHeaderView>
#include <QPushButton>

namespace btxh::app {

SheetPreviewDialog::SheetPreviewDialog(const SheetImport &sheet, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SheetPreviewDialog>())
    , m_sheet(sheet)
    , m_model(new SheetPreviewModel(sheet, this)) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("sheetPreviewDialog"));
    setWindowTitle(tr("Import %1").arg(fileName));
    const int ready = sheet.count(SheetImport::RowState::Ready);
    const int errors = sheet.count(SheetImport::RowState::HasErrors);
    const int rejected = sheet.count(SheetImport::RowState::Rejected);
    QString summary =
        tr("%1 holds %n dossier row(s).", nullptr, int(sheet.rows().size())).arg(fileName) + u' ' +
        tr("Ready: %1. With errors: %2. Cannot be imported: %3.").arg(ready).arg(errors).arg(rejected);
    for (const Problem &p : sheet.fileProblems())
        summary += u'\n' + p.message;
    summary += u'\n' + tr("Nothing is stored until you choose Import.");
    m_ui->summaryLabel->setText(summary);
    m_ui->rowsTable->setModel(m_model);
    m_ui->rowsTable->verticalHeader()->setVisible(false);
    m_ui->rowsTable->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {60, 190, 190, 170, 190};
    for (int c = 0; c < SheetPreviewModel::ProblemColumn; ++c)
        m_ui->rowsTable->horizontalHeader()->resizeSection(c, widths[c]);
    m_ui->draftsCheck->setEnabled(errors > 0);
    connect(m_ui->problemsOnlyCheck, &QCheckBox::toggled, m_model, &SheetPreviewModel::setProblemsOnly);
    connect(m_ui->draftsCheck, &QCheckBox::toggled, this, &SheetPreviewDialog::updateButton);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel: import nothing"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    updateButton();
    resize(1000, 600);
}

SheetPreviewDialog::~SheetPreviewDialog() = default;

bool SheetPreviewDialog::keepDrafts() const {
    return m_ui->draftsCheck->isChecked();
}

void SheetPreviewDialog::updateButton() {
    const int n = m_sheet.count(SheetImport::RowState::Ready) +
                  (keepDrafts() ? m_sheet.count(SheetImport::RowState::HasErrors) : 0);
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Import %n dossier(s)", nullptr, n));
    ok->setEnabled(n > 0);
}

} // namespace btxh::app
