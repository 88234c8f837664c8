// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldTable.h"

#include <QCoreApplication>
#include <QList>

namespace btxh {

// How the dossier form and the printed dossier sheet group the 44 fields. Derived from the field table, never
// a list of fields: a field goes by what it is (an address group, a contact format, an identity field) and
// otherwise stays in the section the table's order has reached (each section begins at a named field). A
// field added to the table appears in the form without touching this file.
class FormSections {
    // The translation context is still the one it had in the app, whose forms it first grouped.
    Q_DECLARE_TR_FUNCTIONS(btxh::app::FormSections)
public:
    enum Section {
        Procedure,
        Applicant,
        Identity,
        PermanentResidence,
        CurrentResidence,
        Contact,
        Reception,
        SectionCount
    };

    struct Group {
        Section section;
        QList<int> fields; // field ids, in the table's order
    };

    // Every field of the dossier table except the XML one (documents and result papers have tabs of their
    // own).
    static QList<Group> dossier();
    static Section sectionOf(const FieldSpec &spec, Section reached);
    static QString title(Section section);
    static QString objectName(Section section); // "section_applicant"
};

} // namespace btxh
