// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QStringView>

// The codes of the specification's tables that the program itself writes or decides by: each one once, by
// name. The catalogues (resources/catalogues/catalogues.json) hold every code with its name for display and
// validation; these are only the ones code refers to. They convert to QString and compare with it.
namespace btxh {

// LoaiDuLieu (catalogue "dataKind").
namespace DataKind {
inline constexpr QLatin1StringView NewDossier{"1"};
inline constexpr QLatin1StringView FinalResult{"100"};
} // namespace DataKind

// MaLinhVuc / TenLinhVuc: social protection is the field of work of every BTXH procedure.
namespace FieldOfWork {
inline constexpr QLatin1StringView SocialProtection{"G07-LD03"};
inline constexpr QStringView SocialProtectionName{u"Bảo trợ xã hội"};
} // namespace FieldOfWork

// GioiTinhId (catalogue "gender").
namespace Gender {
inline constexpr QLatin1StringView Male{"1034"};
inline constexpr QLatin1StringView Female{"1035"};
} // namespace Gender

// StatusId of a dossier or a processing step (catalogue "status").
namespace DossierStatus {
inline constexpr QLatin1StringView Registered{"1"};
inline constexpr QLatin1StringView Accepted{"2"};
inline constexpr QLatin1StringView NotAccepted{"3"};
inline constexpr QLatin1StringView Processing{"4"};
inline constexpr QLatin1StringView MoreDocumentsRequested{"5"};
inline constexpr QLatin1StringView WithdrawalRequested{"7"};
inline constexpr QLatin1StringView Stopped{"8"};
inline constexpr QLatin1StringView Completed{"9"};
inline constexpr QLatin1StringView ResultDelivered{"10"};
inline constexpr QLatin1StringView Rejected{"11"};
// The statuses that end a dossier (§4.5): after one of them it can no longer be overdue.
inline constexpr QLatin1StringView Finished[] = {NotAccepted, WithdrawalRequested, Stopped,
                                                 Completed,   ResultDelivered,     Rejected};
// Whether `status` (a StatusId, spaces around it allowed) is one of them.
inline bool isFinished(QStringView status) {
    const QStringView code = status.trimmed();
    for (QLatin1StringView f : Finished)
        if (code == f)
            return true;
    return false;
}
} // namespace DossierStatus

// KenhThucHien (catalogue "channel").
namespace Channel {
inline constexpr QLatin1StringView InPerson{"1"};
inline constexpr QLatin1StringView Online{"2"};
inline constexpr QLatin1StringView Post{"3"};
} // namespace Channel

// LoaiDoiTuong (catalogue "applicantKind").
namespace ApplicantKind {
inline constexpr QLatin1StringView Citizen{"1"};
} // namespace ApplicantKind

// HinhThucTra (catalogue "resultDelivery").
namespace ResultDelivery {
inline constexpr QLatin1StringView AtTheDesk{"0"};
inline constexpr QLatin1StringView ByPost{"1"};
} // namespace ResultDelivery

// NoiNopHoSo (catalogue "filedAt").
namespace FiledAt {
inline constexpr QLatin1StringView NationalPortal{"1"};
inline constexpr QLatin1StringView LocalPortal{"2"};
} // namespace FiledAt

// Yes/no flags (catalogues "yesNo" and "flag"): HoSoCoThanhPhanSoHoa, the documents' IsDeleted, DuocSoHoa...
namespace Flag {
inline constexpr QLatin1StringView No{"0"};
inline constexpr QLatin1StringView Yes{"1"};
} // namespace Flag

// TaiKhoanDuocXacThucVoiVNeID (catalogue "vneid"): the source codes it the other way round.
namespace VneidVerified {
inline constexpr QLatin1StringView Yes{"0"};
inline constexpr QLatin1StringView No{"1"};
} // namespace VneidVerified

// DuocThanhToanTrucTuyen (catalogue "payment").
namespace Payment {
inline constexpr QLatin1StringView NoFee{"0"};
} // namespace Payment

// LoaiDinhDanh (catalogue "identifierKind").
namespace IdentifierKind {
inline constexpr QLatin1StringView CitizenIdCard{"1"}; // CCCD
inline constexpr QLatin1StringView PeopleIdCard{"2"};  // CMND
inline constexpr QLatin1StringView TaxCode{"3"};
} // namespace IdentifierKind

// MaCSDL (catalogue "sourceDatabase").
namespace SourceDatabase {
inline constexpr QLatin1StringView Population{"1"};
} // namespace SourceDatabase

// CMND_NoiCap (catalogue "idIssuer"): the two police departments that issue citizen identity cards.
namespace IdIssuer {
inline constexpr QLatin1StringView AdministrativePolice{"1047"};
inline constexpr QLatin1StringView ResidencePolice{"1048"};
} // namespace IdIssuer

} // namespace btxh
