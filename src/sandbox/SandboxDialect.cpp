// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxDialect.h"

#include "FieldTable.h"
#include "Fields.h"
#include "WireDate.h"

#include <QLocale>
#include <QRegularExpression>

namespace btxh {

QString SandboxDialect::camelCase(const QString &pascal) {
    // Newtonsoft.Json's CamelCaseNamingStrategy: lower the leading run of capitals, but leave the last one
    // of the run alone when a non-capital follows it.
    QString s = pascal;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (i == 1 && !s.at(i).isUpper())
            break;
        const bool hasNext = i + 1 < s.size();
        if (i > 0 && hasNext && !s.at(i + 1).isUpper()) {
            if (s.at(i + 1).isSpace())
                s[i] = s.at(i).toLower();
            break;
        }
        s[i] = s.at(i).toLower();
    }
    return s;
}

namespace {

// The response spelling of a field: an alias the table records in response form, else the camel case.
QString responseKey(const FieldSpec &spec) {
    for (const QString &alias : spec.aliases) {
        if (!alias.isEmpty() && alias.at(0).isLower())
            return alias;
    }
    return SandboxDialect::camelCase(spec.wireName);
}

bool allDigits(const QString &s) {
    if (s.isEmpty() || s.size() > 9)
        return false;
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

} // namespace

QString SandboxDialect::extentXml(const QString &wellFormed, bool mismatchTagCase) {
    static const QRegularExpression declaration(QStringLiteral("^\\s*<\\?xml[^>]*\\?>"));
    QString xml = wellFormed;
    xml.remove(declaration);
    xml.prepend(QLatin1StringView(MalformedDeclaration));
    if (mismatchTagCase)
        xml.replace(QStringLiteral("</DanhSachTaiLieuNop>"), QStringLiteral("</DanhsachTaiLieuNop>"));
    return xml;
}

QJsonObject SandboxDialect::dossier(const QJsonObject &requestForm, bool mismatchTagCase) {
    QJsonObject out;
    for (const FieldSpec &spec : FieldTable::dossier().fields()) {
        const QString key = responseKey(spec);
        const QJsonValue v = requestForm.value(spec.wireName);
        if (v.isUndefined() || v.isNull()) {
            out.insert(key, QJsonValue::Null);
            continue;
        }
        const QString text = v.isString() ? v.toString() : v.toVariant().toString();
        const WireDate::Parsed date = WireDate::parse(text);
        if (spec.id == int(DossierField::SubmittedDate) && date.isValid()) {
            out.insert(key, QLocale::c().toString(date.dateTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        } else if (spec.kind == FieldKind::Date && date.isValid()) {
            out.insert(key, QLocale::c().toString(date.dateTime(), QStringLiteral("dd/MM/yyyy 00:00:00")));
        } else if (spec.id == int(DossierField::CMND_NoiCap) && allDigits(text)) {
            out.insert(key, text.toInt());
        } else if (spec.kind == FieldKind::Xml) {
            out.insert(key, extentXml(text, mismatchTagCase));
        } else {
            out.insert(key, text);
        }
    }
    return out;
}

QJsonObject SandboxDialect::step(const QJsonObject &requestForm) {
    QJsonObject out;
    for (const FieldSpec &spec : FieldTable::progress().fields()) {
        const QJsonValue v = requestForm.value(spec.wireName);
        if (spec.pullOnly || v.isUndefined() || v.isNull())
            out.insert(responseKey(spec), QJsonValue::Null);
        else
            out.insert(responseKey(spec), v.isString() ? v.toString() : v.toVariant().toString());
    }
    return out;
}

} // namespace btxh
