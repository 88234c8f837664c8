// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreparedDossier.h"

#include "ServerCopy.h"
#include "StoreSchema.h"

namespace btxh {

PreparedDossier PreparedDossier::of(const Dossier &dossier, const QByteArray &serverJson, bool readFromCopy) {
    PreparedDossier p;
    p.serverJson = keptCopy(dossier, serverJson);
    p.serverHash = StoreSchema::digest(p.serverJson);
    p.contentHash = StoreSchema::contentHash(dossier);
    p.encodedCopy = ServerCopy::encode(p.serverJson, ServerCopy::Kind::Dossier);
    p.extent = ExtentStorage::keep(dossier, p.serverJson, copyHoldsDossier(serverJson, readFromCopy));
    p.searchText = StoreSchema::searchText(dossier.fields);
    p.sortKeys = StoreSchema::sortKeys(dossier.fields);
    return p;
}

QByteArray PreparedDossier::keptCopy(const Dossier &dossier, const QByteArray &serverJson) {
    return serverJson.isEmpty() ? StoreSchema::recordJson(dossier.fields) : serverJson;
}

} // namespace btxh
