// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldTable.h"

#include <QCoreApplication>
#include <QList>

namespace btxh {

// How the dossier form, the detail view and the printed dossier sheet group the 44 fields: each field's
// section is an attribute of its row in the field table (FieldSpec::section), so a field added to the table
// appears in its section without touching this file. This class only gathers them and names the sections.
class FormSections {
    // The translation context is still the one it had in the app, whose forms it first grouped.
    Q_DECLARE_TR_FUNCTIONS(btxh::app::FormSections)
public:
    using Section = FormSection;
    static constexpr int SectionCount = int(FormSection::None);

    struct Group {
        Section section;
        QList<int> fields; // field ids, in the table's order
    };

    // Every section, in order, with the dossier table's fields that are in it.
    static QList<Group> dossier();
    static QString title(Section section);
    static QString objectName(Section section); // "section_applicant"
};

} // namespace btxh
