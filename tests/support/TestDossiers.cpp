// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDossiers.h"

#include "JsonCodec.h"
#include "PlaceCalendar.h"
#include "WireDate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <array>

namespace btxh::test {

namespace {

// splitmix64: tiny, fast, good enough to make test data; the same on every platform.
struct Rng {
    quint64 state;
    quint64 next() {
        quint64 z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    template <typename T> const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }
    QString digits(int n) {
        QString s;
        for (int i = 0; i < n; ++i)
            s.append(QChar(u'0' + below(10)));
        return s;
    }
};

QString u8(const char *s) {
    return QString::fromUtf8(s);
}

// Family names with their approximate share of the population (per mille).
const QList<std::pair<QString, int>> &familyNames() {
    static const QList<std::pair<QString, int>> names = {
        {u8("Nguyễn"), 380}, {u8("Trần"), 110}, {u8("Lê"), 95},    {u8("Phạm"), 70},  {u8("Hoàng"), 50},
        {u8("Huỳnh"), 40},   {u8("Phan"), 40},  {u8("Vũ"), 40},    {u8("Võ"), 30},    {u8("Đặng"), 20},
        {u8("Bùi"), 20},     {u8("Đỗ"), 15},    {u8("Hồ"), 15},    {u8("Ngô"), 13},   {u8("Dương"), 10},
        {u8("Lý"), 5},       {u8("Lò"), 12},    {u8("Quàng"), 10}, {u8("Giàng"), 15},
    };
    return names;
}

QString familyName(Rng &rng) {
    int total = 0;
    for (const auto &n : familyNames())
        total += n.second;
    int r = rng.below(total);
    for (const auto &n : familyNames()) {
        if (r < n.second)
            return n.first;
        r -= n.second;
    }
    return familyNames().constFirst().first;
}

const QList<QString> middleNames = {u8("Văn"),  u8("Thị"),   u8("Hoàng"), u8("Minh"),  u8("Đức"),
                                    u8("Ngọc"), u8("Thanh"), u8("Hữu"),   u8("Quang"), u8("Xuân")};
const QList<QString> givenNames = {
    u8("Long"), u8("An"),    u8("Bình"), u8("Cường"), u8("Dũng"),  u8("Hà"),   u8("Hải"),  u8("Hạnh"),
    u8("Hùng"), u8("Hương"), u8("Lan"),  u8("Linh"),  u8("Mai"),   u8("Nam"),  u8("Nga"),  u8("Phương"),
    u8("Quân"), u8("Sơn"),   u8("Thảo"), u8("Thủy"),  u8("Trang"), u8("Tuấn"), u8("Việt"), u8("Yến"),
    u8("Đạt"),  u8("Hoa"),   u8("Huệ"),  u8("Khánh"), u8("Lộc"),   u8("Giang")};
const QList<QString> hamlets = {u8("Thôn Nà Nhạn"),   u8("Bản Mường Phăng"), u8("Tổ dân phố 1"),
                                u8("Bản Phiêng Lơi"), u8("Thôn Đông Tiến"),  u8("Xóm Đồng Tâm")};
const QList<QString> streets = {u8("đường Võ Nguyên Giáp"), u8("phố Trần Đăng Ninh"),
                                u8("đường Hoàng Văn Thái"), u8("phố Nguyễn Chí Thanh"), u8("ngõ 12 Lê Lợi")};
const QList<QString> procedures = {QStringLiteral("1.001776"), QStringLiteral("1.001758"),
                                   QStringLiteral("1.001753"), QStringLiteral("1.001731"),
                                   QStringLiteral("2.000751"), QStringLiteral("2.000744")};
const QList<QString> documentNames = {u8("Tờ khai đề nghị trợ giúp xã hội"),
                                      u8("Giấy khai sinh"),
                                      u8("Giấy xác nhận khuyết tật"),
                                      u8("Sổ hộ khẩu"),
                                      u8("Căn cước công dân"),
                                      u8("Biên bản họp hội đồng xét duyệt")};
// (province, district, commune) triples in the 2024 GSO list's shape.
const QList<std::array<const char *, 3>> areas = {
    {"11", "094", "03127"}, {"11", "094", "03151"}, {"11", "096", "03203"}, {"11", "098", "03253"},
    {"01", "001", "00001"}, {"01", "003", "00091"}, {"79", "760", "26734"}, {"48", "490", "20194"},
};

QDateTime base() {
    return QDateTime(QDate(2023, 1, 2), QTime(7, 30));
}

} // namespace

TestDossiers::TestDossiers(quint64 seed)
    : m_seed(seed) {}

QString TestDossiers::code(qint64 index) {
    // 000.00.15.G07-yyMMdd-nnnn: one day per 10,000 dossiers keeps codes unique and 25 characters long.
    const QDate day = QDate(2022, 12, 9).addDays(index / 10000);
    return QStringLiteral("000.00.15.G07-%1-%2")
        .arg(QLocale::c().toString(day, QStringLiteral("yyMMdd")))
        .arg(index % 10000, 4, 10, QChar(u'0'));
}

int TestDossiers::documentCount(qint64 index, int revision) {
    return 3 + int((index + revision) % 8);
}

QString TestDossiers::revisionTag(int revision) {
    return QStringLiteral("r%1").arg(revision);
}

Dossier TestDossiers::dossier(qint64 index, int revision) const {
    Rng rng{m_seed * 1000003ULL + quint64(index)};
    using F = DossierField;
    Dossier d = Dossier::socialProtection(code(index));
    const auto area = areas.at(rng.below(int(areas.size())));
    const QString procedure = rng.pick(procedures);
    QString name = familyName(rng) + u' ' + rng.pick(middleNames) + u' ' + rng.pick(givenNames);
    if (index % 3 == 0)
        name = name.toUpper(); // the gateway often sends names in capitals
    const QString id = QStringLiteral("0") + rng.digits(11);
    const QDateTime received = base().addSecs(qint64(index) * 37 % (365 * 86400));
    const QDate birth = QDate(1940, 1, 1).addDays(rng.below(80 * 365));

    d.setValue(F::KenhThucHien, QString::number(1 + rng.below(3))); // one of the three channels
    d.setValue(F::LoaiDoiTuong, ApplicantKind::Citizen);
    d.setValue(F::HinhThucTra, QString::number(rng.below(2)));
    d.setValue(F::MaTTHC, procedure);
    d.setValue(F::TenTTHC,
               u8("Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm "
                  "sóc, nuôi dưỡng hàng tháng"));
    d.setValue(F::HoVaTen, name);
    d.setValue(F::NgayThangNamSinh, WireDate::formatDate(birth));
    d.setValue(F::GioiTinhId, rng.below(2) ? Gender::Male : Gender::Female);
    d.setValue(F::DanTocId, QString::number(1 + rng.below(54)));
    d.setValue(F::CMND, id);
    d.setValue(F::CMND_NgayCap, WireDate::formatDate(birth.addYears(18)));
    d.setValue(F::CMND_NoiCap, IdIssuer::ResidencePolice);
    d.setValue(F::MaTinh, QString::fromLatin1(area[0]));
    d.setValue(F::MaHuyen, QString::fromLatin1(area[1]));
    d.setValue(F::MaXa, QString::fromLatin1(area[2]));
    d.setValue(F::HKTT_MaTinh, QString::fromLatin1(area[0]));
    d.setValue(F::HKTT_MaHuyen, QString::fromLatin1(area[1]));
    d.setValue(F::HKTT_MaXa, QString::fromLatin1(area[2]));
    d.setValue(F::HKTT_MaThon, rng.pick(hamlets));
    d.setValue(F::HKTT_ChiTiet, QStringLiteral("%1 %2").arg(1 + rng.below(200)).arg(rng.pick(streets)));
    d.setValue(F::NOHT_MaTinh, QString::fromLatin1(area[0]));
    d.setValue(F::NOHT_MaHuyen, QString::fromLatin1(area[1]));
    d.setValue(F::NOHT_MaXa, QString::fromLatin1(area[2]));
    d.setValue(F::NOHT_MaThon, rng.pick(hamlets));
    d.setValue(F::NOHT_ChiTiet, QStringLiteral("%1 %2").arg(1 + rng.below(200)).arg(rng.pick(streets)));
    d.setValue(F::SoDienThoai, QStringLiteral("09") + rng.digits(8));
    d.setValue(F::Email, QStringLiteral("nguoidan%1@example.vn").arg(index));
    d.setValue(F::NgayTiepNhan, WireDate::formatDateTime(received));
    d.setValue(F::DonViXuLy, u8("UBND xã Mường Phăng (%1)").arg(revisionTag(revision)));
    d.setValue(F::NoiNopHoSo, QString::number(1 + rng.below(2)));
    d.setValue(F::HoSoCoThanhPhanSoHoa, Flag::Yes);
    d.setValue(F::TaiKhoanDuocXacThucVoiVNeID, VneidVerified::Yes);
    d.setValue(F::DuocThanhToanTrucTuyen, Payment::NoFee);
    d.setValue(F::LoaiDinhDanh, IdentifierKind::CitizenIdCard);
    d.setValue(F::SoDinhDanh, id);
    d.setValue(F::MaCSDL, SourceDatabase::Population);
    d.setValue(F::StatusId, QString::number(1 + rng.below(10)));
    d.setValue(F::SubmittedDate, WireDate::formatDateTime(received.addSecs(-3600)));
    d.setValue(F::UrlDetail, QStringLiteral("https://dichvucong.dienbien.gov.vn/hoso/%1").arg(index));

    ExtentData extent;
    extent.hasDocumentList = true;
    const int documents = documentCount(index, revision);
    for (int i = 0; i < documents; ++i) {
        using D = DocumentField;
        Record r(FieldTable::submittedDocument());
        r.setValue(int(D::TepDinhKemId), QString::number(index * 16 + i));
        r.setValue(int(D::TenTepDinhKem), QStringLiteral("%1 %2 %3.pdf")
                                              .arg(rng.pick(documentNames))
                                              .arg(i + 1)
                                              .arg(revisionTag(revision)));
        r.setValue(int(D::IsDeleted), Flag::No);
        r.setValue(int(D::MaThanhPhanHoSo), QStringLiteral("TP%1").arg(i + 1));
        r.setValue(int(D::DuongDanTaiTepTin),
                   QStringLiteral("https://dichvucong.dienbien.gov.vn/files/%1/%2.pdf").arg(index).arg(i));
        r.setValue(int(D::DuocSoHoa), Flag::Yes);
        r.setValue(int(D::DuocTaiSuDung), Flag::No);
        r.setValue(int(D::DuocLayTuKhoDMQG), Flag::No);
        extent.documents << r;
    }
    d.setExtent(extent);
    return d;
}

QList<ProcessingStep> TestDossiers::steps(qint64 index) const {
    Rng rng{m_seed * 7919ULL + quint64(index) * 31ULL + 17ULL};
    const int n = 2 + int(index % 4);
    QList<ProcessingStep> out;
    QDateTime at = base().addSecs(qint64(index) * 37 % (365 * 86400));
    for (int i = 0; i < n; ++i) {
        using P = ProgressField;
        ProcessingStep s;
        at = at.addSecs(3600 * (1 + rng.below(72)));
        s.setValue(P::MaHoSo, code(index));
        s.setValue(P::TaiKhoanXuLy, QStringLiteral("canbo%1").arg(rng.below(40)));
        s.setValue(P::NguoiXuLy,
                   familyName(rng) + u' ' + rng.pick(middleNames) + u' ' + rng.pick(givenNames));
        s.setValue(P::ChucDanh, u8("Công chức Lao động - Thương binh và Xã hội"));
        s.setValue(P::ThoiDiemXuLy, WireDate::formatDateTime(at));
        s.setValue(P::DonViXuLy, u8("UBND xã Mường Phăng"));
        s.setValue(P::NoiDungXuLy, u8("Bước %1: kiểm tra hồ sơ, chuyển xử lý").arg(i + 1));
        s.setValue(P::StatusId, QString::number(2 + i));
        s.setValue(P::NgayBatDau, WireDate::formatDateTime(at));
        s.setValue(P::NgayKetThucTheoQuyDinh, WireDate::formatDateTime(at.addDays(15)));
        s.setValue(P::DateCreated, WireDate::formatDateTime(at));
        out << s;
    }
    return out;
}

Dossier TestDossiers::valid(const QString &code, const QString &name, const QDateTime &received) {
    Dossier d = Dossier::socialProtection(code);
    auto set = [&d](DossierField f, const QString &v) { d.setValue(f, v); };
    set(DossierField::KenhThucHien, Channel::InPerson);
    set(DossierField::LoaiDoiTuong, ApplicantKind::Citizen);
    set(DossierField::HinhThucTra, ResultDelivery::AtTheDesk);
    set(DossierField::MaTTHC, QStringLiteral("1.001776"));
    set(DossierField::TenTTHC, QStringLiteral("Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng"));
    set(DossierField::HoVaTen, name);
    set(DossierField::NgayThangNamSinh, QStringLiteral("12/05/1985"));
    set(DossierField::GioiTinhId, Gender::Female);
    set(DossierField::CMND, QStringLiteral("001185012345"));
    const bool threeLevel = !PlaceCalendar::isPostReform(received.date());
    set(DossierField::MaTinh, QStringLiteral("01"));
    if (threeLevel)
        set(DossierField::MaHuyen, QStringLiteral("001"));
    set(DossierField::MaXa, threeLevel ? QStringLiteral("00001") : QStringLiteral("00004"));
    set(DossierField::NgayTiepNhan, WireDate::formatDateTime(received));
    set(DossierField::DonViXuLy, QStringLiteral("UBND Phường Phúc Xá"));
    set(DossierField::NoiNopHoSo, FiledAt::LocalPortal);
    set(DossierField::HoSoCoThanhPhanSoHoa, Flag::No);
    set(DossierField::TaiKhoanDuocXacThucVoiVNeID, VneidVerified::No);
    set(DossierField::DuocThanhToanTrucTuyen, Payment::NoFee);
    set(DossierField::LoaiDinhDanh, IdentifierKind::CitizenIdCard);
    set(DossierField::SoDinhDanh, QStringLiteral("001185012345"));
    set(DossierField::MaCSDL, SourceDatabase::Population);
    set(DossierField::StatusId, DossierStatus::Accepted);
    set(DossierField::SubmittedDate, WireDate::formatDateTime(received));
    ExtentData extent;
    Record document(FieldTable::submittedDocument());
    document.setValue(int(DocumentField::TenTepDinhKem), QStringLiteral("Tờ khai đề nghị trợ cấp.pdf"));
    extent.documents << document;
    extent.hasDocumentList = true;
    d.setExtent(extent);
    return d;
}

QString TestDossiers::fixturePath(const char *name) {
    return QStringLiteral(BTXH_TESTSUPPORT_FIXTURES_DIR "/spec/") + QLatin1StringView(name);
}

QJsonObject TestDossiers::fixture(const char *name) {
    QFile f(fixturePath(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", name);
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray TestDossiers::pullResponse(int count, const QList<int> &bad) {
    QJsonObject root = fixture("pull-dossiers-response.json");
    QJsonObject result = root.value(QStringLiteral("result")).toObject();
    const QJsonObject item = result.value(QStringLiteral("data")).toArray().at(0).toObject();
    QString codeKey;
    for (auto it = item.begin(); it != item.end(); ++it)
        if (it.key().compare(u"MaHoSo", Qt::CaseInsensitive) == 0)
            codeKey = it.key();
    QJsonArray data;
    for (int i = 0; i < count; ++i) {
        QJsonObject o = item;
        if (bad.contains(i))
            o.remove(codeKey);
        else
            o.insert(codeKey, QStringLiteral("000.00.15.G07-250101-%1").arg(i, 5, 10, QLatin1Char('0')));
        data.append(o);
    }
    result.insert(QStringLiteral("data"), data);
    root.insert(QStringLiteral("result"), result);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Dossier TestDossiers::pushExample(const QString &code) {
    Dossier d = JsonCodec::readDossier(fixture("push-dossier.json"));
    d.setValue(DossierField::MaHoSo, code);
    d.setValue(DossierField::LoaiDuLieu, DataKind::NewDossier);
    return d;
}

Dossier TestDossiers::resultExample(const QString &code) {
    Dossier d = JsonCodec::readDossier(fixture("push-result.json"));
    d.setValue(DossierField::MaHoSo, code);
    d.setValue(DossierField::LoaiDuLieu, DataKind::FinalResult);
    return d;
}

ProcessingStep TestDossiers::stepExample(const QString &code) {
    ProcessingStep s = JsonCodec::readStep(fixture("push-progress.json"));
    s.setValue(ProgressField::MaHoSo, code);
    return s;
}

} // namespace btxh::test
