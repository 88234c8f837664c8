// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldEditCommand.h"

#include <algorithm>

namespace btxh::app {

FieldEditCommand::FieldEditCommand(QList<Change> changes, bool typing, Apply apply, const QString &text)
    : QUndoCommand(text)
    , m_changes(std::move(changes))
    , m_typing(typing && m_changes.size() == 1)
    , m_apply(std::move(apply)) {
    std::stable_sort(m_changes.begin(), m_changes.end(),
                     [](const Change &a, const Change &b) { return a.field < b.field; });
}

void FieldEditCommand::applySide(bool after) {
    QList<std::pair<int, QString>> values;
    for (const Change &c : std::as_const(m_changes))
        values << std::pair{c.field, after ? c.after : c.before};
    m_apply(values);
}

void FieldEditCommand::undo() {
    applySide(false);
}

void FieldEditCommand::redo() {
    if (m_applied) {
        m_applied = false;
        return;
    }
    applySide(true);
}

int FieldEditCommand::id() const {
    return m_typing ? 0x4254 : -1;
}

bool FieldEditCommand::mergeWith(const QUndoCommand *other) {
    const auto *o = static_cast<const FieldEditCommand *>(other);
    if (!m_typing || !o->m_typing || o->m_changes.constFirst().field != m_changes.constFirst().field)
        return false;
    m_changes.first().after = o->m_changes.constFirst().after;
    return true;
}

} // namespace btxh::app
