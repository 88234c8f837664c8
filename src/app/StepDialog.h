// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppServices.h"
#include "ProcessingStep.h"
#include "Validator.h"

#include <QDialog>
#include <QSet>
#include <memory>

namespace Ui {
class StepDialog;
}

namespace btxh::app {

class FieldEditor;

// Records one processing step of a dossier. Its fields come from the progress field table; the dossier code
// and the record-keeping fields (who created or edited it, when) are filled in by the app. A step is stored
// only when it is valid, and storing it queues its progress push.
class StepDialog : public QDialog {
    Q_OBJECT
public:
    StepDialog(const AppServices &services, const QString &dossierCode, const ProcessingStep &suggested,
               QWidget *parent = nullptr);
    ~StepDialog() override;

    // A step as the officer would most likely record it next: the handler from the settings, now, the
    // dossier's status and the latest deadline.
    static ProcessingStep suggestion(const AppServices &services, const QString &dossierCode,
                                     const QString &status, const QString &deadline);
    // Whether the form shows a field (the others are filled in by the app).
    static bool isShown(const FieldSpec &spec);

    ProcessingStep step() const;
    Problems problems() const;
    FieldEditor *editor(ProgressField field) const;

    void accept() override;

Q_SIGNALS:
    void stepSaved(const QString &dossierCode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate(bool showAll);

    std::unique_ptr<Ui::StepDialog> m_ui;
    AppServices m_services;
    QString m_code;
    ProcessingStep m_base;
    Validator m_validator;
    QList<FieldEditor *> m_editors; // by field id; null when not shown
    QSet<int> m_touched;
};

} // namespace btxh::app
