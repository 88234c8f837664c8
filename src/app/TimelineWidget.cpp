// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineWidget.h"
#include "WireDate.h"
#include "ui_TimelineWidget.h"

#include "FinalResultDialog.h"
#include "StepDialog.h"
#include "Store.h"
#include "TimelineModel.h"
#include "TimelineView.h"

#include <QHeaderView>
#include <QMessageBox>

namespace btxh::app {

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TimelineWidget>())
    , m_model(new TimelineModel(this)) {
    m_ui->setupUi(this);
    m_cards = new TimelineView(m_ui->cardsPage);
    m_ui->cardsLayout->addWidget(m_cards);
    m_ui->timelineView->setModel(m_model);
    m_ui->timelineView->verticalHeader()->setVisible(false);
    m_ui->timelineView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->timelineView->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->addStepButton, &QPushButton::clicked, this, &TimelineWidget::addStep);
    connect(m_ui->recordResultButton, &QPushButton::clicked, this, &TimelineWidget::recordResult);
    showDossier(QString());
}

TimelineWidget::~TimelineWidget() = default;

void TimelineWidget::setServices(const AppServices &services) {
    m_services = services;
}

void TimelineWidget::showDossier(const QString &code) {
    m_code = code;
    m_status.clear();
    m_enteredHere = false;
    QList<StoredStep> steps;
    if (!code.isEmpty() && m_services.store) {
        if (const StoreResult<StoredDossier> d = m_services.store->dossier(code)) {
            m_status = d->dossier.value(DossierField::StatusId);
            m_enteredHere = d->enteredHere();
        }
        steps = m_services.store->steps(code).value_or(QList<StoredStep>());
    }
    m_model->setSteps(steps, m_status, m_services.now());
    m_ui->timelineView->resizeColumnsToContents();
    QList<ProcessingStep> ordered;
    for (const StoredStep &s : m_model->steps())
        ordered << s.step;
    m_cards->setTimeline(ProcessingTimeline::build(
        ordered, DeadlineMarks::isFinished(m_status) ? m_status : QString(), m_services.now()));
    const bool has = !code.isEmpty() && m_services.store;
    const RolePolicy policy = has ? m_services.policy() : RolePolicy();
    m_ui->addStepButton->setEnabled(has && policy.canAddSteps(m_enteredHere));
    m_ui->recordResultButton->setEnabled(has && policy.canRecordResult());
    updateSummary();
}

void TimelineWidget::updateSummary() {
    int overdue = 0, soon = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->stateOf(r) == DeadlineState::Overdue)
            ++overdue;
        else if (m_model->stateOf(r) == DeadlineState::NearlyDue)
            ++soon;
    }
    QStringList parts;
    parts << tr("%n step(s)", "", m_model->rowCount());
    if (overdue > 0)
        parts << tr("%n overdue", "", overdue);
    if (soon > 0)
        parts << tr("%n due soon", "", soon);
    m_ui->timelineSummary->setText(m_code.isEmpty() ? QString() : parts.join(QStringLiteral(", ")));
}

bool TimelineWidget::canAddStep() const {
    return m_ui->addStepButton->isEnabled();
}

bool TimelineWidget::canRecordResult() const {
    return m_ui->recordResultButton->isEnabled();
}

void TimelineWidget::addStep() {
    if (m_code.isEmpty() || !canAddStep())
        return;
    QString deadline;
    const QList<StoredStep> &steps = m_model->steps();
    if (!steps.isEmpty())
        deadline = steps.constLast().step.value(ProgressField::NgayKetThucTheoQuyDinh);
    if (deadline.isEmpty()) {
        // A dossier received here: its legal deadline as computed from the procedure's processing time, to
        // the end of the due day (deadlines are judged by day).
        if (const StoreResult<StoredDossier> d = m_services.store->dossier(m_code); d && d->due.due.isValid())
            deadline = WireDate::formatDateTime(QDateTime(d->due.due, QTime(23, 59, 59)));
    }
    auto *dialog = new StepDialog(m_services, m_code,
                                  StepDialog::suggestion(m_services, m_code, m_status, deadline), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StepDialog::stepSaved, this, [this](const QString &code) {
        reload();
        Q_EMIT changed(code);
    });
    dialog->open();
}

void TimelineWidget::recordResult() {
    if (m_code.isEmpty() || !canRecordResult())
        return;
    const StoreResult<StoredDossier> d = m_services.store->dossier(m_code);
    if (!d) {
        QMessageBox::warning(this, tr("Cannot record the result"), d.error().message);
        return;
    }
    auto *dialog = new FinalResultDialog(m_services, d->dossier, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FinalResultDialog::resultSaved, this, [this](const QString &code) {
        reload();
        Q_EMIT changed(code);
    });
    dialog->open();
}

void TimelineWidget::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace btxh::app
