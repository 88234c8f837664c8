// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeSet.h"
#include "Payload.h"
#include "Validator.h"

#include <QByteArray>
#include <QList>

namespace btxh {

// What one document read by PayloadReader brings to the store, judged item by item; shared by `btxh import`
// and the desktop app (an exported .btxhx file opened with it). A pull response (or its items) becomes the
// server's copy, kept as the item's own JSON (the object the reader read it from, Payload::dossierSources);
// a dossier or step in request form becomes a local record, queued for push when valid and a draft when not.
// Items that cannot be stored are counted as rejected and noted, in document order, for the caller to report.
struct PayloadImport {
    enum class Note {
        ItemProblems,       // problems of one item (or of an item nobody could read, then rejected)
        DossierWithoutCode, // rejected: a dossier without MaHoSo
        StepWithoutCode,    // rejected: a processing step without MaHoSo
        Queries,            // rejected: `count` pull request bodies, nothing to store
    };
    struct Entry {
        Note note = Note::ItemProblems;
        Problems problems;
        qsizetype count = 0;
    };

    ChangeSet changes;
    QList<Entry> entries;
    int rejected = 0;

    // Local items that will be kept as drafts (they have errors).
    int drafts() const;

    static PayloadImport build(const Payload &payload, const Validator &validator);
};

} // namespace btxh
