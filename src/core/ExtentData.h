// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Record.h"

#include <QList>
#include <QString>

namespace btxh {

// The CertificateExtentData document: submitted documents (TaiLieuNop) and result papers (GiayToKetQua),
// each a Record over its own FieldTable.
struct ExtentData {
    QList<Record> documents;      // DanhSachTaiLieuNop
    QList<Record> resultPapers;   // DanhSachGiayToKetQua
    bool hasDocumentList = false; // the element was present (possibly empty)
    bool hasResultList = false;
    QStringList unknownElements; // element names we did not recognise, for warnings

    bool operator==(const ExtentData &o) const {
        return documents == o.documents && resultPapers == o.resultPapers &&
               hasDocumentList == o.hasDocumentList && hasResultList == o.hasResultList;
    }
};

} // namespace btxh
