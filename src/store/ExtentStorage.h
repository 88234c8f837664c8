// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dossier.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace btxh {

// How a dossier's CertificateExtentData (the documents' XML) is kept from schema 10 on. The same documents
// are already rows of `documents` and `result_papers`, and a pulled dossier's XML is in the server's copy
// too, so the column is left NULL whenever the value can be made again, exactly, from one of them
// (extent_source):
// - Rows: the value is what ExtentDataXml::write makes of the documents' rows (a dossier entered or edited
//   here: Dossier::setExtent wrote it so);
// - ServerCopy: the value is the server copy's own (a pulled dossier, the XML as the gateway spelled it).
// Each is chosen only after checking that it gives back the value character for character; otherwise the
// value stays in its column. Whoever changes a dossier's server copy chooses again (the old copy may have
// been the value's source).
class ExtentStorage {
public:
    enum class Source { Column = 0, Rows = 1, ServerCopy = 2 };

    struct Kept {
        QVariant column; // what the field's column holds: the value, or NULL
        Source source = Source::Column;
    };

    // `readFromCopy`: the copy's values are the dossier's own (JsonCodec read the dossier from `serverJson`,
    // or `serverJson` is the record's own image: PreparedDossier::copyHoldsDossier), so the copy is not read.
    static Kept keep(const Dossier &dossier, const QByteArray &serverJson, bool readFromCopy = false);
    // The field's value as it was kept; `extent` is the dossier's documents read back from their rows.
    static QString rebuild(Source source, const QVariant &column, const ExtentData &extent,
                           const QByteArray &serverJson);
    static Source sourceFrom(const QVariant &v);
    // The field's value in a server copy, as JsonCodec reads it.
    static QString serverValue(const QByteArray &serverJson);
};

} // namespace btxh
