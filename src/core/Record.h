// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldTable.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace btxh {

// The values of one row of a FieldTable, kept exactly as read (a null QString means absent or JSON null),
// plus the keys the server sent that the table does not know, so they survive a round trip.
class Record {
public:
    explicit Record(const FieldTable &table);

    const FieldTable &table() const { return *m_table; }

    QString value(int field) const { return m_values.at(field); }
    bool has(int field) const { return !m_values.at(field).isNull(); }
    void setValue(int field, const QString &value) { m_values[field] = value; }
    void clear(int field) { m_values[field] = QString(); }

    // Keys outside the table, with their JSON values untouched.
    const QJsonObject &extras() const { return m_extras; }
    void setExtra(const QString &key, const QJsonValue &value) { m_extras.insert(key, value); }

    bool isEmpty() const;
    bool operator==(const Record &other) const;
    bool operator!=(const Record &other) const { return !(*this == other); }

private:
    const FieldTable *m_table;
    QList<QString> m_values;
    QJsonObject m_extras;
};

} // namespace btxh
