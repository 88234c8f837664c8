// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GsoDirectory.h"
#include "ValidationContext.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace btxh::documents {

// What a printed document needs besides the dossier: how codes read (the place list and the ethnicity
// coding), the time it is printed (injected), and who prints it when the dossier does not say.
struct PrintContext {
    // Unset: a dossier's place codes read in the list in force on its received date (PlaceCalendar).
    std::optional<GsoList> places;
    EthnicityCoding ethnicity = EthnicityCoding::GsoCode;
    QDateTime now;
    QString officer; // the receiving officer when no step names one
    QString office;  // atop the tracking book, and on a dossier's papers when its DonViXuLy is empty
};

} // namespace btxh::documents
