// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace btxh {
class Store;
}

namespace btxh::app {

// Gives a new dossier its MaHoSo: the office's agency code, the reception date and the day's next serial
// (DossierCode::make). The last serial used per agency and day is a counter in the store's settings, taken
// and moved on in one transaction, so two forms, two desktops or a desktop and btxh on one database never
// share a code; a code already in the database (received from the gateway) is skipped.
class DossierCodeAllocator {
    Q_DECLARE_TR_FUNCTIONS(btxh::app::DossierCodeAllocator)
public:
    explicit DossierCodeAllocator(Store &store);

    // Empty, with a translated reason, when the agency code is not one or the day's serials are used up.
    QString next(const QString &agency, const QDate &date, QString *error);
    // The setting that holds the last serial handed out for the agency on that day.
    static QString counterKey(const QString &agency, const QDate &date);

private:
    Store &m_store;
};

} // namespace btxh::app
