// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierGenerator.h"

#include "Catalogues.h"
#include "Dossier.h"
#include "GsoDirectory.h"
#include "PlaceCalendar.h"
#include "WireDate.h"

#include <QUuid>

namespace btxh {

namespace {

QStringList words(const char *text) {
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

const QStringList &familyNames() {
    static const QStringList l =
        words("Nguyễn Nguyễn Nguyễn Trần Trần Lê Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi "
              "Đỗ Hồ Ngô Dương Lý Đinh Lò Quàng Vừ Sùng Giàng Hà Tòng Lường Cầm");
    return l;
}
const QStringList &maleMiddle() {
    static const QStringList l = words("Văn Văn Hữu Đức Minh Quang Công Xuân Thành Tiến A");
    return l;
}
const QStringList &femaleMiddle() {
    static const QStringList l = words("Thị Thị Thị Ngọc Thu Thanh Hoài Kim Mỹ");
    return l;
}
const QStringList &maleGiven() {
    static const QStringList l =
        words("An Bình Cường Dũng Đạt Giang Hùng Khánh Long Nam Phúc Quân Sơn Thắng Tuấn "
              "Vinh Hoàng Lợi Tài Chiến Pháo Dếnh");
    return l;
}
const QStringList &femaleGiven() {
    static const QStringList l = words("Hà Hạnh Hương Lan Mai Thảo Trang Vy Yến Linh Nhung Oanh Phương Quỳnh "
                                       "Bằng Dung Hằng Liên Ngân Xuân Lệ");
    return l;
}

QString stepText(int status, bool postReform) {
    if (postReform && status == 4)
        return QStringLiteral("đã trình Chủ tịch UBND xã xem xét, quyết định");
    switch (status) {
    case 2:
        return QStringLiteral("đã tiếp nhận hồ sơ");
    case 3:
        return QStringLiteral("không tiếp nhận hồ sơ: thiếu giấy tờ theo quy định");
    case 4:
        return QStringLiteral("đã chuyển tiếp hồ sơ cho một cửa Huyện");
    case 5:
        return QStringLiteral("yêu cầu bổ sung giấy tờ");
    case 8:
        return QStringLiteral("dừng xử lý hồ sơ theo đề nghị của công dân");
    case 9:
        return QStringLiteral("đã xử lý xong hồ sơ");
    case 10:
        return QStringLiteral("đã trả kết quả cho công dân");
    default:
        return QStringLiteral("đã cập nhật hồ sơ");
    }
}

} // namespace

DossierGenerator::DossierGenerator(quint32 seed, const QDateTime &until, int days,
                                   const QStringList &provinces)
    : m_rng(seed)
    , m_until(until)
    , m_days(std::max(days, 1)) {
    const GsoDirectory &gso = GsoDirectory::get(GsoList::Units2024);
    for (const GsoUnit *p : gso.provinces()) {
        if ((provinces.isEmpty() || provinces.contains(p->code)) && !gso.districtsOf(p->code).isEmpty())
            m_provinces << p;
    }
    const GsoDirectory &today = GsoDirectory::get(GsoList::Units2025);
    for (const GsoUnit *p : today.provinces()) {
        if ((provinces.isEmpty() || provinces.contains(p->code)) && !today.communesOf(p->code).isEmpty())
            m_provinces2025 << p;
    }
}

bool DossierGenerator::isUsable(QString *error) const {
    if (m_provinces.isEmpty()) {
        *error = QStringLiteral("no GSO province of the 2024 list matches the seed's province filter");
        return false;
    }
    const Catalogue *procedures = Catalogues::instance().find(u"procedure");
    if (!procedures || procedures->entries.isEmpty()) {
        *error = QStringLiteral("the procedure catalogue is empty");
        return false;
    }
    return true;
}

QString DossierGenerator::pick(const QStringList &list) {
    return list.at(int(m_rng.bounded(quint32(list.size()))));
}

QString DossierGenerator::personName(bool female) {
    return pick(familyNames()) + u' ' + pick(female ? femaleMiddle() : maleMiddle()) + u' ' +
           pick(female ? femaleGiven() : maleGiven());
}

QString DossierGenerator::dossierCode(const QDate &day) {
    // Decree 61/2018 shape, 25 characters: 000.00.15.G07-yyMMdd-NNNN; the unit number moves on past 9999
    // dossiers a day so codes stay unique and within the field's length.
    const int n = ++m_perDay[day];
    return QStringLiteral("000.00.%1.G07-%2-%3")
        .arg(15 + (n - 1) / 9999, 2, 10, QLatin1Char('0'))
        .arg(day.toString(QStringLiteral("yyMMdd")))
        .arg((n - 1) % 9999 + 1, 4, 10, QLatin1Char('0'));
}

Record DossierGenerator::document(const QDate &day) {
    static const QStringList names = {
        QStringLiteral("to-khai-de-nghi-tro-giup.pdf"), QStringLiteral("giay-xac-nhan-cu-tru.pdf"),
        QStringLiteral("anh-can-cuoc-cong-dan.jpg"),    QStringLiteral("giay-khai-tu.pdf"),
        QStringLiteral("bien-ban-hop-thon.pdf"),        QStringLiteral("giay-xac-nhan-khuyet-tat.pdf"),
    };
    const int id = ++m_fileId;
    const QString name = pick(names);
    Record r(FieldTable::submittedDocument());
    r.setValue(int(DocumentField::TepDinhKemId), QString::number(id));
    r.setValue(int(DocumentField::TenTepDinhKem), name);
    r.setValue(int(DocumentField::IsDeleted), Flag::No);
    r.setValue(int(DocumentField::MaThanhPhanHoSo), QStringLiteral(""));
    r.setValue(int(DocumentField::DuongDanTaiTepTin),
               QStringLiteral("https://dvcbtxh.molisa.gov.vn/file/%1/6380%2%3")
                   .arg(day.toString(QStringLiteral("yyyyMMdd")))
                   .arg(m_rng.bounded(100000000u, 999999999u))
                   .arg(name));
    r.setValue(int(DocumentField::DuocSoHoa), Flag::Yes);
    r.setValue(int(DocumentField::DuocTaiSuDung), Flag::No);
    r.setValue(int(DocumentField::DuocLayTuKhoDMQG), Flag::No);
    r.setValue(int(DocumentField::MaKetQuaThayThe), QStringLiteral("0"));
    return r;
}

Record DossierGenerator::resultPaper(const QDate &day) {
    const int id = ++m_fileId;
    const QString name = QStringLiteral("quyet-dinh-%1.pdf").arg(id);
    Record r(FieldTable::resultPaper());
    r.setValue(int(ResultPaperField::TenGiayTo), name);
    r.setValue(int(ResultPaperField::MaThanhPhanHoSo), QStringLiteral("0"));
    r.setValue(int(ResultPaperField::GiayToId), QString::number(id));
    r.setValue(int(ResultPaperField::DuongDanTepTinKetQua),
               QStringLiteral("https://dvcbtxh.molisa.gov.vn/file/%1/%2")
                   .arg(day.toString(QStringLiteral("yyyyMMdd")))
                   .arg(name));
    r.setValue(int(ResultPaperField::MaGiayToKetQua),
               QStringLiteral("KQ.G07.%1").arg(m_rng.bounded(1000000u), 6, 10, QLatin1Char('0')));
    return r;
}

DossierGenerator::Item DossierGenerator::next() {
    const int index = m_index++;
    // Received within the window, leaving room for the processing history before `until`.
    const qint64 span = qint64(m_days) * 86400;
    QDateTime received = m_until.addSecs(-span + qint64(m_rng.bounded(quint32(span * 7 / 10 + 1))));
    received.setTime(QTime(received.time().hour(), received.time().minute(), received.time().second()));
    const QDateTime submitted = received.addSecs(-qint64(m_rng.bounded(3600u)));

    // The places of the list in force on the received date: no district after the reform. A province filter
    // naming only a merged-away province keeps its pre-reform units.
    const bool postReform = PlaceCalendar::isPostReform(received.date()) && !m_provinces2025.isEmpty();
    const GsoDirectory &gso = GsoDirectory::get(postReform ? GsoList::Units2025 : GsoList::Units2024);
    const QList<const GsoUnit *> &provinces = postReform ? m_provinces2025 : m_provinces;
    const GsoUnit *province = provinces.at(int(m_rng.bounded(quint32(provinces.size()))));
    const GsoUnit *district = nullptr;
    QList<const GsoUnit *> communes;
    if (postReform) {
        communes = gso.communesOf(province->code);
    } else {
        const QList<const GsoUnit *> districts = gso.districtsOf(province->code);
        district = districts.at(int(m_rng.bounded(quint32(districts.size()))));
        communes = gso.communesOf(district->code);
    }
    const GsoUnit *commune =
        communes.isEmpty() ? district : communes.at(int(m_rng.bounded(quint32(communes.size()))));
    const QString districtCode = district ? district->code : QStringLiteral("");

    const Catalogue *procedures = Catalogues::instance().find(u"procedure");
    const CatalogueEntry &procedure =
        index < procedures->entries.size()
            ? procedures->entries.at(index)
            : procedures->entries.at(int(m_rng.bounded(quint32(procedures->entries.size()))));

    const bool female = m_rng.bounded(2u) == 1;
    const QDate born(1930 + int(m_rng.bounded(86u)), 1 + int(m_rng.bounded(12u)),
                     1 + int(m_rng.bounded(28u)));
    const int century = born.year() >= 2000 ? 2 : 0;
    const QString cccd = QStringLiteral("%1%2%3%4")
                             .arg(province->code.toInt(), 3, 10, QLatin1Char('0'))
                             .arg(century + (female ? 1 : 0))
                             .arg(born.year() % 100, 2, 10, QLatin1Char('0'))
                             .arg(m_rng.bounded(1000000u), 6, 10, QLatin1Char('0'));
    QDate issued = std::max(born.addYears(14), QDate(2021, 1, 1)).addDays(m_rng.bounded(700u));
    if (issued >= received.date())
        issued = received.date().addDays(-30);

    const QString hamlet = m_rng.bounded(2u) ? QStringLiteral("Thôn %1").arg(1 + m_rng.bounded(12u))
                                             : QStringLiteral("Tổ dân phố %1").arg(1 + m_rng.bounded(20u));
    const QString unitName =
        district ? QString(commune->name + QStringLiteral(", ") + district->name + QStringLiteral(", ") +
                           province->name)
                 : QString(QStringLiteral("UBND ") + commune->name + QStringLiteral(", ") + province->name);

    const QString code = dossierCode(received.date());
    Dossier d = Dossier::socialProtection(code);
    auto set = [&d](DossierField f, const QString &v) { d.setValue(f, v); };
    set(DossierField::KenhThucHien, QString::number(1 + m_rng.bounded(3u))); // one of the three channels
    set(DossierField::LoaiDoiTuong, ApplicantKind::Citizen);
    set(DossierField::HinhThucTra, QString::number(m_rng.bounded(2u)));
    set(DossierField::MaTTHC, procedure.code);
    set(DossierField::TenTTHC, procedure.nameVi);
    set(DossierField::HoVaTen, personName(female));
    set(DossierField::NgayThangNamSinh, WireDate::formatDate(born));
    set(DossierField::GioiTinhId, female ? Gender::Female : Gender::Male);
    if (const Catalogue *ethnic = Catalogues::instance().find(u"ethnicity");
        ethnic && !ethnic->entries.isEmpty()) {
        const int e = m_rng.bounded(10u) < 8 ? 0 : int(m_rng.bounded(quint32(ethnic->entries.size())));
        set(DossierField::DanTocId, ethnic->entries.at(e).code);
    }
    set(DossierField::CMND, cccd);
    set(DossierField::CMND_NgayCap, WireDate::formatDate(issued));
    set(DossierField::CMND_NoiCap,
        m_rng.bounded(5u) ? IdIssuer::AdministrativePolice : IdIssuer::ResidencePolice);
    set(DossierField::MaTinh, province->code);
    set(DossierField::MaHuyen, districtCode);
    set(DossierField::MaXa, commune->code);
    set(DossierField::HKTT_MaTinh, province->code);
    set(DossierField::HKTT_MaHuyen, districtCode);
    set(DossierField::HKTT_MaXa, commune->code);
    set(DossierField::HKTT_MaThon, hamlet);
    set(DossierField::HKTT_ChiTiet,
        QStringLiteral("Số %1, %2, %3").arg(1 + m_rng.bounded(200u)).arg(hamlet, commune->name));
    if (m_rng.bounded(10u) < 6) {
        set(DossierField::NOHT_MaTinh, province->code);
        set(DossierField::NOHT_MaHuyen, districtCode);
        set(DossierField::NOHT_MaXa, commune->code);
        set(DossierField::NOHT_MaThon, hamlet);
        set(DossierField::NOHT_ChiTiet, d.value(DossierField::HKTT_ChiTiet));
    }
    set(DossierField::SoDienThoai,
        QStringLiteral("0%1%2")
            .arg(pick({QStringLiteral("9"), QStringLiteral("3"), QStringLiteral("8")}))
            .arg(m_rng.bounded(100000000u), 8, 10, QLatin1Char('0')));
    if (m_rng.bounded(10u) < 3)
        set(DossierField::Email, QStringLiteral("congdan%1@gmail.com").arg(index + 1));
    set(DossierField::NgayTiepNhan, WireDate::formatDateTime(received));
    set(DossierField::DonViXuLy, unitName);
    set(DossierField::NoiNopHoSo, QString::number(1 + m_rng.bounded(2u)));
    set(DossierField::HoSoCoThanhPhanSoHoa, QString::number(m_rng.bounded(2u)));
    set(DossierField::TaiKhoanDuocXacThucVoiVNeID, QString::number(m_rng.bounded(2u)));
    set(DossierField::DuocThanhToanTrucTuyen, Payment::NoFee);
    set(DossierField::LoaiDinhDanh, IdentifierKind::CitizenIdCard);
    set(DossierField::SoDinhDanh, cccd);
    set(DossierField::MaCSDL, SourceDatabase::Population);
    set(DossierField::SubmittedDate, WireDate::formatDateTime(submitted));
    QByteArray uuidBytes(16, Qt::Uninitialized);
    for (char &c : uuidBytes)
        c = char(m_rng.bounded(256u));
    set(DossierField::UrlDetail,
        QStringLiteral("https://dvcbtxh.molisa.gov.vn/BTXH_ThongTinChung/GetViewDetail/") +
            QUuid::fromRfc4122(uuidBytes).toString(QUuid::WithoutBraces));
    const int documents = 1 + int(m_rng.bounded(4u));
    ExtentData extent;
    for (int i = 0; i < documents; ++i)
        extent.documents << document(received.date());
    extent.hasDocumentList = true;
    extent.hasResultList = true;
    d.setExtent(extent);

    // Processing history: 2-5 steps, each status one of two plausible ladders.
    static const QList<QList<int>> ladders[] = {
        {{2, 4}, {2, 3}},
        {{2, 4, 9}, {2, 5, 4}},
        {{2, 4, 9, 10}, {2, 4, 5, 4}},
        {{2, 4, 5, 9, 10}, {2, 4, 5, 4, 8}},
    };
    const int stepCount = 2 + int(m_rng.bounded(4u));
    const QList<int> &ladder = ladders[stepCount - 2].at(int(m_rng.bounded(2u)));
    Item item;
    QDateTime at = received;
    for (int status : ladder) {
        at = std::min(at.addSecs(600 + qint64(m_rng.bounded(36u * 3600u))), m_until);
        // Before the reform the district's labour office decided; since then the commune chair does.
        const bool upper = status >= 4;
        const bool atDistrict = upper && district;
        const QString who = atDistrict ? QString(QStringLiteral("CB ") + district->name)
                            : upper    ? QString(QStringLiteral("CT UBND ") + commune->name)
                                       : QString(QStringLiteral("CB ") + commune->name);
        ProcessingStep s;
        s.setValue(ProgressField::MaHoSo, code);
        s.setValue(ProgressField::TaiKhoanXuLy,
                   (atDistrict ? district->code : commune->code) +
                       (upper && !atDistrict ? QStringLiteral("_ct") : QStringLiteral("_cb")));
        s.setValue(ProgressField::NguoiXuLy, who);
        s.setValue(ProgressField::ChucDanh, atDistrict ? QStringLiteral("Chuyên viên Phòng LĐTBXH")
                                            : upper    ? QStringLiteral("Chủ tịch UBND xã")
                                            : district ? QStringLiteral("Cán bộ xử lý hồ sơ")
                                                       : QStringLiteral("Công chức Văn hóa - Xã hội"));
        s.setValue(ProgressField::ThoiDiemXuLy, WireDate::formatDateTime(at));
        s.setValue(ProgressField::DonViXuLy,
                   atDistrict ? QString(district->name + QStringLiteral(", ") + province->name) : unitName);
        s.setValue(ProgressField::NoiDungXuLy, who + u' ' + stepText(status, !district));
        s.setValue(ProgressField::StatusId, QString::number(status));
        s.setValue(ProgressField::NgayBatDau, WireDate::formatDateTime(at));
        s.setValue(ProgressField::NgayKetThucTheoQuyDinh, WireDate::formatDateTime(at.addDays(7)));
        s.setValue(ProgressField::UseridCreated, s.value(ProgressField::TaiKhoanXuLy));
        s.setValue(ProgressField::DateCreated, WireDate::formatDateTime(at));
        item.steps << s;
        item.stepTimes << at;
    }
    const int finalStatus = ladder.last();
    d.setValue(DossierField::StatusId, QString::number(finalStatus));
    item.dossier = d;
    item.dossierAt = received;
    if (d.value(DossierField::StatusId) == DossierStatus::Completed ||
        d.value(DossierField::StatusId) == DossierStatus::ResultDelivered) {
        Dossier r = d;
        r.setValue(DossierField::LoaiDuLieu, DataKind::FinalResult);
        r.setValue(DossierField::StatusId, DossierStatus::ResultDelivered);
        ExtentData withResult = r.extent;
        withResult.resultPapers << resultPaper(at.date());
        r.setExtent(withResult);
        item.result = r;
        item.resultAt = at;
    }
    return item;
}

} // namespace btxh
