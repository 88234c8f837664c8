// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseChoice.h"

#include <QSettings>

namespace btxh::app {

const QString DatabaseChoice::Key = QStringLiteral("database/server");

QString DatabaseChoice::savedServer(const QSettings &settings) {
    const QString saved = settings.value(Key).toString().trimmed();
    QString error;
    // Written by hand into the settings file and broken: the officer's own file rather than a start that
    // fails before any window could say why.
    return DatabaseLocation::parse(saved, &error).isServer() ? saved : QString();
}

bool DatabaseChoice::saveServer(QSettings &settings, const QString &address, QString *error) {
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty()) {
        settings.remove(Key);
        return true;
    }
    const DatabaseLocation location = serverAddress(trimmed, error);
    if (!location.isValid())
        return false;
    settings.setValue(Key, location.display());
    return true;
}

DatabaseLocation DatabaseChoice::serverAddress(const QString &text, QString *error) {
    const DatabaseLocation location = DatabaseLocation::parse(text.trimmed(), error);
    if (!location.isValid() || location.isServer())
        return location;
    *error = tr("The office server's address starts with postgresql://, for example "
                "postgresql://officer@server:5432/btxh.");
    return {};
}

QString DatabaseChoice::resolve(const QString &commandLine, const QSettings &settings,
                                const QString &defaultPath) {
    if (!commandLine.isEmpty())
        return commandLine;
    const QString server = savedServer(settings);
    return server.isEmpty() ? defaultPath : server;
}

} // namespace btxh::app
