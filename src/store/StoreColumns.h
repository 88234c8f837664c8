// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldTable.h"
#include "Fields.h"
#include "StoreSchema.h"

#include <QString>
#include <iterator>

namespace btxh::columns {

// The schema that keeps each dossier's deadline in its own columns (migration 7, DueDates).
constexpr int DueDatesSchemaVersion = 7;
// The schema that keeps the server's copy encoded and the documents' XML once (migration 10).
constexpr int LeanSchemaVersion = 10;

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
    ServerJson, // until schema 9: the server's copy verbatim
    ServerCopy, // from schema 10: the server's copy encoded (ServerCopy)
    ExtentSource,
    ServerHash,
    ServerReceivedAt,
    Problems,
    UpdatedAt,
    Count
};
inline QString nameOf(DossierMeta column) {
    static const char *const names[] = {
        "sync_state",      "has_local_edits", "content_hash",       "extras",      "has_document_list",
        "has_result_list", "document_count",  "result_paper_count", "server_json", "server_copy",
        "extent_source",   "server_hash",     "server_received_at", "problems",    "updated_at"};
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
    ServerJson, // until schema 9
    ServerCopy, // from schema 10
    Problems,
    CreatedAt,
    Count
};
inline QString nameOf(StepMeta column) {
    static const char *const names[] = {"dossier_code", "step_key",    "origin",   "sync_state", "extras",
                                        "server_json",  "server_copy", "problems", "created_at"};
    static_assert(std::size(names) == std::size_t(StepMeta::Count));
    return QString::fromLatin1(names[int(column)]);
}

// Which of those columns a database of `schemaVersion` has: the server's copy moved to an encoded column,
// and the documents' XML got its source, in schema 10 (a store opened at an older version writes its shape).
inline bool isWritten(DossierMeta column, int schemaVersion) {
    const bool lean = schemaVersion >= LeanSchemaVersion;
    switch (column) {
    case DossierMeta::ServerJson:
        return !lean;
    case DossierMeta::ServerCopy:
    case DossierMeta::ExtentSource:
        return lean;
    default:
        return true;
    }
}
inline bool isWritten(StepMeta column, int schemaVersion) {
    const bool lean = schemaVersion >= LeanSchemaVersion;
    if (column == StepMeta::ServerJson)
        return !lean;
    if (column == StepMeta::ServerCopy)
        return lean;
    return true;
}

} // namespace btxh::columns
