// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExtentData.h"
#include "Problem.h"

#include <QString>

class QXmlStreamWriter;

namespace btxh {

// Reads and writes the CertificateExtentData XML document (§3.4).
//
// Reading is tolerant of what real payloads do (§5.3, §5.4): a malformed or missing XML declaration,
// element names in any case, even when an element's opening and closing tags differ in case. It refuses,
// with a clear message, what no dossier needs and an attacker would use: DTDs and entity declarations,
// documents larger than MaxInputBytes, nesting deeper than MaxDepth.
//
// Writing produces a well-formed UTF-8 document with the specification's element names, special characters
// escaped, that a strict XML parser accepts.
class ExtentDataXml {
public:
    struct ReadResult {
        ExtentData data;
        bool ok = false;
        QString error;     // translated, names what is wrong (and where) when !ok
        Problems warnings; // field "CertificateExtentData"; tolerated deviations from the specification
    };

    static constexpr qsizetype MaxInputBytes = 8 * 1024 * 1024;
    static constexpr int MaxDepth = 32;

    static ReadResult read(QStringView xml);
    // The same, without the fast path read() tries first for plain documents (ExtentDataXmlFastPath): the
    // reference that fast path is tested against.
    static ReadResult readGeneral(QStringView xml);
    static QString write(const ExtentData &data);
    // Whether write(data) gives exactly `xml`, so that the document need not be kept as text beside `data`.
    static bool writes(const ExtentData &data, QStringView xml);

private:
    // The declaration and the root's start tag, which begin every document written.
    static void writeStart(QXmlStreamWriter &w, QString &out);
};

} // namespace btxh
