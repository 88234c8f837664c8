// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>

namespace btxh::ExtentDataNames {

// The element names and namespaces of the CertificateExtentData document (§3.4), as the specification spells
// them: shared by ExtentDataXml and its fast path.
inline const QLatin1StringView Root("ExtentData");
inline const QLatin1StringView DocumentList("DanhSachTaiLieuNop");
inline const QLatin1StringView Document("TaiLieuNop");
inline const QLatin1StringView ResultList("DanhSachGiayToKetQua");
inline const QLatin1StringView Result("GiayToKetQua");
inline const QLatin1StringView XsiNamespace("http://www.w3.org/2001/XMLSchema-instance");
inline const QLatin1StringView XsdNamespace("http://www.w3.org/2001/XMLSchema");

} // namespace btxh::ExtentDataNames
