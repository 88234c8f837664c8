// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonCodec.h"

#include "ExtentDataXml.h"
#include "WireDate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace btxh {

namespace {

Problem readProblem(const FieldSpec *spec, const QString &key, Severity severity, const char *code,
                    const QString &message) {
    Problem p;
    p.field = spec ? spec->wireName : key;
    p.label = spec ? spec->label() : key;
    p.severity = severity;
    p.code = QString::fromLatin1(code);
    p.message = message;
    return p;
}

} // namespace

QString JsonCodec::scalarText(const QJsonValue &value, bool *wasScalar) {
    if (wasScalar)
        *wasScalar = true;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // Codes such as 1047 or 100 arrive as numbers; keep them as the digits a person would type.
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Array:
        if (wasScalar)
            *wasScalar = false;
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        if (wasScalar)
            *wasScalar = false;
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

void JsonCodec::readRecord(const QJsonObject &object, Record &record, Problems *problems) {
    const FieldTable &table = record.table();
    // First pass: values. A field spelled two ways in one object (e.g. StatusId and trangThai) keeps the
    // first non-null one, and the duplicate is reported.
    QList<bool> seen(table.size(), false);
    const qsizetype firstProblem = problems ? problems->size() : 0;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const int index = table.indexOf(key);
        if (index < 0) {
            record.setExtra(key, it.value());
            continue;
        }
        const FieldSpec &spec = table.at(index);
        bool scalar = true;
        const QString text = scalarText(it.value(), &scalar);
        if (seen[index]) {
            if (problems)
                problems->append(
                    readProblem(&spec, key, Severity::Warning, "duplicate-key",
                                tr("the field appears twice (as \"%1\"); the first value is kept").arg(key)));
            if (!record.has(index))
                record.setValue(index, text);
            continue;
        }
        seen[index] = true;
        record.setValue(index, text);
        if (problems && !scalar)
            problems->append(readProblem(&spec, key, Severity::Error, "wrong-type",
                                         tr("expected text or a number, got a JSON %1")
                                             .arg(it.value().isArray() ? tr("array") : tr("object"))));
    }
    // The record's code is known only once every key has been read.
    const int codeField = table.indexOf(u"MaHoSo");
    if (problems && codeField >= 0)
        for (qsizetype i = firstProblem; i < problems->size(); ++i)
            (*problems)[i].recordKey = record.value(codeField).trimmed();
}

Dossier JsonCodec::readDossier(const QJsonObject &object, Problems *problems) {
    Dossier d;
    readRecord(object, d.fields, problems);
    const QString xml = d.value(DossierField::CertificateExtentData);
    if (!xml.trimmed().isEmpty()) {
        ExtentDataXml::ReadResult r = ExtentDataXml::read(xml);
        if (r.ok) {
            d.extent = r.data;
        } else if (problems) {
            const FieldSpec &spec = FieldTable::dossier().at(int(DossierField::CertificateExtentData));
            Problem p = readProblem(&spec, spec.wireName, Severity::Error, "xml-unreadable",
                                    tr("the XML document cannot be read: %1").arg(r.error));
            p.recordKey = d.code();
            problems->append(p);
        }
        if (problems) {
            for (Problem p : std::as_const(r.warnings)) {
                p.recordKey = d.code();
                problems->append(p);
            }
        }
    }
    return d;
}

ProcessingStep JsonCodec::readStep(const QJsonObject &object, Problems *problems) {
    ProcessingStep s;
    readRecord(object, s.fields, problems);
    return s;
}

Query JsonCodec::readQuery(const QJsonObject &object, Problems *problems) {
    Query q;
    readRecord(object, q.fields, problems);
    return q;
}

std::optional<TokenResponse> JsonCodec::readToken(const QJsonObject &object, QString *error) {
    TokenResponse t;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = FieldTable::foldKey(it.key());
        if (key == u"access_token")
            t.accessToken = scalarText(it.value());
        else if (key == u"scope")
            t.scope = scalarText(it.value());
        else if (key == u"token_type")
            t.tokenType = scalarText(it.value());
        else if (key == u"expires_in")
            t.expiresInSeconds = scalarText(it.value()).toLongLong();
    }
    if (t.accessToken.trimmed().isEmpty()) {
        if (error)
            *error = tr("the token response has no access_token");
        return std::nullopt;
    }
    if (!t.tokenType.isEmpty() && t.tokenType.compare(u"Bearer", Qt::CaseInsensitive) != 0) {
        if (error)
            *error = tr("the token type is \"%1\", expected Bearer").arg(t.tokenType);
        return std::nullopt;
    }
    return t;
}

QString JsonCodec::wireValue(const FieldSpec &spec, const QString &value) {
    if (spec.kind == FieldKind::Date || spec.kind == FieldKind::DateTime) {
        const WireDate::Parsed parsed = WireDate::parse(value);
        if (!parsed.isValid())
            return value;
        return spec.kind == FieldKind::Date ? WireDate::formatDate(parsed.date)
                                            : WireDate::formatDateTime(parsed.dateTime());
    }
    if (spec.kind == FieldKind::Xml)
        return value;
    return value.trimmed();
}

QJsonObject JsonCodec::writeRecord(const Record &record, const WriteOptions &options) {
    QJsonObject out;
    for (const FieldSpec &spec : record.table().fields()) {
        if (spec.pullOnly && !options.includeUnknownKeys)
            continue;
        if (!record.has(spec.id)) {
            if (options.includeNulls)
                out.insert(spec.wireName, QJsonValue::Null);
            continue;
        }
        out.insert(spec.wireName, wireValue(spec, record.value(spec.id)));
    }
    if (options.includeUnknownKeys) {
        const QJsonObject &extras = record.extras();
        for (auto it = extras.begin(); it != extras.end(); ++it)
            if (!out.contains(it.key()))
                out.insert(it.key(), it.value());
    }
    return out;
}

QJsonObject JsonCodec::writeDossier(const Dossier &dossier, const WriteOptions &options) {
    QJsonObject out = writeRecord(dossier.fields, options);
    // The XML is regenerated from what we parsed so the receiver gets a well-formed document; if it could not
    // be parsed, the text we were given goes out unchanged (validation has already flagged it).
    const QString key = FieldTable::dossier().at(int(DossierField::CertificateExtentData)).wireName;
    const bool parsed = dossier.extent.hasDocumentList || dossier.extent.hasResultList ||
                        !dossier.extent.documents.isEmpty() || !dossier.extent.resultPapers.isEmpty();
    if (parsed)
        out.insert(key, ExtentDataXml::write(dossier.extent));
    return out;
}

QJsonObject JsonCodec::writeStep(const ProcessingStep &step, const WriteOptions &options) {
    return writeRecord(step.fields, options);
}

QJsonObject JsonCodec::writeQuery(const Query &query) {
    WriteOptions o;
    QJsonObject out = writeRecord(query.fields, o);
    // The area fields are sent even when empty: "" means the whole province / district.
    for (QueryField f : {QueryField::MaHuyen, QueryField::MaXa}) {
        const QString &name = FieldTable::query().at(int(f)).wireName;
        if (!out.contains(name))
            out.insert(name, QString());
    }
    return out;
}

} // namespace btxh
