// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUndoCommand>
#include <functional>

namespace btxh::app {

// One undoable change to a form's fields. A change may touch several fields at once (choosing another
// province clears the district and commune that no longer belong to it; they come back together on undo).
// Typing in one field merges into one step, as in a word processor.
class FieldEditCommand : public QUndoCommand {
public:
    struct Change {
        int field;
        QString before;
        QString after;
    };
    // Shows values in the form; called with the fields in the table's order (a province before its district).
    using Apply = std::function<void(const QList<std::pair<int, QString>> &values)>;

    FieldEditCommand(QList<Change> changes, bool typing, Apply apply, const QString &text);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const QList<Change> &changes() const { return m_changes; }

private:
    void applySide(bool after);

    QList<Change> m_changes;
    bool m_typing;
    Apply m_apply;
    bool m_applied = true; // the form already shows the new values when the command is pushed
};

} // namespace btxh::app
