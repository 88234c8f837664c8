// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormSections.h"

#include "Fields.h"

namespace btxh {

QList<FormSections::Group> FormSections::dossier() {
    QList<Group> groups;
    for (int s = 0; s < SectionCount; ++s)
        groups << Group{Section(s), {}};
    for (const FieldSpec &spec : FieldTable::dossier().fields())
        if (spec.section != FormSection::None)
            groups[int(spec.section)].fields << spec.id;
    return groups;
}

QString FormSections::title(Section section) {
    switch (section) {
    case FormSection::Procedure:
        return tr("Procedure");
    case FormSection::Applicant:
        return tr("Applicant");
    case FormSection::Identity:
        return tr("Identity papers");
    case FormSection::PermanentResidence:
        return tr("Permanent residence");
    case FormSection::CurrentResidence:
        return tr("Current residence");
    case FormSection::Contact:
        return tr("Contact");
    case FormSection::Reception:
        return tr("Reception and handling");
    case FormSection::None:
        break;
    }
    return {};
}

QString FormSections::objectName(Section section) {
    static const char *const names[SectionCount] = {"procedure", "applicant", "identity", "permanent",
                                                    "current",   "contact",   "reception"};
    const int i = int(section);
    return i >= 0 && i < SectionCount ? QStringLiteral("section_") + QLatin1StringView(names[i]) : QString();
}

} // namespace btxh
