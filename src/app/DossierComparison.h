// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dossier.h"
#include "ValidationContext.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class QTableWidget;
class QTableWidgetItem;

namespace btxh::app {

// Two versions of one dossier side by side in a table, field by field (the submitted documents and the result
// papers as one line each): which lines differ, which side the officer keeps on each (a tick on one side
// unticks the other; Space ticks the current cell), and the dossier the choices make. Shared by
// ConflictDialog (local edits against the server's copy) and StaleEditDialog (this form against what
// another officer stored meanwhile). The left side is the officer's own.
class DossierComparison : public QObject {
    Q_OBJECT
public:
    static constexpr int DocumentsRow = -2;
    static constexpr int ResultPapersRow = -3;

    struct View {
        QStringList headers; // field, left, right
        bool onlyDifferences = true;
        ValidationContext context;
    };

    DossierComparison(QTableWidget *table, QObject *parent = nullptr);

    // Forgets the choices: every line keeps the left side.
    void setDossiers(const Dossier &left, const Dossier &right);
    const Dossier &left() const { return m_left; }
    const Dossier &right() const { return m_right; }
    // The lines that differ: field ids, DocumentsRow, ResultPapersRow.
    const QList<int> &differences() const { return m_differences; }
    void choose(int line, bool right);
    void chooseAll(bool right);
    bool choosesRight(int line) const { return m_takeRight.value(line, false); }
    int rightCount() const;
    // The left dossier with the lines chosen from the right.
    Dossier merged() const;

    // Fills the table (and refills it after each choice) as `view` says.
    void fill(const View &view);

private:
    void refill() { fill(m_view); }
    void onItemChanged(QTableWidgetItem *item);

    QTableWidget *m_table;
    Dossier m_left;
    Dossier m_right;
    QList<int> m_differences;
    QHash<int, bool> m_takeRight; // line -> take the right side's value
    View m_view;
    bool m_filling = false;
};

} // namespace btxh::app
