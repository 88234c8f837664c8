// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace btxh {

// MaHoSo as Decree 61/2018/NĐ-CP art. 26 shapes it: the receiving agency's code, the reception date as
// yyMMdd and a 4-digit serial within that day, e.g. 000.00.15.G07-221209-0001.
namespace DossierCode {

// A day's serials run from 1 to this: four digits.
inline constexpr int MaxSerial = 9999;

struct Parts {
    QString agency; // 000.00.15.G07
    QDate date;
    int serial = 0;
};

bool isAgencyCode(QStringView agency);
// Whether typed text, in any case, begins the way a code does, at least as far as the letter of the agency's
// last part (000.00.15.G…), holding nothing else than a code may: ASCII letters, digits, dots and hyphens.
bool looksLikeCodeStart(QStringView text);
// Whether typed text, in any case, is the beginning of an agency's code from its first dot up to, not
// including, the letter of its last part (000., 000.00.1, H10.24.01.), where looksLikeCodeStart takes over.
bool looksLikeAgencyStart(QStringView text);
// The parts of a well-formed code, or nullopt-like empty Parts (serial 0) when it is not one.
Parts parse(QStringView code);
bool isValid(QStringView code);
// A new code for the agency on that date with that serial (1 to MaxSerial); empty when the inputs cannot make
// one.
QString make(QStringView agency, const QDate &date, int serial);

} // namespace DossierCode
} // namespace btxh
