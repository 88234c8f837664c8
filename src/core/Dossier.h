// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExtentData.h"
#include "Fields.h"
#include "Record.h"

namespace btxh {

// One social-assistance dossier (hồ sơ): the 44 fields of §3.2 plus its parsed CertificateExtentData.
class Dossier {
public:
    Dossier();

    Record fields;
    ExtentData extent;

    QString value(DossierField f) const { return fields.value(int(f)); }
    void setValue(DossierField f, const QString &v) { fields.setValue(int(f), v); }
    bool has(DossierField f) const { return fields.has(int(f)); }

    QString code() const { return value(DossierField::MaHoSo).trimmed(); }
    // LoaiDuLieu 100 is a final-result update; anything else is treated as a new dossier.
    bool isFinalResult() const { return value(DossierField::LoaiDuLieu).trimmed() == u"100"; }

    bool operator==(const Dossier &o) const { return fields == o.fields && extent == o.extent; }
};

} // namespace btxh
