// SPDX-License-Identifier: GPL-3.0-or-later
#include "Catalogues.h"

#include "CoreLog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace btxh {

namespace {

const QString resourcePath = QStringLiteral(":/catalogues/catalogues.json");

// The catalogues are compiled in: a broken resource is a build defect, not something a user can fix.
[[noreturn]] void brokenResource(const QString &why) {
    qFatal("%s", qPrintable(QStringLiteral("Broken catalogue resource %1: %2").arg(resourcePath, why)));
}

QString requiredString(const QJsonObject &object, QLatin1StringView key, const QString &where) {
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        brokenResource(QStringLiteral("%1 has no \"%2\"").arg(where, key));
    return value.toString();
}

Catalogue readCatalogue(const QJsonObject &object, int index) {
    Catalogue catalogue;
    catalogue.id =
        requiredString(object, QLatin1StringView("id"), QStringLiteral("catalogue #%1").arg(index));
    const QString where = QStringLiteral("catalogue \"%1\"").arg(catalogue.id);
    catalogue.titleVi = requiredString(object, QLatin1StringView("titleVi"), where);
    catalogue.titleEn = requiredString(object, QLatin1StringView("titleEn"), where);

    const QJsonValue entries = object.value(QLatin1StringView("entries"));
    if (!entries.isArray() || entries.toArray().isEmpty())
        brokenResource(QStringLiteral("%1 has no entries").arg(where));

    QSet<QString> codes;
    const QJsonArray array = entries.toArray();
    catalogue.entries.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            brokenResource(QStringLiteral("%1 has an entry that is not an object").arg(where));
        const QJsonObject entryObject = value.toObject();
        CatalogueEntry entry;
        entry.code = requiredString(entryObject, QLatin1StringView("code"), where);
        const QString entryWhere = QStringLiteral("%1, code \"%2\"").arg(where, entry.code);
        if (entry.code != entry.code.trimmed())
            brokenResource(QStringLiteral("%1 has spaces around the code").arg(entryWhere));
        if (codes.contains(entry.code))
            brokenResource(QStringLiteral("%1 is listed twice").arg(entryWhere));
        codes.insert(entry.code);
        entry.nameVi = requiredString(entryObject, QLatin1StringView("vi"), entryWhere);
        entry.nameEn = requiredString(entryObject, QLatin1StringView("en"), entryWhere);
        entry.extra = entryObject.value(QLatin1StringView("extra")).toString();
        catalogue.entries.append(entry);
    }
    return catalogue;
}

} // namespace

const CatalogueEntry *Catalogue::find(QStringView code) const {
    const QStringView wanted = code.trimmed();
    if (wanted.isEmpty())
        return nullptr;
    for (const CatalogueEntry &entry : entries) {
        if (entry.code == wanted)
            return &entry;
    }
    return nullptr;
}

const CatalogueEntry *Catalogue::findByExtra(QStringView extra) const {
    const QStringView wanted = extra.trimmed();
    if (wanted.isEmpty())
        return nullptr;
    for (const CatalogueEntry &entry : entries) {
        if (entry.extra == wanted)
            return &entry;
    }
    return nullptr;
}

const Catalogues &Catalogues::instance() {
    // A function-local static: built once, on first use, and thread-safe.
    static const Catalogues catalogues;
    return catalogues;
}

Catalogues::Catalogues() {
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        brokenResource(file.errorString());

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        brokenResource(QStringLiteral("%1 at offset %2").arg(error.errorString()).arg(error.offset));

    const QJsonValue list = document.object().value(QLatin1StringView("catalogues"));
    if (!list.isArray())
        brokenResource(QStringLiteral("no \"catalogues\" array"));

    const QJsonArray array = list.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            brokenResource(QStringLiteral("catalogue #%1 is not an object").arg(i));
        Catalogue catalogue = readCatalogue(array.at(i).toObject(), i);
        if (m_catalogues.contains(catalogue.id))
            brokenResource(QStringLiteral("catalogue \"%1\" is listed twice").arg(catalogue.id));
        m_ids.append(catalogue.id);
        m_catalogues.insert(catalogue.id, std::move(catalogue));
    }
    qCDebug(lcCore) << "loaded" << m_catalogues.size() << "catalogues";
}

const Catalogue *Catalogues::find(QStringView id) const {
    const auto it = m_catalogues.constFind(id.trimmed().toString());
    return it == m_catalogues.constEnd() ? nullptr : &it.value();
}

QStringList Catalogues::ids() const {
    return m_ids;
}

bool Catalogues::contains(QStringView catalogueId, QStringView code) const {
    const Catalogue *catalogue = find(catalogueId);
    return catalogue && catalogue->find(code);
}

QString Catalogues::name(QStringView catalogueId, QStringView code, Language language) const {
    const Catalogue *catalogue = find(catalogueId);
    const CatalogueEntry *entry = catalogue ? catalogue->find(code) : nullptr;
    return entry ? entry->name(language) : QString();
}

} // namespace btxh
