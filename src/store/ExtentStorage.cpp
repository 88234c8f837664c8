// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExtentStorage.h"

#include "ExtentDataXml.h"
#include "JsonCodec.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace btxh {

ExtentStorage::Kept ExtentStorage::keep(const Dossier &dossier, const QByteArray &serverJson,
                                        bool readFromCopy) {
    const QString value = dossier.value(DossierField::CertificateExtentData);
    if (value.isNull())
        return {};
    if (ExtentDataXml::writes(dossier.extent, value))
        return {QVariant(), Source::Rows};
    if (!serverJson.isEmpty()) {
        if (readFromCopy)
            return {QVariant(), Source::ServerCopy};
        const QString server = serverValue(serverJson);
        if (!server.isNull() && server == value)
            return {QVariant(), Source::ServerCopy};
    }
    return {value, Source::Column};
}

QString ExtentStorage::rebuild(Source source, const QVariant &column, const ExtentData &extent,
                               const QByteArray &serverJson) {
    switch (source) {
    case Source::Rows:
        return ExtentDataXml::write(extent);
    case Source::ServerCopy:
        return serverValue(serverJson);
    case Source::Column:
        break;
    }
    return column.isNull() ? QString() : column.toString();
}

ExtentStorage::Source ExtentStorage::sourceFrom(const QVariant &v) {
    switch (v.toInt()) {
    case int(Source::Rows):
        return Source::Rows;
    case int(Source::ServerCopy):
        return Source::ServerCopy;
    default:
        return Source::Column;
    }
}

QString ExtentStorage::serverValue(const QByteArray &serverJson) {
    Record r(FieldTable::dossier());
    JsonCodec::readRecord(QJsonDocument::fromJson(serverJson).object(), r, nullptr);
    return r.value(int(DossierField::CertificateExtentData));
}

} // namespace btxh
