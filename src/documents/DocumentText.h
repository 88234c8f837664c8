// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dossier.h"
#include "FieldSpec.h"
#include "PrintContext.h"

#include <QCoreApplication>
#include <QDateTime>

namespace btxh::documents {

// How stored values read on paper: dates dd/MM/yyyy, codes by their names, places by their GSO names,
// addresses as one line. A date that cannot be read is printed as it was entered, never dropped.
class DocumentText {
    Q_DECLARE_TR_FUNCTIONS(btxh::documents::DocumentText)
public:
    // Place codes read in the list in force on `dossierFields`' received date (or on the day printed), unless
    // the context fixes a list.
    DocumentText(const PrintContext &context, const Record &dossierFields);
    explicit DocumentText(const PrintContext &context);

    static QString date(const QString &wireValue);     // dd/MM/yyyy
    static QString dateTime(const QString &wireValue); // dd/MM/yyyy HH:mm (a date alone stays a date)
    static QString date(const QDateTime &at);
    static QString date(const QDate &day);
    static QString dateTime(const QDateTime &at);
    // "…/…/……" for the officer to fill in by hand when a date is missing.
    static QString blankDate();

    QString field(const FieldSpec &spec, const QString &value) const;
    QString field(const Dossier &dossier, DossierField field) const;
    // Every place name printed goes through here.
    QString place(PlaceLevel level, const QString &code) const;
    // One address group ("HKTT" permanent, "NOHT" current) as one line: details, hamlet, commune, district,
    // province; empty when none of it is filled in.
    QString address(const Dossier &dossier, const QString &group) const;
    // The current residence, or the permanent one when the current is not given.
    QString address(const Dossier &dossier) const;

private:
    PrintContext m_context;
    GsoList m_places;
};

} // namespace btxh::documents
