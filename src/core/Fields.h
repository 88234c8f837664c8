// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Typed names for the positions in each FieldTable. The descriptions themselves live once, in FieldTable.cpp;
// these enums only let code say DossierField::MaHoSo instead of a bare index, and a test checks that
// its table entries carry the same names (tests/core/tst_fieldtable.cpp compares them through Q_ENUM_NS).

#include <QObject>

namespace btxh {
Q_NAMESPACE

enum class DossierField : int {
    LoaiDuLieu,
    MaHoSo,
    MaLinhVuc,
    TenLinhVuc,
    KenhThucHien,
    LoaiDoiTuong,
    HinhThucTra,
    MaTTHC,
    TenTTHC,
    HoVaTen,
    NgayThangNamSinh,
    GioiTinhId,
    DanTocId,
    CMND,
    CMND_NgayCap,
    CMND_NoiCap,
    MaTinh,
    MaHuyen,
    MaXa,
    HKTT_MaTinh,
    HKTT_MaHuyen,
    HKTT_MaXa,
    HKTT_MaThon,
    HKTT_ChiTiet,
    NOHT_MaTinh,
    NOHT_MaHuyen,
    NOHT_MaXa,
    NOHT_MaThon,
    NOHT_ChiTiet,
    SoDienThoai,
    Email,
    NgayTiepNhan,
    DonViXuLy,
    NoiNopHoSo,
    HoSoCoThanhPhanSoHoa,
    TaiKhoanDuocXacThucVoiVNeID,
    DuocThanhToanTrucTuyen,
    LoaiDinhDanh,
    SoDinhDanh,
    MaCSDL,
    StatusId,
    SubmittedDate,
    UrlDetail,
    CertificateExtentData,
    Count
};

enum class ProgressField : int {
    MaHoSo,
    TaiKhoanXuLy,
    NguoiXuLy,
    ChucDanh,
    ThoiDiemXuLy,
    DonViXuLy,
    NoiDungXuLy,
    StatusId,
    NgayBatDau,
    NgayKetThucTheoQuyDinh,
    UseridCreated,
    UseridEdited,
    DateCreated,
    DateEdited,
    CertificateType, // pull responses only
    PhongBanXuLy,    // pull responses only
    Count
};

Q_ENUM_NS(DossierField)
Q_ENUM_NS(ProgressField)

enum class QueryField : int { LoaiDuLieu, MaTinh, MaHuyen, MaXa, ThoiGianBatDau, ThoiGianKetThuc, Count };

enum class DocumentField : int {
    TepDinhKemId,
    TenTepDinhKem,
    IsDeleted,
    MaThanhPhanHoSo,
    DuongDanTaiTepTin,
    DuocSoHoa,
    DuocTaiSuDung,
    DuocLayTuKhoDMQG,
    MaKetQuaThayThe,
    Count
};

enum class ResultPaperField : int {
    TenGiayTo,
    MaThanhPhanHoSo,
    GiayToId,
    DuongDanTepTinKetQua,
    MaGiayToKetQua,
    Count
};

Q_ENUM_NS(QueryField)
Q_ENUM_NS(DocumentField)
Q_ENUM_NS(ResultPaperField)

} // namespace btxh
