// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierCodeAllocator.h"

#include "DossierCode.h"
#include "Store.h"

namespace btxh::app {

DossierCodeAllocator::DossierCodeAllocator(Store &store)
    : m_store(store) {}

QString DossierCodeAllocator::counterKey(const QString &agency, const QDate &date) {
    return QStringLiteral("app.serial.%1.%2").arg(agency, date.toString(QStringLiteral("yyMMdd")));
}

QString DossierCodeAllocator::next(const QString &agency, const QDate &date, QString *error) {
    if (!DossierCode::isAgencyCode(agency)) {
        *error =
            tr("The agency code \"%1\" is not shaped like 000.00.15.G07: set the office's agency code in "
               "Settings.")
                .arg(agency);
        return {};
    }
    const QString key = counterKey(agency, date);
    // The counter is taken and moved on in one transaction (StoreSettings::nextSerial), so the desktop and a
    // btxh on the same file, or two windows, never hand out the same MaHoSo.
    for (;;) {
        const StoreResult<int> serial = m_store.settings().nextSerial(key);
        if (!serial) {
            *error = serial.error().message;
            return {};
        }
        if (*serial > DossierCode::MaxSerial)
            break;
        const QString code = DossierCode::make(agency, date, *serial);
        const StoreResult<StoredDossier> taken = m_store.dossier(code);
        if (taken)
            continue; // taken (entered here or received)
        if (taken.error().kind != StoreError::Kind::NotFound) {
            *error = taken.error().message;
            return {};
        }
        return code;
    }
    *error = tr("All %1 dossier codes of %2 for this day are used.").arg(DossierCode::MaxSerial).arg(agency);
    return {};
}

} // namespace btxh::app
