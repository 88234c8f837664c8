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

// The characters XML 1.0 allows (§2.2). Not among them: lone surrogates, the C0 controls other than tab and
// line breaks, U+FFFE and U+FFFF.
inline bool isXmlChar(char32_t c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

} // namespace btxh::ExtentDataNames
