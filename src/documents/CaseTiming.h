// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierDeadline.h"
#include "StoredDossier.h"

#include <QCoreApplication>
#include <QDate>

namespace btxh::documents {

// When a dossier is due, when it was finished, and whether it was (or is) on time: the store's deadline
// (StoredDossier::due: the gateway's, else computed from the procedure's processing time in working days),
// judged by day as the reports judge it. The one place printed documents take these from.
struct CaseTiming {
    Q_DECLARE_TR_FUNCTIONS(btxh::documents::CaseTiming)
public:
    QDate due;      // invalid when no deadline is known
    QDate finished; // invalid while not finished, or when the finishing day is unknown
    DeadlineSource source = DeadlineSource::None;
    DeadlineOutcome outcome = DeadlineOutcome::Undetermined;

    static CaseTiming of(const DossierDeadline &deadline, const QDate &today);

    QString label() const; // translated: "on time", "late", …; "" when undetermined
};

} // namespace btxh::documents
