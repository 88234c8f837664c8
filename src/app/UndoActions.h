// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QUndoStack;
class QWidget;

namespace btxh::app {

// A form's Undo and Redo, ours rather than QUndoStack's: their texts ("Hoàn tác sửa Dân tộc") and tooltips,
// with the shortcut that triggers them, come from our translation, not from Qt's. The actions are the
// form's children (undoAction, redoAction), added to it so that their shortcuts work anywhere in it.
class UndoActions : public QObject {
    Q_OBJECT
public:
    UndoActions(QUndoStack *stack, QWidget *form);

    QAction *undo() const { return m_undo; }
    QAction *redo() const { return m_redo; }
    void retranslate();

private:
    QUndoStack *m_stack;
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace btxh::app
