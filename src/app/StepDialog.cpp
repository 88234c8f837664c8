// SPDX-License-Identifier: GPL-3.0-or-later
#include "StepDialog.h"
#include "ui_StepDialog.h"

#include "AppLog.h"
#include "ChangeSet.h"
#include "DossierCodes.h"
#include "FieldEditor.h"
#include "Store.h"
#include "WireDate.h"

#include <QMessageBox>
#include <QPushButton>

namespace btxh::app {

StepDialog::StepDialog(const AppServices &services, const QString &dossierCode,
                       const ProcessingStep &suggested, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StepDialog>())
    , m_services(services)
    , m_code(dossierCode)
    , m_base(suggested)
    , m_validator(services.validationContext()) {
    m_ui->setupUi(this);
    const FieldTable &table = FieldTable::progress();
    m_editors.fill(nullptr, table.size());
    int row = 0;
    for (const FieldSpec &spec : table.fields()) {
        if (!isShown(spec))
            continue;
        auto *e = new FieldEditor(spec, AlwaysRequired, services.validationContext(), m_ui->fieldsHost);
        m_ui->fieldsGrid->addWidget(e->label(), row, 0);
        m_ui->fieldsGrid->addWidget(e->editor(), row, 1);
        m_ui->fieldsGrid->addWidget(e->problemLabel(), row, 2);
        ++row;
        e->setValue(suggested.fields.value(spec.id));
        m_editors[spec.id] = e;
        connect(e, &FieldEditor::edited, this, [this, e] {
            m_touched.insert(e->spec().id);
            validate(false);
        });
    }
    m_ui->fieldsGrid->setColumnStretch(1, 3);
    m_ui->fieldsGrid->setColumnStretch(2, 2);
    m_ui->stepHeader->setText(tr("Dossier %1").arg(dossierCode));
    m_ui->stepProblems->setStyleSheet(QStringLiteral("color: #a41c1c;"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &StepDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &StepDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Save and queue"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    validate(false);
}

StepDialog::~StepDialog() = default;

bool StepDialog::isShown(const FieldSpec &spec) {
    if (spec.pullOnly)
        return false;
    switch (ProgressField(spec.id)) {
    case ProgressField::MaHoSo: // the dossier's
    case ProgressField::UseridCreated:
    case ProgressField::UseridEdited:
    case ProgressField::DateCreated:
    case ProgressField::DateEdited:
        return false;
    default:
        break;
    }
    return true;
}

ProcessingStep StepDialog::suggestion(const AppServices &services, const QString &dossierCode,
                                      const QString &status, const QString &deadline) {
    const OfficeSettings settings = services.settings();
    const QString now = WireDate::formatDateTime(services.now());
    ProcessingStep s;
    auto set = [&s](ProgressField f, const QString &v) {
        if (!v.isEmpty())
            s.setValue(f, v);
    };
    set(ProgressField::MaHoSo, dossierCode);
    set(ProgressField::TaiKhoanXuLy, settings.handlerAccount());
    set(ProgressField::NguoiXuLy, settings.handlerName());
    set(ProgressField::ChucDanh, settings.handlerPosition());
    set(ProgressField::ThoiDiemXuLy, now);
    set(ProgressField::DonViXuLy, settings.officeUnit());
    set(ProgressField::StatusId, status.isEmpty() ? QString(DossierStatus::Processing) : status);
    set(ProgressField::NgayBatDau, now);
    set(ProgressField::NgayKetThucTheoQuyDinh, deadline);
    return s;
}

FieldEditor *StepDialog::editor(ProgressField field) const {
    return m_editors.value(int(field));
}

ProcessingStep StepDialog::step() const {
    ProcessingStep s = m_base;
    for (const FieldEditor *e : m_editors)
        if (e)
            s.fields.setValue(e->spec().id, e->value());
    s.setValue(ProgressField::MaHoSo, m_code);
    const QString account = s.value(ProgressField::TaiKhoanXuLy);
    const QString now = WireDate::formatDateTime(m_services.now());
    s.setValue(ProgressField::UseridCreated, account);
    s.setValue(ProgressField::DateCreated, now);
    return s;
}

Problems StepDialog::problems() const {
    return m_validator.validate(step());
}

void StepDialog::validate(bool showAll) {
    const Problems problems = this->problems();
    int errors = 0;
    for (FieldEditor *e : std::as_const(m_editors)) {
        if (!e)
            continue;
        e->showProblems(showAll || m_touched.contains(e->spec().id) ? problems : Problems());
    }
    QStringList other;
    for (const Problem &p : problems) {
        if (p.isError())
            ++errors;
        const int field = FieldTable::progress().indexOf(p.field);
        if (showAll && (field < 0 || !m_editors.value(field)))
            other << p.label + QStringLiteral(": ") + p.message;
    }
    m_ui->stepProblems->setText(other.join(u'\n'));
    m_ui->stepProblems->setVisible(!other.isEmpty());
    Q_UNUSED(errors)
}

void StepDialog::accept() {
    validate(true);
    const ProcessingStep s = step();
    const Problems problems = m_validator.validate(s);
    if (hasErrors(problems))
        return; // each problem is shown beside its field
    ChangeSet changes;
    changes.localSteps << ChangeSet::LocalStep{s, problems};
    if (const StoreResult<ChangeResult> saved = m_services.store->apply(changes); !saved) {
        QMessageBox::critical(this, tr("Cannot save"),
                              tr("The step could not be saved: %1").arg(saved.error().message));
        return;
    }
    qCInfo(lcApp) << "recorded a processing step of" << m_code;
    Q_EMIT stepSaved(m_code);
    QDialog::accept();
}

void StepDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        for (FieldEditor *e : std::as_const(m_editors))
            if (e)
                e->retranslate();
        m_ui->stepHeader->setText(tr("Dossier %1").arg(m_code));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Save and queue"));
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
        validate(false);
    }
    QDialog::changeEvent(event);
}

} // namespace btxh::app
