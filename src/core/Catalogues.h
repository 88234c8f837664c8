// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Language.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace btxh {

// One code of a catalogue: the code the wire carries, its Vietnamese name and English translation.
// `extra` holds a second code where the catalogue has one (the GSO code of an ethnic group, the level of a
// procedure: "province,district" / "district" / "commune").
struct CatalogueEntry {
    QString code;
    QString nameVi;
    QString nameEn;
    QString extra;

    QString name(Language language) const { return language == Language::English ? nameEn : nameVi; }
    QString name() const { return name(currentLanguage()); }
};

class Catalogue {
public:
    QString id;
    QString titleVi;
    QString titleEn;
    QList<CatalogueEntry> entries;

    const CatalogueEntry *find(QStringView code) const;         // by code, trimmed
    const CatalogueEntry *findByExtra(QStringView extra) const; // by the second code
};

// The Appendix I catalogues and the small enumerations of the specification's tables, loaded once from
// the resources (resources/catalogues/*.json). Ids: procedure, ethnicity, gender, idIssuer, status,
// dataKind, channel, applicantKind, resultDelivery, filedAt, yesNo, vneid, payment, identifierKind,
// sourceDatabase, flag.
class Catalogues {
public:
    static const Catalogues &instance();

    const Catalogue *find(QStringView id) const;
    QStringList ids() const;

    bool contains(QStringView catalogueId, QStringView code) const;
    // The entry's name in the language, or an empty string when the code is unknown.
    QString name(QStringView catalogueId, QStringView code, Language language = currentLanguage()) const;

private:
    Catalogues();
    QHash<QString, Catalogue> m_catalogues;
    QStringList m_ids; // in the resource's order
};

} // namespace btxh
