// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierCodeAllocator.h"

#include "DossierCode.h"
#include "Store.h"

namespace btxh::app {

DossierCodeAllocator::DossierCodeAllocator(Store &store)
    : m_store(store) {}

QString DossierCodeAllocator::next(const QString &agency, const QDate &date, QString *error) {
    if (!DossierCode::isAgencyCode(agency)) {
        *error =
            tr("The agency code \"%1\" is not shaped like 000.00.15.G07: set the office's agency code in "
               "Settings.")
                .arg(agency);
        return {};
    }
    const QString key =
        QStringLiteral("app.serial.%1.%2").arg(agency, date.toString(QStringLiteral("yyMMdd")));
    int serial = m_store.setting(key).value_or(QString()).toInt();
    while (++serial <= 9999) {
        const QString code = DossierCode::make(agency, date, serial);
        const StoreResult<StoredDossier> taken = m_store.dossier(code);
        if (taken)
            continue; // taken (entered here or received)
        if (taken.error().kind != StoreError::Kind::NotFound) {
            *error = taken.error().message;
            return {};
        }
        if (const StoreResult<void> saved = m_store.setSetting(key, QString::number(serial)); !saved) {
            *error = saved.error().message;
            return {};
        }
        return code;
    }
    *error = tr("All 9999 dossier codes of %1 for this day are used.").arg(agency);
    return {};
}

} // namespace btxh::app
