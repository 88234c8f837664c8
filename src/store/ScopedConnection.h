// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QUuid>

namespace btxh {

// A connection name no other connection of the process has (`prefix` and a UUID), closed and unregistered
// when its user is done with it, whatever path it leaves by. Qt keeps a named connection until it is removed,
// so a command or a move that returns early would otherwise leave its connection to the server open.
class ScopedConnection {
public:
    explicit ScopedConnection(const QString &prefix)
        : m_name(prefix + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}
    ~ScopedConnection() {
        if (QSqlDatabase::contains(m_name)) {
            QSqlDatabase::database(m_name, false).close();
            QSqlDatabase::removeDatabase(m_name);
        }
    }
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;
    const QString &name() const { return m_name; }

private:
    QString m_name;
};

} // namespace btxh
