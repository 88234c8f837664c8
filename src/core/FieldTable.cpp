// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldTable.h"

#include "Fields.h"

namespace btxh {

namespace {

// FNV-1a over the UTF-16 code units: the spellings are a few dozen short names, and qHash's seeded hash costs
// more than the lookup it serves.
size_t spellingHash(QStringView s) {
    quint64 h = 14695981039346656037ull;
    for (QChar c : s) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    return size_t(h ^ (h >> 29));
}

// Compact builder so each field reads as one line of the specification's table.
struct F {
    FieldSpec s;
    F(const char *wire, const char *vi, const char *en) {
        s.wireName = QString::fromLatin1(wire);
        s.labelVi = vi;
        s.labelEn = en;
    }
    F &max(int n) {
        s.maxLength = n;
        return *this;
    }
    F &req(unsigned r = AlwaysRequired) {
        s.required = r;
        return *this;
    }
    F &kind(FieldKind k) {
        s.kind = k;
        return *this;
    }
    F &date() { return kind(FieldKind::Date); }
    F &dateTime() { return kind(FieldKind::DateTime); }
    F &enumeration(const char *catalogue) {
        s.kind = FieldKind::Enumeration;
        s.catalogue = QString::fromLatin1(catalogue);
        return *this;
    }
    F &catalogue(const char *catalogue) {
        s.kind = FieldKind::Catalogue;
        s.catalogue = QString::fromLatin1(catalogue);
        return *this;
    }
    F &place(PlaceLevel level, const char *group) {
        s.kind = FieldKind::Place;
        s.placeLevel = level;
        s.placeGroup = QString::fromLatin1(group);
        return *this;
    }
    F &format(FieldFormat f) {
        s.format = f;
        return *this;
    }
    F &alias(const char *a) {
        s.aliases << QString::fromLatin1(a);
        return *this;
    }
    F &pullOnly() {
        s.pullOnly = true;
        return *this;
    }
    F &in(FormSection section) {
        s.section = section;
        return *this;
    }
    F &advisoryMax(int n) {
        s.advisoryMaxLength = n;
        return *this;
    }
};

QList<FieldSpec> specs(std::initializer_list<F> list) {
    QList<FieldSpec> out;
    out.reserve(qsizetype(list.size()));
    for (const F &f : list) {
        FieldSpec s = f.s;
        s.id = int(out.size());
        out << s;
    }
    return out;
}

using P = PlaceLevel;
using S = FormSection;

// §3.2 of the specification, in its order. Where the source contradicts itself the comment says which
// reading we chose (docs/decisions.md has the full list).
QList<FieldSpec> dossierSpecs() {
    return specs({
        F("LoaiDuLieu", "Loại dữ liệu", "Data kind").req().enumeration("dataKind").in(S::Procedure),
        F("MaHoSo", "Mã hồ sơ", "Dossier code")
            .max(25)
            .req()
            .format(FieldFormat::DossierCode)
            .in(S::Procedure),
        F("MaLinhVuc", "Mã lĩnh vực", "Field code").max(50).req().in(S::Procedure),
        F("TenLinhVuc", "Tên lĩnh vực", "Field name").max(500).req().in(S::Procedure),
        F("KenhThucHien", "Kênh thực hiện", "Channel").enumeration("channel").in(S::Procedure),
        F("LoaiDoiTuong", "Loại đối tượng nộp", "Applicant kind")
            .req()
            .enumeration("applicantKind")
            .in(S::Procedure),
        F("HinhThucTra", "Hình thức trả kết quả", "Result delivery")
            .req()
            .enumeration("resultDelivery")
            .in(S::Procedure),
        F("MaTTHC", "Mã thủ tục hành chính", "Procedure code")
            .max(50)
            .req()
            .catalogue("procedure")
            .in(S::Procedure),
        F("TenTTHC", "Tên thủ tục hành chính", "Procedure name").max(500).req().in(S::Procedure),
        F("HoVaTen", "Họ và tên", "Full name").max(250).req().in(S::Applicant),
        F("NgayThangNamSinh", "Ngày tháng năm sinh", "Date of birth").req().date().in(S::Applicant),
        F("GioiTinhId", "Giới tính", "Gender").max(50).catalogue("gender").in(S::Applicant),
        F("DanTocId", "Dân tộc", "Ethnic group").max(50).catalogue("ethnicity").in(S::Applicant),
        F("CMND", "Số CMND/CCCD", "Personal ID number")
            .max(25)
            .req()
            .format(FieldFormat::PersonalId)
            .in(S::Identity),
        F("CMND_NgayCap", "Ngày cấp CMND/CCCD", "ID issue date").date().in(S::Identity),
        F("CMND_NoiCap", "Nơi cấp CMND/CCCD", "ID issuer").max(250).catalogue("idIssuer").in(S::Identity),
        F("MaTinh", "Tỉnh xử lý hồ sơ", "Processing province")
            .max(10)
            .req()
            .place(P::Province, "")
            .in(S::Reception),
        F("MaHuyen", "Huyện xử lý hồ sơ", "Processing district")
            .max(10)
            .req()
            .place(P::District, "")
            .in(S::Reception),
        F("MaXa", "Xã xử lý hồ sơ", "Processing commune")
            .max(10)
            .req()
            .place(P::Commune, "")
            .in(S::Reception),
        F("HKTT_MaTinh", "Tỉnh thường trú", "Permanent residence: province")
            .max(10)
            .place(P::Province, "HKTT")
            .in(S::PermanentResidence),
        F("HKTT_MaHuyen", "Huyện thường trú", "Permanent residence: district")
            .max(10)
            .place(P::District, "HKTT")
            .in(S::PermanentResidence),
        F("HKTT_MaXa", "Xã thường trú", "Permanent residence: commune")
            .max(10)
            .place(P::Commune, "HKTT")
            .in(S::PermanentResidence),
        F("HKTT_MaThon", "Thôn thường trú", "Permanent residence: hamlet").max(250).in(S::PermanentResidence),
        F("HKTT_ChiTiet", "Địa chỉ thường trú chi tiết", "Permanent residence: details")
            .max(250)
            .in(S::PermanentResidence),
        F("NOHT_MaTinh", "Tỉnh nơi ở hiện tại", "Current residence: province")
            .max(10)
            .place(P::Province, "NOHT")
            .in(S::CurrentResidence),
        F("NOHT_MaHuyen", "Huyện nơi ở hiện tại", "Current residence: district")
            .max(10)
            .place(P::District, "NOHT")
            .in(S::CurrentResidence),
        F("NOHT_MaXa", "Xã nơi ở hiện tại", "Current residence: commune")
            .max(10)
            .place(P::Commune, "NOHT")
            .in(S::CurrentResidence),
        // The table says 10 characters, but its own example ("Tổ dân phố 1") has 12 and HKTT_MaThon allows
        // 250: we accept 250 and warn past 10.
        F("NOHT_MaThon", "Thôn nơi ở hiện tại", "Current residence: hamlet")
            .max(250)
            .advisoryMax(10)
            .in(S::CurrentResidence),
        F("NOHT_ChiTiet", "Địa chỉ nơi ở hiện tại chi tiết", "Current residence: details")
            .max(250)
            .in(S::CurrentResidence),
        F("SoDienThoai", "Số điện thoại", "Phone").max(50).format(FieldFormat::Phone).in(S::Contact),
        F("Email", "Thư điện tử", "E-mail").max(200).format(FieldFormat::Email).in(S::Contact),
        F("NgayTiepNhan", "Ngày tiếp nhận", "Received").req().dateTime().in(S::Reception),
        F("DonViXuLy", "Đơn vị xử lý", "Processing unit").max(500).req().in(S::Reception),
        F("NoiNopHoSo", "Nơi nộp hồ sơ", "Filed at").req().enumeration("filedAt").in(S::Reception),
        F("HoSoCoThanhPhanSoHoa", "Có thành phần số hoá", "Has digitised components")
            .req()
            .enumeration("yesNo")
            .in(S::Reception),
        F("TaiKhoanDuocXacThucVoiVNeID", "Tài khoản xác thực VNeID", "Account verified with VNeID")
            .req()
            .enumeration("vneid")
            .in(S::Reception),
        F("DuocThanhToanTrucTuyen", "Thanh toán trực tuyến", "Online payment")
            .req()
            .enumeration("payment")
            .in(S::Reception),
        F("LoaiDinhDanh", "Loại định danh", "Identifier kind")
            .req()
            .enumeration("identifierKind")
            .in(S::Identity),
        F("SoDinhDanh", "Số định danh", "Identifier number")
            .req()
            .max(25)
            .format(FieldFormat::IdentifierNumber)
            .in(S::Identity),
        F("MaCSDL", "Cơ sở dữ liệu nguồn", "Source database")
            .req()
            .enumeration("sourceDatabase")
            .in(S::Identity),
        F("StatusId", "Trạng thái hồ sơ", "Dossier status").req().catalogue("status").in(S::Reception),
        F("SubmittedDate", "Ngày gửi hồ sơ", "Submitted").req().dateTime().in(S::Reception),
        F("UrlDetail", "Đường dẫn chi tiết", "Detail link").format(FieldFormat::Url).in(S::Reception),
        F("CertificateExtentData", "Dữ liệu khác (giấy tờ)", "Documents (XML)")
            .req()
            .kind(FieldKind::Xml)
            .alias("CertificateExtendedData"),
    });
}

// §3.3. The table says ThoiDiemXuLy, NgayBatDau and NgayKetThucTheoQuyDinh are dd/MM/yyyy, but every example
// carries a time: we follow the examples and write dd/MM/yyyy HH:mm:ss.
QList<FieldSpec> progressSpecs() {
    return specs({
        F("MaHoSo", "Mã hồ sơ", "Dossier code").max(50).req().format(FieldFormat::DossierCode),
        F("TaiKhoanXuLy", "Tài khoản xử lý", "Handler account").max(250).req(),
        F("NguoiXuLy", "Người xử lý", "Handler").max(250).req().alias("nguaiXuLy"),
        F("ChucDanh", "Chức danh", "Position").max(250).req(),
        F("ThoiDiemXuLy", "Thời điểm xử lý", "Handled at").req().dateTime(),
        F("DonViXuLy", "Đơn vị xử lý", "Unit").max(250),
        F("NoiDungXuLy", "Nội dung xử lý", "What was done").max(4000).req(),
        F("StatusId", "Trạng thái hồ sơ", "Dossier status").req().catalogue("status").alias("trangThai"),
        F("NgayBatDau", "Ngày bắt đầu", "Start").req().dateTime(),
        F("NgayKetThucTheoQuyDinh", "Hạn xử lý theo quy định", "Legal deadline").req().dateTime(),
        F("UseridCreated", "Người tạo", "Created by").max(250),
        F("UseridEdited", "Người cập nhật", "Edited by").max(250),
        F("DateCreated", "Thời gian tạo", "Created").dateTime(),
        F("DateEdited", "Thời gian cập nhật", "Edited").dateTime(),
        F("CertificateType", "Loại giấy chứng nhận", "Certificate type").pullOnly(),
        F("PhongBanXuLy", "Phòng ban xử lý", "Department").pullOnly(),
    });
}

// §3.1. The table calls the times "String(12 digits)" but formats them dd/MM/yyyy HH:mm:ss (19 characters).
QList<FieldSpec> querySpecs() {
    return specs({
        F("LoaiDuLieu", "Loại dữ liệu", "Data kind").enumeration("dataKind"),
        F("MaTinh", "Mã tỉnh", "Province").max(20).req().place(P::Province, ""),
        F("MaHuyen", "Mã huyện", "District").max(20).place(P::District, ""),
        F("MaXa", "Mã xã", "Commune").max(20).place(P::Commune, ""),
        F("ThoiGianBatDau", "Thời gian bắt đầu", "Window start").req().dateTime(),
        F("ThoiGianKetThuc", "Thời gian kết thúc", "Window end").req().dateTime(),
    });
}

QList<FieldSpec> documentSpecs() {
    return specs({
        F("TepDinhKemId", "Mã tệp đính kèm", "Attachment id").max(50),
        F("TenTepDinhKem", "Tên tệp đính kèm", "File name").max(500).req(),
        F("IsDeleted", "Đã xoá", "Deleted").enumeration("flag"),
        F("MaThanhPhanHoSo", "Mã thành phần hồ sơ", "Component code").max(100),
        F("DuongDanTaiTepTin", "Đường dẫn tải tệp", "Download link").max(2000).format(FieldFormat::Url),
        F("DuocSoHoa", "Được số hoá", "Digitised").enumeration("flag"),
        F("DuocTaiSuDung", "Được tái sử dụng", "Reused").enumeration("flag"),
        F("DuocLayTuKhoDMQG", "Lấy từ kho DMQG", "From the national store").enumeration("flag"),
        F("MaKetQuaThayThe", "Mã kết quả thay thế", "Replacing result code").max(100),
    });
}

QList<FieldSpec> resultPaperSpecs() {
    return specs({
        F("TenGiayTo", "Tên giấy tờ", "Paper name").max(500).req(),
        F("MaThanhPhanHoSo", "Mã thành phần hồ sơ", "Component code").max(100),
        F("GiayToId", "Mã giấy tờ", "Paper id").max(50),
        F("DuongDanTepTinKetQua", "Đường dẫn tệp kết quả", "Result file link")
            .max(2000)
            .format(FieldFormat::Url),
        F("MaGiayToKetQua", "Mã giấy tờ kết quả", "Result paper code").max(100),
    });
}

} // namespace

FieldTable::FieldTable(QString name, QList<FieldSpec> fields)
    : m_name(std::move(name))
    , m_fields(std::move(fields)) {
    QList<std::pair<QString, int>> spellings;
    for (const FieldSpec &f : std::as_const(m_fields)) {
        spellings.append({foldKey(f.wireName), f.id});
        for (const QString &a : f.aliases)
            spellings.append({foldKey(a), f.id});
    }
    qsizetype capacity = 8;
    while (capacity < 2 * spellings.size())
        capacity *= 2;
    m_slots.resize(capacity);
    for (const auto &[key, id] : std::as_const(spellings)) {
        size_t at = spellingHash(key) & size_t(capacity - 1);
        while (!m_slots.at(at).key.isNull() && m_slots.at(at).key != key)
            at = (at + 1) & size_t(capacity - 1);
        m_slots[at] = Slot{key, id}; // a later spelling wins, as QHash::insert did
    }
}

QString FieldTable::foldKey(QStringView key) {
    return key.trimmed().toString().toCaseFolded();
}

int FieldTable::indexOfFolded(QStringView folded) const {
    const size_t mask = size_t(m_slots.size() - 1);
    for (size_t at = spellingHash(folded) & mask;; at = (at + 1) & mask) {
        const Slot &slot = m_slots.at(at);
        if (slot.key.isNull())
            return -1;
        if (slot.key == folded)
            return slot.id;
    }
}

int FieldTable::indexOf(QStringView key) const {
    // Keys are nearly always ASCII with nothing to trim; for them folding is lower-casing A-Z, done here in a
    // buffer on the stack. Anything else goes through foldKey.
    constexpr qsizetype Room = 64;
    const qsizetype n = key.size();
    auto isAsciiSpace = [](char16_t c) { return c == u' ' || (c >= u'\t' && c <= u'\r'); };
    if (n > 0 && n <= Room && !isAsciiSpace(key.front().unicode()) && !isAsciiSpace(key.back().unicode())) {
        char16_t folded[Room];
        bool ascii = true;
        for (qsizetype i = 0; i < n && ascii; ++i) {
            const char16_t c = key[i].unicode();
            ascii = c < 0x80;
            folded[i] = c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
        }
        if (ascii)
            return indexOfFolded(QStringView(folded, n));
    }
    return indexOfFolded(foldKey(key));
}

const FieldSpec *FieldTable::find(QStringView key) const {
    const int i = indexOf(key);
    return i < 0 ? nullptr : &m_fields.at(i);
}

const FieldTable &FieldTable::dossier() {
    static const FieldTable t(QStringLiteral("dossier"), dossierSpecs());
    Q_ASSERT(t.size() == int(DossierField::Count));
    return t;
}

const FieldTable &FieldTable::progress() {
    static const FieldTable t(QStringLiteral("progress"), progressSpecs());
    Q_ASSERT(t.size() == int(ProgressField::Count));
    return t;
}

const FieldTable &FieldTable::query() {
    static const FieldTable t(QStringLiteral("query"), querySpecs());
    Q_ASSERT(t.size() == int(QueryField::Count));
    return t;
}

const FieldTable &FieldTable::submittedDocument() {
    static const FieldTable t(QStringLiteral("TaiLieuNop"), documentSpecs());
    Q_ASSERT(t.size() == int(DocumentField::Count));
    return t;
}

const FieldTable &FieldTable::resultPaper() {
    static const FieldTable t(QStringLiteral("GiayToKetQua"), resultPaperSpecs());
    Q_ASSERT(t.size() == int(ResultPaperField::Count));
    return t;
}

} // namespace btxh
