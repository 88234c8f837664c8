// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Language.h"

#include <QString>
#include <QStringList>

namespace btxh {

// How a field's value is shaped on the wire; drives parsing, validation, storage and the form widget.
enum class FieldKind {
    Text,        // free text
    Date,        // dd/MM/yyyy
    DateTime,    // dd/MM/yyyy HH:mm:ss
    Enumeration, // a small fixed code list from the specification's tables
    Place,       // a GSO province, district or commune code
    Catalogue,   // a code from an Appendix I catalogue (procedure, ethnic group, ...)
    Xml,         // CertificateExtentData: an XML document carried in a string
};

// Extra shape checks for some text fields.
enum class FieldFormat { None, DossierCode, PersonalId, IdentifierNumber, Phone, Email, Url, Digits };

enum class PlaceLevel { None, Province, District, Commune };

// The group a dossier field is shown in on the dossier form, the detail view and the printed sheet
// (FormSections), in this order. None: not shown among the fields (the XML document has tabs of its own; the
// other tables have no sections).
enum class FormSection : int {
    Procedure,
    Applicant,
    Identity,
    PermanentResidence,
    CurrentResidence,
    Contact,
    Reception,
    None,
};

// When a field must be present. Dossiers distinguish a new dossier (LoaiDuLieu 1) from a final result (100);
// the other tables only use NotRequired / AlwaysRequired.
enum Requirement : unsigned {
    NotRequired = 0,
    RequiredForNew = 1,
    RequiredForResult = 2,
    AlwaysRequired = RequiredForNew | RequiredForResult,
};

struct FieldSpec {
    int id = -1;         // position in its table; equal to the field's enum value
    QString wireName;    // PascalCase name the specification's tables use and that we write
    QStringList aliases; // other spellings seen in real payloads (matching is case-insensitive anyway)
    const char *labelVi = "";
    const char *labelEn = "";
    int maxLength = 0;         // 0 = no limit in the specification
    int advisoryMaxLength = 0; // a published limit the source's own examples break: a warning only
    unsigned required = NotRequired;
    FieldKind kind = FieldKind::Text;
    QString catalogue; // catalogue id for Enumeration and Catalogue kinds
    PlaceLevel placeLevel = PlaceLevel::None;
    QString placeGroup; // which address a Place field belongs to: "" (processing area), "HKTT", "NOHT"
    FieldFormat format = FieldFormat::None;
    bool pullOnly = false; // sent by the server in pull responses, never part of a request
    FormSection section = FormSection::None;

    QString label(Language language) const {
        return QString::fromUtf8(language == Language::English ? labelEn : labelVi);
    }
    QString label() const { return label(currentLanguage()); }
    bool isRequiredFor(unsigned purpose) const { return (required & purpose) != 0; }
};

} // namespace btxh
