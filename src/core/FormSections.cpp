// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormSections.h"

#include "Fields.h"

namespace btxh {

namespace {

// Where each section begins in the table's order (§3.2 lists the fields in reading order).
FormSections::Section startsAt(int field, FormSections::Section reached) {
    switch (DossierField(field)) {
    case DossierField::LoaiDuLieu:
        return FormSections::Procedure;
    case DossierField::HoVaTen:
        return FormSections::Applicant;
    case DossierField::CMND:
        return FormSections::Identity;
    case DossierField::NgayTiepNhan:
        return FormSections::Reception;
    default:
        break;
    }
    return reached;
}

} // namespace

FormSections::Section FormSections::sectionOf(const FieldSpec &spec, Section reached) {
    if (spec.placeGroup == u"HKTT" || spec.wireName.startsWith(u"HKTT_"))
        return PermanentResidence;
    if (spec.placeGroup == u"NOHT" || spec.wireName.startsWith(u"NOHT_"))
        return CurrentResidence;
    if (spec.format == FieldFormat::Phone || spec.format == FieldFormat::Email)
        return Contact;
    if (spec.kind == FieldKind::Place) // the processing area: where the dossier is handled
        return Reception;
    if (spec.format == FieldFormat::PersonalId || spec.format == FieldFormat::IdentifierNumber ||
        spec.catalogue == u"idIssuer" || spec.catalogue == u"identifierKind" ||
        spec.catalogue == u"sourceDatabase")
        return Identity;
    return reached;
}

QList<FormSections::Group> FormSections::dossier() {
    QList<Group> groups;
    for (int s = 0; s < SectionCount; ++s)
        groups << Group{Section(s), {}};
    Section reached = Procedure;
    for (const FieldSpec &spec : FieldTable::dossier().fields()) {
        if (spec.kind == FieldKind::Xml)
            continue;
        reached = startsAt(spec.id, reached);
        groups[sectionOf(spec, reached)].fields << spec.id;
    }
    return groups;
}

QString FormSections::title(Section section) {
    switch (section) {
    case Procedure:
        return tr("Procedure");
    case Applicant:
        return tr("Applicant");
    case Identity:
        return tr("Identity papers");
    case PermanentResidence:
        return tr("Permanent residence");
    case CurrentResidence:
        return tr("Current residence");
    case Contact:
        return tr("Contact");
    case Reception:
        return tr("Reception and handling");
    case SectionCount:
        break;
    }
    return {};
}

QString FormSections::objectName(Section section) {
    static const char *const names[] = {"procedure", "applicant", "identity", "permanent",
                                        "current",   "contact",   "reception"};
    return QStringLiteral("section_") + QLatin1StringView(names[section]);
}

} // namespace btxh
