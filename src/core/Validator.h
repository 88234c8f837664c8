// SPDX-License-Identifier: GPL-3.0-or-later
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

    // Which list a record's place codes are read against, and why (for the messages).
    struct PlaceReading {
        GsoList list = GsoList::Units2025;
        QDate date;           // the dossier's received date; invalid when not read by date
        bool byDate = false;  // the list follows the received date (otherwise: a setting, or "any list")
        bool anyList = false; // a query or a step: a code of either world is accepted
        bool undated = false; // read by date, but the dossier has no received date: today's list
    };
    PlaceReading placeReading(const Record &record) const;

private:
    void checkField(const FieldSpec &spec, const QString &value, unsigned purpose, Problems &out,
                    const PlaceReading &reading) const;
    void checkRecord(const Record &record, unsigned purpose, Problems &out) const;
    void checkPlaceCode(const FieldSpec &spec, const QString &value, const PlaceReading &reading,
                        Problems &out) const;
    void checkDistrict(const FieldSpec &spec, const QString &value, const PlaceReading &reading,
                       unsigned purpose, Problems &out) const;
    void checkPlaces(const Record &record, const PlaceReading &reading, Problems &out) const;
    QString readingReason(const PlaceReading &reading) const;
    void checkPersonalId(const Dossier &dossier, Problems &out) const;
    void checkDossierDates(const Dossier &dossier, Problems &out) const;
    void checkExtent(const Dossier &dossier, Problems &out) const;
    void checkStepDates(const ProcessingStep &step, Problems &out) const;

    Severity tableSeverity() const;

    ValidationContext m_context;
};

} // namespace btxh
