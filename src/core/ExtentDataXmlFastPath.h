// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExtentData.h"

#include <QStringView>
#include <optional>

namespace btxh {

// Reads the plain documents nearly every dossier carries, in one pass over the text and without
// QXmlStreamReader: the root with its namespace declarations, the two lists, their items and the items'
// fields as text (the five predefined entities allowed), nothing else. Whatever lies outside that shape — an
// unknown or repeated element, text where none belongs, a comment, a character reference, a carriage return,
// any attribute but xsi:nil, anything malformed — gives std::nullopt, and ExtentDataXml's general reader
// reads the document instead. Within the shape, the result is exactly what the general reader makes of the
// same text, which gives no warning for it (tst_extentdataxml and fuzz_extentdataxml compare the two).
//
// `text` is the document after ExtentDataXml's repairs (declaration blanked, names in the specification's
// case, no character XML forbids).
class ExtentDataXmlFastPath {
public:
    static std::optional<ExtentData> read(QStringView text);
};

} // namespace btxh
