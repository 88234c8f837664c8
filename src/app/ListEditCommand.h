// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Record.h"

#include <QList>
#include <QUndoCommand>
#include <functional>

namespace btxh::app {

// One undoable change to a list of records (the submitted documents or the result papers): a row added or
// removed, a cell edited.
class ListEditCommand : public QUndoCommand {
public:
    using Apply = std::function<void(const QList<Record> &records)>;

    ListEditCommand(QList<Record> before, QList<Record> after, Apply apply, const QString &text);

    void undo() override;
    void redo() override;

private:
    QList<Record> m_before;
    QList<Record> m_after;
    Apply m_apply;
    bool m_applied = true; // the editor already shows the new list when the command is pushed
};

} // namespace btxh::app
