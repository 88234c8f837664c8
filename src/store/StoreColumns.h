// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldTable.h"
#include "Fields.h"
#include "StoreSchema.h"

#include <QString>
#include <iterator>

namespace btxh::columns {

// The quoted SQL names of a field's columns (StoreSchema): its value "f_…" and its sortable date key "k_…".
inline QString of(DossierField f) {
    return StoreSchema::quoted(StoreSchema::fieldColumn(FieldTable::dossier().at(int(f))));
}
inline QString keyOf(DossierField f) {
    return StoreSchema::quoted(StoreSchema::keyColumn(FieldTable::dossier().at(int(f))));
}
inline QString of(ProgressField f) {
    return StoreSchema::quoted(StoreSchema::fieldColumn(FieldTable::progress().at(int(f))));
}
inline QString keyOf(ProgressField f) {
    return StoreSchema::quoted(StoreSchema::keyColumn(FieldTable::progress().at(int(f))));
}

// The columns of a dossier's row a write sets besides its fields, named once: insert and update name them,
// and bind their values, in this order (then the fields' columns, StoreSchema::columnNames()).
enum class DossierMeta {
    SyncState,
    HasLocalEdits,
    ContentHash,
    Extras,
    HasDocumentList,
    HasResultList,
    DocumentCount,
    ResultPaperCount,
    ServerJson,
    ServerHash,
    ServerReceivedAt,
    Problems,
    UpdatedAt,
    Count
};
inline QString nameOf(DossierMeta column) {
    static const char *const names[] = {
        "sync_state",         "has_local_edits", "content_hash",       "extras",      "has_document_list",
        "has_result_list",    "document_count",  "result_paper_count", "server_json", "server_hash",
        "server_received_at", "problems",        "updated_at"};
    static_assert(std::size(names) == std::size_t(DossierMeta::Count));
    return QString::fromLatin1(names[int(column)]);
}

// The same for a step's row: an insert names and binds these, then the step's fields.
enum class StepMeta {
    DossierCode,
    StepKey,
    Origin,
    SyncState,
    Extras,
    ServerJson,
    Problems,
    CreatedAt,
    Count
};
inline QString nameOf(StepMeta column) {
    static const char *const names[] = {"dossier_code", "step_key",    "origin",   "sync_state",
                                        "extras",       "server_json", "problems", "created_at"};
    static_assert(std::size(names) == std::size_t(StepMeta::Count));
    return QString::fromLatin1(names[int(column)]);
}

} // namespace btxh::columns
