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
// (DossierCode::make). The last serial used per agency and day is kept in the store's settings, and a code
// already in the database is skipped, so two forms opened together never share a code.
class DossierCodeAllocator {
    Q_DECLARE_TR_FUNCTIONS(btxh::app::DossierCodeAllocator)
public:
    explicit DossierCodeAllocator(Store &store);

    // Empty, with a translated reason, when the agency code is not one or the day's 9999 serials are used up.
    QString next(const QString &agency, const QDate &date, QString *error);

private:
    Store &m_store;
};

} // namespace btxh::app
