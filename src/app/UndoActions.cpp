// SPDX-License-Identifier: GPL-3.0-or-later
#include "UndoActions.h"

#include <QAction>
#include <QCoreApplication>
#include <QUndoStack>
#include <QWidget>

namespace btxh::app {

namespace {

void setToolTip(QAction *action) {
    action->setToolTip(action->text() +
                       QStringLiteral(" (%1)").arg(action->shortcut().toString(QKeySequence::NativeText)));
}

} // namespace

UndoActions::UndoActions(QUndoStack *stack, QWidget *form)
    : QObject(form)
    , m_stack(stack)
    , m_undo(new QAction(form))
    , m_redo(new QAction(form)) {
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &UndoActions::retranslate);
    m_redo->setShortcuts(QKeySequence::Redo);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setEnabled(false);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, this, &UndoActions::retranslate);
    form->addAction(m_undo);
    form->addAction(m_redo);
}

void UndoActions::retranslate() {
    const QString undo = m_stack->undoText();
    const QString redo = m_stack->redoText();
    // In the dossier form's words, where they were first translated.
    m_undo->setText(undo.isEmpty()
                        ? QCoreApplication::translate("btxh::app::DossierForm", "Undo")
                        : QCoreApplication::translate("btxh::app::DossierForm", "Undo %1").arg(undo));
    m_redo->setText(redo.isEmpty()
                        ? QCoreApplication::translate("btxh::app::DossierForm", "Redo")
                        : QCoreApplication::translate("btxh::app::DossierForm", "Redo %1").arg(redo));
    setToolTip(m_undo);
    setToolTip(m_redo);
}

} // namespace btxh::app
