// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabasePath.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace btxh {

QString defaultDatabasePath() {
    // AppDataLocation is built from the application's names; borrow the desktop app's for the lookup so the
    // command line and the app share one database.
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(QStringLiteral("BTXH"));
    QCoreApplication::setApplicationName(QStringLiteral("btxh-desktop"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setApplicationName(application);
    return QDir(folder).filePath(QStringLiteral("btxh.sqlite"));
}

} // namespace btxh
