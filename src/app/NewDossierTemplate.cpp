// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewDossierTemplate.h"

#include "AppServices.h"
#include "PlaceCalendar.h"
#include "WireDate.h"

namespace btxh::app {

Dossier NewDossierTemplate::make(const AppServices &services, const QString &code) {
    Dossier d = Dossier::socialProtection(code);
    const OfficeSettings settings = services.settings();
    const QDateTime now = services.now();
    const QString received = WireDate::formatDateTime(now);
    auto set = [&d](DossierField f, const QString &v) {
        if (!v.isEmpty())
            d.setValue(f, v);
    };
    set(DossierField::KenhThucHien, Channel::InPerson);
    set(DossierField::LoaiDoiTuong, ApplicantKind::Citizen);
    set(DossierField::HinhThucTra, ResultDelivery::AtTheDesk);
    set(DossierField::NgayTiepNhan, received);
    set(DossierField::SubmittedDate, received);
    set(DossierField::StatusId, DossierStatus::Accepted);
    set(DossierField::HoSoCoThanhPhanSoHoa, Flag::No);
    set(DossierField::TaiKhoanDuocXacThucVoiVNeID, VneidVerified::No);
    set(DossierField::DuocThanhToanTrucTuyen, Payment::NoFee);
    set(DossierField::LoaiDinhDanh, IdentifierKind::CitizenIdCard);
    set(DossierField::MaCSDL, SourceDatabase::Population);
    // The office's area is the new dossier's place only when it is in the list in force today: an office
    // working in the old list for pre-reform dossiers must not put yesterday's codes on today's dossier.
    if (settings.places() == PlaceCalendar::listOn(now.date())) {
        const SyncArea area = settings.area();
        set(DossierField::MaTinh, area.province);
        set(DossierField::MaHuyen, area.district);
        set(DossierField::MaXa, area.commune);
    }
    set(DossierField::DonViXuLy, settings.officeUnit());
    return d;
}

} // namespace btxh::app
