// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dossier.h"

#include "ExtentDataXml.h"

namespace btxh {

Dossier::Dossier()
    : fields(FieldTable::dossier()) {}

Dossier Dossier::socialProtection(const QString &code) {
    Dossier d;
    d.setValue(DossierField::LoaiDuLieu, DataKind::NewDossier);
    if (!code.isEmpty())
        d.setValue(DossierField::MaHoSo, code);
    d.setValue(DossierField::MaLinhVuc, FieldOfWork::SocialProtection);
    d.setValue(DossierField::TenLinhVuc, FieldOfWork::SocialProtectionName.toString());
    return d;
}

void Dossier::setExtent(ExtentData data) {
    extent = std::move(data);
    setValue(DossierField::CertificateExtentData, ExtentDataXml::write(extent));
}

} // namespace btxh
