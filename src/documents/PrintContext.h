#pragma once

#include "GsoDirectory.h"
#include "ValidationContext.h"

#include <QDateTime>
#include <QString>

namespace btxh::documents {

// What a printed document needs besides the dossier: how codes read (the office's place list and ethnicity
// coding), the time it is printed (injected), and who prints it when the dossier does not say.
struct PrintContext {
    GsoList places = GsoList::Units2024;
    EthnicityCoding ethnicity = EthnicityCoding::GsoCode;
    QDateTime now;
    QString officer; // the receiving officer when no step names one
    QString office;  // atop the tracking book, and on a dossier's papers when its DonViXuLy is empty
};

} // namespace btxh::documents
