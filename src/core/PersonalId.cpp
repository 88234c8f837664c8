// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonalId.h"

namespace btxh::PersonalId {

bool isDigits(QStringView s) {
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

bool isCccd(QStringView s) {
    return s.size() == 12 && isDigits(s);
}

bool isCmnd(QStringView s) {
    return s.size() == 9 && isDigits(s);
}

CccdParts parseCccd(QStringView s) {
    CccdParts p;
    if (!isCccd(s))
        return p;
    p.provinceCode = s.mid(1, 2).toString();
    const int centuryGender = s[3].digitValue();
    // 0/1: 20th century male/female, 2/3: 21st, 4/5: 22nd, 6/7: 23rd, 8/9: 24th.
    p.gender = centuryGender % 2 == 0 ? Gender::Male : Gender::Female;
    p.birthYearFrom = 1900 + (centuryGender / 2) * 100 + s.mid(4, 2).toInt();
    if (s[0] != u'0')
        p.provinceCode.clear();
    return p;
}

} // namespace btxh::PersonalId
