// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace btxh {

// Structure of Vietnamese personal identification numbers: the 9-digit CMND and the 12-digit CCCD, whose
// first three digits are the birth-registration province, the fourth encodes century and gender and the next
// two the birth year (Circular 07/2016/TT-BCA).
namespace PersonalId {

enum class Gender { Unknown, Male, Female };

struct CccdParts {
    QString provinceCode; // 2-digit GSO province code (the first three digits less the leading 0)
    Gender gender = Gender::Unknown;
    int birthYearFrom = 0; // century from digit 4 plus digits 5-6
};

bool isDigits(QStringView s);
bool isCccd(QStringView s); // 12 digits
bool isCmnd(QStringView s); // 9 digits
CccdParts parseCccd(QStringView s);

} // namespace PersonalId
} // namespace btxh
