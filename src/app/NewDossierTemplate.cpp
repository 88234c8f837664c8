// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewDossierTemplate.h"

#include "AppServices.h"
#include "PlaceCalendar.h"
#include "WireDate.h"

namespace btxh::app {

Dossier NewDossierTemplate::make(const AppServices &services, const QString &code) {
    Dossier d;
    const OfficeSettings settings = services.settings();
    const QDateTime now = services.now();
    const QString received = WireDate::formatDateTime(now);
    auto set = [&d](DossierField f, const QString &v) {
        if (!v.isEmpty())
            d.setValue(f, v);
    };
    set(DossierField::LoaiDuLieu, QStringLiteral("1")); // a new dossier
    set(DossierField::MaHoSo, code);
    set(DossierField::MaLinhVuc,
        QStringLiteral("G07-LD03")); // social protection, the field of every BTXH procedure
    set(DossierField::TenLinhVuc, QStringLiteral("Bảo trợ xã hội"));
    set(DossierField::KenhThucHien, QStringLiteral("1")); // in person
    set(DossierField::LoaiDoiTuong, QStringLiteral("1")); // a citizen
    set(DossierField::HinhThucTra, QStringLiteral("0"));  // collected at the reception desk
    set(DossierField::NgayTiepNhan, received);
    set(DossierField::SubmittedDate, received);
    set(DossierField::StatusId, QStringLiteral("2")); // accepted at the desk
    set(DossierField::HoSoCoThanhPhanSoHoa, QStringLiteral("0"));
    set(DossierField::TaiKhoanDuocXacThucVoiVNeID,
        QStringLiteral("1"));                                       // 1 = no (the source's reversed coding)
    set(DossierField::DuocThanhToanTrucTuyen, QStringLiteral("0")); // no fee
    set(DossierField::LoaiDinhDanh, QStringLiteral("1"));           // citizen identity card
    set(DossierField::MaCSDL, QStringLiteral("1"));                 // national population database
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
