// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Fields.h"
#include "Record.h"

namespace btxh {

// One processing step (§3.3): what a handler did to a dossier and when.
class ProcessingStep {
public:
    ProcessingStep();

    Record fields;

    QString value(ProgressField f) const { return fields.value(int(f)); }
    void setValue(ProgressField f, const QString &v) { fields.setValue(int(f), v); }
    bool has(ProgressField f) const { return fields.has(int(f)); }
    QString dossierCode() const { return value(ProgressField::MaHoSo).trimmed(); }

    bool operator==(const ProcessingStep &o) const { return fields == o.fields; }
};

} // namespace btxh
