#pragma once

#include <QCoreApplication>

#include "Dossier.h"
#include "Problem.h"
#include "ProcessingStep.h"
#include "Query.h"
#include "ValidationContext.h"

namespace btxh {

// Judges records against the specification's tables, the catalogues and the GSO list, and says what is
// wrong in words an officer can act on. Each problem names the field (wire name and label) and has a
// severity: strict for what we send, lenient for what we received (see ValidationContext).
class Validator {
    Q_DECLARE_TR_FUNCTIONS(Validator)
public:
    explicit Validator(ValidationContext context);

    const ValidationContext &context() const { return m_context; }

    Problems validate(const Dossier &dossier) const;
    Problems validate(const ProcessingStep &step) const;
    Problems validate(const Query &query) const;

    // One field on its own (the form calls this as the officer types). `purpose` is RequiredForNew or
    // RequiredForResult for dossiers, AlwaysRequired elsewhere.
    Problems validateField(const FieldSpec &spec, const QString &value, unsigned purpose) const;

private:
    void checkField(const FieldSpec &spec, const QString &value, unsigned purpose, Problems &out) const;
    void checkRecord(const Record &record, unsigned purpose, Problems &out) const;
    void checkPlaces(const Record &record, Problems &out) const;
    void checkPersonalId(const Dossier &dossier, Problems &out) const;
    void checkDossierDates(const Dossier &dossier, Problems &out) const;
    void checkExtent(const Dossier &dossier, Problems &out) const;
    void checkStepDates(const ProcessingStep &step, Problems &out) const;

    Severity tableSeverity() const;

    ValidationContext m_context;
};

} // namespace btxh
