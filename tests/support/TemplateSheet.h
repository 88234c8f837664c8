// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Sheets in the import template for the tests of the sheets layer, the CLI and the app: a row an officer
// would type for a new monthly-allowance dossier (valid as we would send it on 02/11/2026), and the CSV
// Excel saves from rows of such values. Header-only: it needs the sheets layer, which tests/support's library
// does not link.

#include "CaseListSheet.h"
#include "CsvTableWriter.h"
#include "DossierCodes.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace btxh::test {

using TemplateRow = QHash<QString, QString>; // wire name -> what the cell holds

inline TemplateRow goodTemplateRow(const QString &code) {
    return {
        {QStringLiteral("LoaiDuLieu"), QString(DataKind::NewDossier)},
        {QStringLiteral("MaHoSo"), code},
        {QStringLiteral("MaLinhVuc"), QString(FieldOfWork::SocialProtection)},
        {QStringLiteral("TenLinhVuc"), FieldOfWork::SocialProtectionName.toString()},
        {QStringLiteral("KenhThucHien"), QString(Channel::InPerson)},
        {QStringLiteral("LoaiDoiTuong"), QString(ApplicantKind::Citizen)},
        {QStringLiteral("HinhThucTra"), QString(ResultDelivery::AtTheDesk)},
        {QStringLiteral("MaTTHC"), QStringLiteral("1.001776")},
        {QStringLiteral("TenTTHC"),
         QString::fromUtf8("Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng")},
        {QStringLiteral("HoVaTen"), QString::fromUtf8("Trần Thị Bích Ngọc")},
        {QStringLiteral("NgayThangNamSinh"), QStringLiteral("5/3/1950")},
        {QStringLiteral("GioiTinhId"), QString(Gender::Female)},
        {QStringLiteral("CMND"), QStringLiteral("001150012345")},
        {QStringLiteral("MaTinh"), QStringLiteral("01")},
        // Received before the reform of 01/07/2025: the three-level codes of the 2024 list.
        {QStringLiteral("MaHuyen"), QStringLiteral("001")},
        {QStringLiteral("MaXa"), QStringLiteral("00001")},
        {QStringLiteral("NgayTiepNhan"), QStringLiteral("02/06/2025 08:30")},
        {QStringLiteral("DonViXuLy"), QString::fromUtf8("UBND Phường Phúc Xá")},
        {QStringLiteral("NoiNopHoSo"), QString(FiledAt::LocalPortal)},
        {QStringLiteral("HoSoCoThanhPhanSoHoa"), QString(Flag::No)},
        {QStringLiteral("TaiKhoanDuocXacThucVoiVNeID"), QString(VneidVerified::No)},
        {QStringLiteral("DuocThanhToanTrucTuyen"), QString(Payment::NoFee)},
        {QStringLiteral("LoaiDinhDanh"), QString(IdentifierKind::CitizenIdCard)},
        {QStringLiteral("SoDinhDanh"), QStringLiteral("001150012345")},
        {QStringLiteral("MaCSDL"), QString(SourceDatabase::Population)},
        {QStringLiteral("StatusId"), QString(DossierStatus::Accepted)},
        {QStringLiteral("SubmittedDate"), QStringLiteral("2025-06-02 08:30:00")},
        {QStringLiteral("CertificateExtentData"), QString::fromUtf8("Tờ khai đề nghị.pdf; Bản sao CCCD.pdf")},
    };
}

// The template's columns (minus `dropColumns`, by wire name) headed in `language`, one line per row, as Excel
// saves "CSV UTF-8": a byte-order mark, CRLF, and `separator` between the cells.
inline QByteArray templateCsv(const QList<TemplateRow> &rows, Language language = Language::Vietnamese,
                              QChar separator = u',', const QStringList &dropColumns = {}) {
    QList<CaseListSheet::Column> columns;
    for (const CaseListSheet::Column &c : CaseListSheet::columns(true))
        if (!dropColumns.contains(c.spec->wireName))
            columns << c;
    QStringList header;
    for (const CaseListSheet::Column &c : columns)
        header << CsvTableWriter::quoted(CaseListSheet::header(c, language));
    QByteArray out = "\xEF\xBB\xBF" + header.join(separator).toUtf8() + "\r\n";
    for (const TemplateRow &row : rows) {
        QStringList cells;
        for (const CaseListSheet::Column &c : columns)
            cells << CsvTableWriter::quoted(row.value(c.spec->wireName));
        out += cells.join(separator).toUtf8() + "\r\n";
    }
    return out;
}

} // namespace btxh::test
