// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace btxh {

// Turns the request form JsonCodec writes into what the real gateway's pull responses look like (§5):
// keys camel-cased the way ASP.NET's serializer does it (HKTT_MaTinh -> hktT_MaTinh, CMND -> cmnd), the
// response spellings the field table records as aliases (nguaiXuLy, trangThai), every field present with
// null for absent values, the malformed XML declaration, dates of birth with a time, submittedDate as
// yyyy-MM-dd HH:mm:ss, CMND_NoiCap as a number, and (when asked) an XML closing tag in the wrong case.
class SandboxDialect {
public:
    static QString camelCase(const QString &pascal);

    static QJsonObject dossier(const QJsonObject &requestForm, bool mismatchTagCase);
    static QJsonObject step(const QJsonObject &requestForm);
    static QString extentXml(const QString &wellFormed, bool mismatchTagCase);

    static constexpr char MalformedDeclaration[] = "<?xml version='1.0' encoding='utf-8'?'>";
};

} // namespace btxh
