// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppServices.h"
#include "Dossier.h"
#include "Problem.h"

#include <QDialog>
#include <memory>

namespace Ui {
class FinalResultDialog;
}

namespace btxh::app {

class RecordListEditor;

// Records a dossier's final result: the outcome (a status) and the result papers handed to the applicant.
// The dossier becomes a final-result update (LoaiDuLieu 100), which the store queues as the result push once
// it is valid. Nothing is stored while a problem is left; each is listed.
class FinalResultDialog : public QDialog {
    Q_OBJECT
public:
    FinalResultDialog(const AppServices &services, const Dossier &dossier, QWidget *parent = nullptr);
    ~FinalResultDialog() override;

    Dossier result() const;
    Problems problems() const;
    RecordListEditor *papers() const { return m_papers; }
    void setOutcome(const QString &statusCode);

    void accept() override;

Q_SIGNALS:
    void resultSaved(const QString &dossierCode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillOutcomes();
    void validate(bool showAll);

    std::unique_ptr<Ui::FinalResultDialog> m_ui;
    AppServices m_services;
    Dossier m_dossier;
    RecordListEditor *m_papers;
};

} // namespace btxh::app
