// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppServices.h"
#include "Dossier.h"
#include "DossierSave.h"
#include "Fields.h"
#include "Problem.h"
#include "Validator.h"

#include <QDialog>
#include <QSet>
#include <memory>

class QUndoStack;
class QAction;

namespace Ui {
class DossierForm;
}

namespace btxh::app {

class FieldEditor;
class PlacePicker;
class RecordListEditor;
class UndoActions;

// Enters or edits one dossier. Everything the officer sees is made from the field table: the sections
// (FormSections), each field's label, editor and check (FieldEditor, Validator::validate as they type, each
// problem beside its field), the cascading place pickers, the submitted documents and result papers as lists.
//
// Saving a draft is always possible (nothing typed is lost); "Save and queue" only once no error is left, and
// it puts the dossier in the outbox for the next sync. Every change can be undone until the form closes;
// closing with unsaved changes asks first.
class DossierForm : public QDialog {
    Q_OBJECT
public:
    // A new dossier with a fresh MaHoSo; null, with a reason, when no code can be made.
    static DossierForm *createNew(const AppServices &services, QWidget *parent, QString *error);
    DossierForm(const AppServices &services, const Dossier &dossier, bool isNew, bool editable,
                QWidget *parent = nullptr);
    ~DossierForm() override;

    QString code() const;
    Dossier currentDossier() const;
    const Problems &problems() const { return m_problems; }
    bool hasErrors() const;
    bool isDirty() const;
    bool isEditable() const { return m_editable; }
    QUndoStack *undoStack() const { return m_undo; }
    FieldEditor *editor(DossierField field) const;
    RecordListEditor *documents() const { return m_documents; }
    RecordListEditor *resultPapers() const { return m_resultPapers; }

    // As the buttons do; false (with the form left open and nothing lost) when the store refused. A save the
    // store refuses because someone else changed the dossier since it was read (StoreError::Kind::Stale)
    // opens StaleEditDialog; what the officer keeps there is saved, checked again the same way.
    bool saveDraft();
    bool saveAndQueue();
    // The stored version this form's edits are made from (StoredDossier::version); empty for a new dossier.
    QString baseVersion() const { return m_save.baseVersion(); }

Q_SIGNALS:
    void saved(const QString &code, bool queued);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void reject() override;

private:
    void build();
    void load(const Dossier &dossier);
    void onEdited(FieldEditor *editor, const QString &before, const QString &after);
    void applyValues(const QList<std::pair<int, QString>> &values);
    void onListEdited(RecordListEditor *list, const QList<Record> &before, const QList<Record> &after);
    void validate();
    bool save(bool queue);
    unsigned purpose() const;
    void updateHeader();
    void retranslate();
    void setTabOrderBySections();

    std::unique_ptr<Ui::DossierForm> m_ui;
    AppServices m_services;
    Dossier m_base; // what was loaded: keeps what the form does not show (unknown keys, the XML as received)
    DossierSave m_save; // with the stored version m_base is
    Validator m_validator;
    QList<FieldEditor *> m_editors; // by field id; null for the XML field
    QList<PlacePicker *> m_pickers;
    QList<QWidget *> m_sectionBoxes;
    RecordListEditor *m_documents = nullptr;
    RecordListEditor *m_resultPapers = nullptr;
    QUndoStack *m_undo;
    UndoActions *m_undoActions = nullptr;
    Problems m_problems;
    QSet<int> m_touched; // fields the officer has changed: a new form does not open covered in "required"
    bool m_showAllProblems;
    bool m_isNew;
    bool m_editable;
    bool m_closing = false;
    QWidget *m_firstField = nullptr;
};

} // namespace btxh::app
