// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierCode.h"

#include <QRegularExpression>

namespace btxh::DossierCode {

namespace {

// An agency's code up to the letter of its last part: four dot-separated parts as in the national procedure
// database (000.00.15.G07, H10.24.01.A01...).
QString agencyStart() {
    return QStringLiteral("[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[A-Z]");
}

const QRegularExpression &agencyPattern() {
    static const QRegularExpression re(u'^' + agencyStart() + QStringLiteral("[0-9]{2}$"));
    return re;
}

const QRegularExpression &codePattern() {
    static const QRegularExpression re(
        u"^(" + agencyStart() + QStringLiteral("[0-9]{2})-([0-9]{2})([0-9]{2})([0-9]{2})-([0-9]{4})$"));
    return re;
}

const QRegularExpression &startPattern() {
    static const QRegularExpression re(u'^' + agencyStart() + QStringLiteral("[0-9A-Z.-]*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &agencyStartPattern() {
    static const QRegularExpression re(
        QStringLiteral("^[0-9A-Z]{3}\\.(?:[0-9A-Z]{1,2}(?:\\.(?:[0-9A-Z]{1,2}\\.?)?)?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

bool isAgencyCode(QStringView agency) {
    return agencyPattern().match(agency).hasMatch();
}

bool looksLikeCodeStart(QStringView text) {
    return startPattern().match(text).hasMatch();
}

bool looksLikeAgencyStart(QStringView text) {
    return agencyStartPattern().match(text).hasMatch();
}

Parts parse(QStringView code) {
    const QRegularExpressionMatch m = codePattern().match(code.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(2000 + m.capturedView(2).toInt(), m.capturedView(3).toInt(), m.capturedView(4).toInt());
    const int serial = m.capturedView(5).toInt();
    if (!date.isValid() || serial < 1)
        return {};
    return {m.captured(1), date, serial};
}

bool isValid(QStringView code) {
    return parse(code).serial > 0;
}

QString make(QStringView agency, const QDate &date, int serial) {
    if (!isAgencyCode(agency) || !date.isValid() || date.year() < 2000 || date.year() > 2099 || serial < 1 ||
        serial > MaxSerial)
        return {};
    return agency.toString() + u'-' + date.toString(QStringLiteral("yyMMdd")) + u'-' +
           QStringLiteral("%1").arg(serial, 4, 10, QLatin1Char('0'));
}

} // namespace btxh::DossierCode
