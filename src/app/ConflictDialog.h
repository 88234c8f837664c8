// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppServices.h"
#include "Dossier.h"
#include "StoreError.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QTableWidgetItem;

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
    static constexpr int DocumentsRow = -2;
    static constexpr int ResultPapersRow = -3;

    ConflictDialog(const AppServices &services, const QString &code, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    bool isLoaded() const { return m_loaded; }
    const QString &code() const { return m_code; }
    // The lines that differ: field ids, DocumentsRow, ResultPapersRow.
    QList<int> differences() const { return m_differences; }
    void choose(int line, bool server);
    bool choosesServer(int line) const { return m_server.value(line, false); }
    Dossier local() const { return m_local; }
    Dossier server() const { return m_serverCopy; }
    Dossier merged() const;

    bool keepAllLocal();
    bool takeAllServer();
    bool applyChoices();

Q_SIGNALS:
    void resolved(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void onItemChanged(QTableWidgetItem *item);
    bool finish(const StoreError &error); // none: done

    std::unique_ptr<Ui::ConflictDialog> m_ui;
    AppServices m_services;
    QString m_code;
    Dossier m_local;
    Dossier m_serverCopy;
    QList<int> m_differences;
    QHash<int, bool> m_server; // line -> take the server's value
    bool m_loaded = false;
    bool m_filling = false;
};

} // namespace btxh::app
