// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldTable.h"
#include "Fields.h"
#include "StoreSchema.h"

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

} // namespace btxh::columns
