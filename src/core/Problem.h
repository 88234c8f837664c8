// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace btxh {

enum class Severity { Warning, Error };

// One thing wrong with a record, in words an officer can act on. `field` is the wire name (empty when the
// problem concerns the whole record); `label` is its name in the user's language; `message` is translated.
struct Problem {
    QString recordKey; // usually the MaHoSo
    QString field;
    QString label;
    Severity severity = Severity::Error;
    QString code; // stable machine-readable id, e.g. "max-length"
    QString message;

    bool isError() const { return severity == Severity::Error; }
};

using Problems = QList<Problem>;

inline bool hasErrors(const Problems &problems) {
    for (const Problem &p : problems)
        if (p.isError())
            return true;
    return false;
}

} // namespace btxh
