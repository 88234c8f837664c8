// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldSpec.h"
#include "Problem.h"
#include "ValidationContext.h"

#include <QObject>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace btxh::app {

class CodeComboBox;

// One field of a form, made from its FieldSpec: the label (in the interface's language, with a mark when the
// field is required), the editor that suits its kind (a line for text, dd/MM/yyyy for dates, a drop-down of
// names for catalogue codes and places, a box for long text), and the place beside it where its problems are
// shown as the officer types.
//
// Objects are named after the wire name ("field_HoVaTen", "problem_HoVaTen", "label_HoVaTen") so that tests
// and screen readers find them.
class FieldEditor : public QObject {
    Q_OBJECT
public:
    FieldEditor(const FieldSpec &spec, unsigned purpose, const ValidationContext &context, QWidget *parent);

    const FieldSpec &spec() const { return m_spec; }
    QLabel *label() const { return m_label; }
    QWidget *editor() const { return m_editor; }
    QLabel *problemLabel() const { return m_problem; }
    CodeComboBox *combo() const { return m_combo; } // null unless the field is a code or a place

    // The value as the wire carries it: a code for catalogues and places; a null string when empty.
    QString value() const;
    // Shows a value (does not emit edited).
    void setValue(const QString &value);
    void setReadOnly(bool readOnly);
    void setPurpose(unsigned purpose);

    // Shows the problems that concern this field (by wire name); clears the place when there are none.
    void showProblems(const Problems &problems);
    bool hasError() const { return m_hasError; }
    void retranslate();

    // The form's own shortcuts (undo, redo) win over the editors' built-in ones.
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // The officer changed the value (typing, picking); not emitted by setValue().
    void edited(const QString &before, const QString &after);

private:
    void userChanged();
    void tidyDate(); // 12051985 → 12/05/1985 once the officer leaves the field
    QString shownValue(const QString &value) const; // a date field shows no time

    FieldSpec m_spec;
    unsigned m_purpose;
    ValidationContext m_context;
    QLabel *m_label = nullptr;
    QLabel *m_problem = nullptr;
    QWidget *m_editor = nullptr;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_text = nullptr;
    CodeComboBox *m_combo = nullptr;
    QString m_last; // the value before the officer's latest change
    bool m_setting = false;
    bool m_hasError = false;
};

} // namespace btxh::app
