// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppServices.h"
#include "Dossier.h"
#include "DossierComparison.h"
#include "StoreError.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ConflictDialog;
}

namespace btxh::app {

// Settles a conflict: the server changed a dossier while local edits were waiting to go. Both versions are
// shown side by side, field by field (the submitted documents and the result papers as one line each), and
// the officer keeps one or the other for each line, or all of one side at once. Keeping only local values
// queues them again; taking only the server's drops the local edits; a mix stores the merged dossier as a new
// local edit (queued when it is valid).
class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int DocumentsRow = DossierComparison::DocumentsRow;
    static constexpr int ResultPapersRow = DossierComparison::ResultPapersRow;

    ConflictDialog(const AppServices &services, const QString &code, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    bool isLoaded() const { return m_loaded; }
    const QString &code() const { return m_code; }
    // The lines that differ: field ids, DocumentsRow, ResultPapersRow.
    QList<int> differences() const { return m_comparison->differences(); }
    void choose(int line, bool server) { m_comparison->choose(line, server); }
    bool choosesServer(int line) const { return m_comparison->choosesRight(line); }
    Dossier local() const { return m_comparison->left(); }
    Dossier server() const { return m_comparison->right(); }
    Dossier merged() const { return m_comparison->merged(); }

    bool keepAllLocal();
    bool takeAllServer();
    bool applyChoices();

Q_SIGNALS:
    void resolved(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    bool finish(const StoreError &error); // none: done

    std::unique_ptr<Ui::ConflictDialog> m_ui;
    AppServices m_services;
    QString m_code;
    DossierComparison *m_comparison;
    bool m_loaded = false;
};

} // namespace btxh::app
