// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierCodes.h"
#include "ExtentData.h"
#include "Fields.h"
#include "Record.h"

namespace btxh {

// One social-assistance dossier (hồ sơ): the 44 fields of §3.2 plus its parsed CertificateExtentData.
// The documents live twice — parsed in `extent`, and as the XML text of the CertificateExtentData field that
// is sent and stored — so whoever changes them does it through setExtent(), which keeps both in step.
class Dossier {
public:
    Dossier();

    // A new social-protection dossier (LoaiDuLieu new, the field of work of every BTXH procedure) with
    // `code` as its MaHoSo: what every builder of a new dossier starts from.
    static Dossier socialProtection(const QString &code);

    Record fields;
    ExtentData extent;

    QString value(DossierField f) const { return fields.value(int(f)); }
    void setValue(DossierField f, const QString &v) { fields.setValue(int(f), v); }
    bool has(DossierField f) const { return fields.has(int(f)); }

    // Replaces the documents and result papers, and writes them as the CertificateExtentData field.
    void setExtent(ExtentData extent);

    QString code() const { return value(DossierField::MaHoSo).trimmed(); }
    // LoaiDuLieu 100 is a final-result update; anything else is treated as a new dossier.
    bool isFinalResult() const { return value(DossierField::LoaiDuLieu).trimmed() == DataKind::FinalResult; }

    bool operator==(const Dossier &o) const { return fields == o.fields && extent == o.extent; }
};

} // namespace btxh
