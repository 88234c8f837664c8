// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>
#include <QString>
#include <optional>

namespace btxh {

// What a pull fetches: service 4 (dossiers), 5 (progress) and 6 (results). They are pulled in this order, so
// that a final result always lands after the registration it completes.
enum class PullKind {
    Dossiers = 0x1, // DanhSachHoSo, LoaiDuLieu "1"
    Progress = 0x2, // TienTrinhXuLy
    Results = 0x4,  // DanhSachHoSo, LoaiDuLieu "100"
};
Q_DECLARE_FLAGS(PullKinds, PullKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(PullKinds)

inline constexpr PullKinds AllPullKinds =
    PullKinds(PullKind::Dossiers) | PullKind::Progress | PullKind::Results;

// "dossiers", "progress", "results": the names the command line accepts and the watermarks are kept under.
QString pullKindName(PullKind kind);
// Also accepts "all".
std::optional<PullKinds> pullKindsFromName(QStringView name);

} // namespace btxh
