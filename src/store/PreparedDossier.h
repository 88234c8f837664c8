// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dossier.h"
#include "ExtentStorage.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace btxh {

// What storing a received dossier derives from it and its server copy alone, before any row is read: the
// digests, the copy encoded, where its documents' XML is kept, its search text and sort keys. Pure, so that a
// caller may make it on another thread ahead of Store::apply (Store::prepare), which otherwise makes it
// itself; either way the same values are written.
struct PreparedDossier {
    QByteArray serverJson; // the copy kept: the item's JSON, or the record's own image when it came without
    QString serverHash;
    QString contentHash;
    QByteArray encodedCopy; // ServerCopy::encode(serverJson), for a schema that keeps it encoded
    ExtentStorage::Kept extent;
    QString searchText;
    QStringList sortKeys;

    static PreparedDossier of(const Dossier &dossier, const QByteArray &serverJson,
                              bool readFromCopy = false);
    // The server's copy kept of a received dossier: its JSON as it came, or the record's own image.
    static QByteArray keptCopy(const Dossier &dossier, const QByteArray &serverJson);
    // Whether the kept copy's values are the dossier's own, so that its documents' XML is known without
    // reading the copy: the dossier was read from that copy, or the copy is the record's own image.
    static bool copyHoldsDossier(const QByteArray &serverJson, bool readFromCopy) {
        return readFromCopy || serverJson.isEmpty();
    }
};

} // namespace btxh
