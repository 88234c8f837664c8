// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CodeComboBox.h"
#include "FieldSpec.h"
#include "ValidationContext.h"

namespace btxh::app {

// The choices a catalogue or enumeration field offers, as the wire wants the code (the ethnic group by its
// GSO code or its catalogue id, depending on the office's setting) and named in the interface's language.
class CatalogueChoices {
public:
    static QList<CodeComboBox::Entry> entries(const FieldSpec &spec, const ValidationContext &context);
    // The name of one code, or the code itself when the catalogue does not know it.
    static QString name(const FieldSpec &spec, const QString &code, const ValidationContext &context);
    // Long lists get type-to-filter; a handful of choices is quicker as a plain drop-down.
    static bool wantsFilter(const FieldSpec &spec);
};

} // namespace btxh::app
