// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppServices.h"
#include "Dossier.h"
#include "DossierComparison.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class ConflictDialog;
}

namespace btxh::app {

// Settles a save the store refused as stale: another officer (another desktop, or btxh) changed the dossier
// after this form read it. Looks like ConflictDialog, whose parts it shares: this form's values ("yours")
// beside the dossier as stored now, field by field; the officer keeps one side per line, or all of one side.
// It writes nothing: the form saves the merged dossier on the version read here, which the store checks
// again.
class StaleEditDialog : public QDialog {
    Q_OBJECT
public:
    struct Resolution {
        Dossier dossier; // what to save
        QString base;    // the stored version it was merged with (empty: the dossier is no longer stored)
    };

    // `reason`: the store's refusal, shown above the comparison.
    StaleEditDialog(const AppServices &services, const Dossier &yours, const QString &reason,
                    QWidget *parent = nullptr);
    ~StaleEditDialog() override;

    // Asks the officer (this dialog, or a question when the dossier is no longer stored); nothing when they
    // go back to the form.
    static std::optional<Resolution> resolve(const AppServices &services, const Dossier &yours,
                                             const QString &reason, QWidget *parent);

    bool isLoaded() const { return m_loaded; } // the stored dossier was read
    QList<int> differences() const { return m_comparison->differences(); }
    void choose(int line, bool stored) { m_comparison->choose(line, stored); }
    bool choosesStored(int line) const { return m_comparison->choosesRight(line); }
    Dossier yours() const { return m_comparison->left(); }
    Dossier stored() const { return m_comparison->right(); }
    Resolution resolution() const { return {m_comparison->merged(), m_storedVersion}; }

    // As the buttons do: each accepts the dialog.
    void keepAllYours();
    void takeAllStored();
    void applyChoices();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void retranslate();

    std::unique_ptr<Ui::ConflictDialog> m_ui;
    AppServices m_services;
    QString m_code;
    QString m_reason;
    QString m_storedVersion;
    DossierComparison *m_comparison;
    bool m_loaded = false;
};

} // namespace btxh::app
