// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Record.h"

#include <QByteArray>

namespace btxh {

// A record's lossless image as compact JSON: every field of its table by its wire name (null for a value
// never set) and its extras. The bytes are exactly what QJsonDocument::toJson(Compact) makes of that object
// (keys in QJsonObject's order, Qt's escapes), because their digest is stored (the server copy's hash) and
// compared with copies made by earlier versions. Written directly for a record without extras: building the
// QJsonObject first made this one of the largest costs of storing a pulled dossier.
class RecordJson {
public:
    static QByteArray write(const Record &record);
    // The same through QJsonObject, always: what write() must equal (and what it falls back to for extras or
    // a text holding half of a surrogate pair).
    static QByteArray writeThroughObject(const Record &record);
};

} // namespace btxh
