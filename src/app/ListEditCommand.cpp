// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListEditCommand.h"

namespace btxh::app {

ListEditCommand::ListEditCommand(QList<Record> before, QList<Record> after, Apply apply, const QString &text)
    : QUndoCommand(text)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_apply(std::move(apply)) {}

void ListEditCommand::undo() {
    m_apply(m_before);
}

void ListEditCommand::redo() {
    if (m_applied) {
        m_applied = false;
        return;
    }
    m_apply(m_after);
}

} // namespace btxh::app
