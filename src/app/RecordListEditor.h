// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldTable.h"
#include "Problem.h"
#include "Record.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTableWidgetItem;
class QToolButton;

namespace btxh::app {

// Edits a list of records of one field table (the submitted documents, the result papers) as a table: one
// column per field of the table with its label, yes/no flags as check boxes, rows added and removed with the
// buttons. Problems the validator finds in a row are marked on the cell and listed below.
//
// Named "<name>Table", "<name>AddButton", "<name>RemoveButton", "<name>Problems".
class RecordListEditor : public QWidget {
    Q_OBJECT
public:
    RecordListEditor(const FieldTable &table, const QString &name, QWidget *parent = nullptr);

    QList<Record> records() const { return m_current; }
    // Shows a list (does not emit edited).
    void setRecords(const QList<Record> &records);
    void setReadOnly(bool readOnly);
    // Problems whose field is "<pathPrefix>[n]/<wire name>" mark row n; `listProblems` are about the list as
    // a whole (for example "no submitted document").
    void showProblems(const Problems &problems, const QString &pathPrefix, const Problems &listProblems);
    bool hasError() const { return m_hasError; }
    QTableWidget *table() const { return m_view; }
    void retranslate();
    // Adds an empty row and starts editing its first cell (the Add button, or the form's shortcut).
    void addRow();

Q_SIGNALS:
    void edited(const QList<Record> &before, const QList<Record> &after);

private:
    void removeSelected();
    void onItemChanged(QTableWidgetItem *item);
    void fill();
    void commit(const QList<Record> &after);
    bool isFlag(int field) const;

    const FieldTable &m_table;
    QTableWidget *m_view;
    QToolButton *m_add;
    QToolButton *m_remove;
    QLabel *m_problems;
    QList<Record> m_current;
    bool m_setting = false;
    bool m_readOnly = false;
    bool m_hasError = false;
};

} // namespace btxh::app
